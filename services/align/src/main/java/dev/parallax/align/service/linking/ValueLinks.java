package dev.parallax.align.service.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links sentences of two reports that state the same specific value ("187 passasjerer" / "187 passasjerar",
 * "styrke på 6,9" / "med styrke 6,9"): independently written reports share a fact where they share few
 * words, and a value each report states only once is a strong anchor. Only pairs the letters did not link
 * already are added.
 */
public final class ValueLinks {

    /** The score of a link made by a shared value: below the letters' links, so claims join those first. */
    static final double SCORE = 0.3;

    /**
     * A value a sentence states.
     *
     * @param key the value's class and normalised value ("amount:count|187")
     */
    public record Anchor(int doc, int sentence, String key) {
    }

    private ValueLinks() {
    }

    /** The links plus one for each pair of sentences of two reports that alone in their reports state one value. */
    public static List<Link> add(List<Link> links, List<Anchor> anchors) {
        Set<String> linked = Link.linkedPairs(links);
        // a value stated in two sentences of one report anchors neither
        Map<String, Map<Integer, Set<Integer>>> byKey = new LinkedHashMap<>();
        for (Anchor a : anchors) {
            byKey.computeIfAbsent(a.key(), k -> new TreeMap<>()).computeIfAbsent(a.doc(), d -> new HashSet<>()).add(a.sentence());
        }
        List<Link> out = new ArrayList<>(links);
        Set<String> added = new HashSet<>();
        for (Map<Integer, Set<Integer>> where : byKey.values()) {
            List<int[]> once = new ArrayList<>();
            where.forEach((doc, sentences) -> {
                if (sentences.size() == 1) {
                    once.add(new int[] {doc, sentences.iterator().next()});
                }
            });
            for (int i = 0; i < once.size(); i++) {
                for (int j = i + 1; j < once.size(); j++) {
                    int[] a = once.get(i);
                    int[] b = once.get(j);
                    String key = Link.pairKey(a[0], a[1], b[0], b[1]);
                    if (!linked.contains(key) && added.add(key)) {
                        Map<Integer, List<Integer>> members = new HashMap<>();
                        members.put(a[0], List.of(a[1]));
                        members.put(b[0], List.of(b[1]));
                        out.add(new Link(SCORE, new TreeMap<>(members)));
                    }
                }
            }
        }
        return out;
    }
}
