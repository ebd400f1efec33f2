package dev.parallax.align.service.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.parallax.text.DisjointSets;

/**
 * Joins pairwise links into links across three or more reports when they describe one passage: an editor
 * should see at a glance that all three outlets report the phone call, not three separate pairs.
 * <p>
 * Passages (one report's sentences of a link) joined by links form groups. A group becomes one link only
 * when it holds at most one passage per report and every two of its passages are linked themselves (a
 * clique): "A matches B and A matches C" alone does not make B and C the same passage, since A may be a
 * long sentence whose halves they report. Everything else stays pairwise, unchanged.
 */
public final class LinkGroups {

    private LinkGroups() {
    }

    /** The links, with every clique of pairwise links over distinct reports joined into one. */
    public static List<Link> join(List<Link> links) {
        Map<Passage, Integer> index = new LinkedHashMap<>();
        for (Link link : links) {
            link.members().forEach((doc, sentences) -> index.putIfAbsent(new Passage(doc, sentences), index.size()));
        }
        DisjointSets groups = new DisjointSets(index.size());
        for (Link link : links) {
            List<Integer> nodes = nodes(link, index);
            for (int k = 1; k < nodes.size(); k++) {
                groups.join(nodes.get(k), nodes.get(0));
            }
        }
        Map<Integer, List<Link>> byGroup = new LinkedHashMap<>();
        for (Link link : links) {
            byGroup.computeIfAbsent(groups.find(nodes(link, index).get(0)), g -> new ArrayList<>()).add(link);
        }
        List<Link> joined = new ArrayList<>(links.size());
        for (List<Link> group : byGroup.values()) {
            Link clique = group.size() >= 3 ? clique(group) : null;
            if (clique != null) {
                joined.add(clique);
            } else {
                joined.addAll(group);
            }
        }
        return joined;
    }

    /** One link over all the group's passages, or null when they are not one passage per report, all linked. */
    private static Link clique(List<Link> group) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        Set<Set<Passage>> edges = new HashSet<>();
        double scores = 0;
        int pairs = 0;
        for (Link link : group) {
            if (link.members().size() != 2) {
                return null;
            }
            List<Passage> ends = new ArrayList<>();
            for (Map.Entry<Integer, List<Integer>> m : link.members().entrySet()) {
                List<Integer> previous = members.putIfAbsent(m.getKey(), m.getValue());
                if (previous != null && !previous.equals(m.getValue())) {
                    return null; // two different passages of one report
                }
                ends.add(new Passage(m.getKey(), m.getValue()));
            }
            edges.add(Set.copyOf(ends));
            scores += link.score();
            pairs++;
        }
        int n = members.size();
        if (edges.size() != n * (n - 1) / 2) {
            return null; // some two passages are not linked to each other
        }
        return new Link(scores / pairs, new TreeMap<>(members));
    }

    private static List<Integer> nodes(Link link, Map<Passage, Integer> index) {
        List<Integer> nodes = new ArrayList<>(link.members().size());
        link.members().forEach((doc, sentences) -> nodes.add(index.get(new Passage(doc, sentences))));
        return nodes;
    }


    private record Passage(int doc, List<Integer> sentences) {
    }

}
