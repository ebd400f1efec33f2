package dev.parallax.align.service.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.parallax.align.service.facts.ComparedFact;
import dev.parallax.align.service.facts.Fact;

/**
 * Links sentences of two reports whose values the comparison found to be one slot (in conflict, or agreeing where a
 * rule across passages paired them) but no link joined: sentences that state one fact report the same thing, which is
 * what a link says, however differently they are worded.
 */
public final class SlotLinks {

    /** Below the letters' and the shared values' links, so that claims join those first. */
    static final double SCORE = 0.25;

    private static final Set<String> VALUE_KINDS = Set.of("number", "date", "time", "duration", "other");

    private SlotLinks() {
    }

    public static List<Link> of(List<ComparedFact> comparison, List<Link> links) {
        Set<String> linked = Link.linkedPairs(links);
        List<Link> out = new ArrayList<>();
        for (ComparedFact compared : comparison) {
            if (compared.status() == ComparedFact.Status.UNIQUE || !VALUE_KINDS.contains(compared.kind())) {
                continue;
            }
            List<Fact> mentions = compared.mentions();
            if (compared.status() == ComparedFact.Status.AGREE
                    && (compared.kind().equals("date") || mentions.stream().map(Fact::doc).distinct().count() != mentions.size())) {
                continue; // a value a report states twice, or a day, recurs: it does not tell which sentences say the same
            }
            for (int i = 0; i < mentions.size(); i++) {
                for (int j = i + 1; j < mentions.size(); j++) {
                    Fact a = mentions.get(i).doc() <= mentions.get(j).doc() ? mentions.get(i) : mentions.get(j);
                    Fact b = a == mentions.get(i) ? mentions.get(j) : mentions.get(i);
                    if (a.doc() == b.doc() || a.sentence() < 0 || b.sentence() < 0
                            || !linked.add(Link.pairKey(a.doc(), a.sentence(), b.doc(), b.sentence()))) {
                        continue;
                    }
                    out.add(new Link(SCORE, new TreeMap<>(Map.of(a.doc(), List.of(a.sentence()), b.doc(), List.of(b.sentence())))));
                }
            }
        }
        return out;
    }
}
