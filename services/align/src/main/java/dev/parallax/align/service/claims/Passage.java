package dev.parallax.align.service.claims;

import java.util.List;
import java.util.SortedMap;

/**
 * The sentences of one thing said, in every report that says it: report index → sentence indices
 * (ascending). With members in two or more reports it is one passage reported by several sources; with
 * one member, what that source alone says.
 */
public record Passage(SortedMap<Integer, List<Integer>> members) {

    public boolean shared() {
        return members.size() >= 2;
    }

    public boolean contains(int doc, int sentence) {
        List<Integer> s = members.get(doc);
        return s != null && s.contains(sentence);
    }
}
