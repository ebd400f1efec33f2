package dev.parallax.align.service.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.ComparedFact;
import dev.parallax.align.service.facts.ComparedFact.Status;
import dev.parallax.align.service.facts.Fact;
import dev.parallax.align.service.linking.Link;
import dev.parallax.text.DisjointSets;

/**
 * Turns sentence links into claims: every sentence of every report in exactly one claim.
 * <p>
 * Links may overlap (a lead sentence linked to two sentences of another report, the same passage linked
 * to three reports), so claims are grown from the links best first, as connected groups of sentences,
 * as long as a claim holds at most {@link #MAX_SENTENCES_PER_REPORT} sentences of one report: a chain of
 * weaker links must not glue half an article into one claim. A sentence in no link is a claim of its own.
 */
public final class ClaimBuilder {

    /** A report says one thing in at most this many sentences (a merged sentence in another report covers two or three). */
    static final int MAX_SENTENCES_PER_REPORT = 3;

    private static final int LABEL_CHARS = 110;

    private ClaimBuilder() {
    }

    /** The passages: the sentences of the reports partitioned by the links. */
    public static List<Passage> partition(List<Report> reports, List<Link> links) {
        int[] offset = new int[reports.size() + 1];
        for (int d = 0; d < reports.size(); d++) {
            offset[d + 1] = offset[d] + reports.get(d).sentences().size();
        }
        int n = offset[reports.size()];
        DisjointSets passages = new DisjointSets(n);
        List<Map<Integer, Integer>> sizes = new ArrayList<>(n); // per root: sentences per report
        for (int i = 0; i < n; i++) {
            sizes.add(null);
        }
        for (int d = 0; d < reports.size(); d++) {
            for (int i = offset[d]; i < offset[d + 1]; i++) {
                sizes.set(i, new HashMap<>(Map.of(d, 1)));
            }
        }
        List<Link> best = new ArrayList<>(links);
        best.sort(Comparator.comparingDouble(Link::score).reversed());
        for (Link link : best) {
            Set<Integer> roots = new LinkedHashSet<>();
            link.members().forEach((doc, sentences) -> sentences.forEach(s -> roots.add(passages.find(offset[doc] + s))));
            Map<Integer, Integer> merged = new HashMap<>();
            for (int root : roots) {
                sizes.get(root).forEach((doc, count) -> merged.merge(doc, count, Integer::sum));
            }
            if (merged.values().stream().anyMatch(c -> c > MAX_SENTENCES_PER_REPORT)) {
                continue;
            }
            int into = roots.iterator().next();
            for (int root : roots) {
                if (root != into) {
                    passages.join(root, into);
                    sizes.set(root, null);
                }
            }
            sizes.set(into, merged);
        }
        Map<Integer, SortedMap<Integer, List<Integer>>> groups = new TreeMap<>();
        for (int d = 0; d < reports.size(); d++) {
            for (int s = 0; s < reports.get(d).sentences().size(); s++) {
                groups.computeIfAbsent(passages.find(offset[d] + s), r -> new TreeMap<>())
                        .computeIfAbsent(d, x -> new ArrayList<>()).add(s);
            }
        }
        return groups.values().stream().map(Passage::new).toList();
    }


    /**
     * The claims in the contract's order: conflicts first (reports contradicting each other before one report's
     * two statements), then what several reports say (more reports first), then what one says alone; ties in
     * the order of the first report.
     */
    public static List<Claim> claims(List<Report> reports, List<Passage> passages, List<ComparedFact> comparison) {
        record Draft(Passage passage, Status status, List<Integer> facts, String label, int reportsInConflict) {
        }
        List<Draft> drafts = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            List<Integer> facts = new ArrayList<>();
            boolean conflict = false;
            int reportsInConflict = 0;
            List<String> conflictLabels = new ArrayList<>();
            for (int f = 0; f < comparison.size(); f++) {
                ComparedFact fact = comparison.get(f);
                boolean stated = false;
                for (Fact m : fact.mentions()) {
                    if (p.contains(m.doc(), m.sentence())) {
                        stated = true;
                        break;
                    }
                }
                if (stated) {
                    facts.add(f);
                    if (fact.status() == Status.CONFLICT) {
                        conflict = true;
                        conflictLabels.add(fact.label());
                        reportsInConflict = Math.max(reportsInConflict, (int) fact.mentions().stream().mapToInt(Fact::doc).distinct().count());
                    }
                }
            }
            Status status = conflict ? Status.CONFLICT : p.shared() ? Status.AGREE : Status.UNIQUE;
            String label = conflict ? String.join("; ", conflictLabels) : lead(reports, p);
            drafts.add(new Draft(p, status, facts, label, reportsInConflict));
        }
        // sources contradicting each other before two statements of one source that differ
        drafts.sort(Comparator.comparingInt((Draft d) -> d.status().ordinal())
                .thenComparing(Comparator.comparingInt(Draft::reportsInConflict).reversed())
                .thenComparing(Comparator.comparingInt((Draft d) -> d.passage().members().size()).reversed())
                .thenComparingInt(d -> d.passage().members().firstKey())
                .thenComparingInt(d -> d.passage().members().get(d.passage().members().firstKey()).get(0)));
        List<Claim> claims = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            claims.add(new Claim("c" + (claims.size() + 1), d.status(), d.label(), d.passage(), List.copyOf(d.facts())));
        }
        return claims;
    }

    /** The passage's first sentence in its first report, shortened at a word boundary. */
    static String lead(List<Report> reports, Passage p) {
        int doc = p.members().firstKey();
        String sentence = reports.get(doc).sentence(p.members().get(doc).get(0)).strip().replaceAll("\\s+", " ");
        if (sentence.length() <= LABEL_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', LABEL_CHARS);
        return sentence.substring(0, cut > LABEL_CHARS / 2 ? cut : LABEL_CHARS).stripTrailing() + " …";
    }
}
