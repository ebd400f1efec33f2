package dev.parallax.newsroom.service.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What changed from one version of a comparison to the next: conflicts that appeared, conflicts no longer
 * there, sources that joined. A conflict is known by its kind and label (what differs and the values), so a
 * conflict whose values changed is one resolved and one new.
 *
 * @param previous the version compared with, null for a first version (then nothing is listed)
 */
public record ComparisonChanges(Integer previous, List<String> newConflicts, List<String> resolvedConflicts,
        List<ClaimMatrix.Source> newSources) {

    public boolean any() {
        return !newConflicts.isEmpty() || !resolvedConflicts.isEmpty() || !newSources.isEmpty();
    }

    static ComparisonChanges first() {
        return new ComparisonChanges(null, List.of(), List.of(), List.of());
    }

    /** Changes from {@code before} (an align answer over {@code beforeArticles}) to {@code after}. */
    static ComparisonChanges between(int previousVersion, JsonNode before, Set<UUID> beforeArticles, JsonNode after,
                                     List<ClaimMatrix.Source> afterColumns) {
        Set<String> was = conflicts(before);
        Set<String> is = conflicts(after);
        List<String> added = is.stream().filter(c -> !was.contains(c)).toList();
        List<String> resolved = was.stream().filter(c -> !is.contains(c)).toList();
        List<ClaimMatrix.Source> joined = new ArrayList<>();
        for (ClaimMatrix.Source source : afterColumns) {
            if (!beforeArticles.contains(source.article())) {
                joined.add(source);
            }
        }
        return new ComparisonChanges(previousVersion, added, resolved, joined);
    }

    private static Set<String> conflicts(JsonNode alignResponse) {
        Set<String> conflicts = new LinkedHashSet<>();
        for (JsonNode fact : alignResponse.path("comparison")) {
            if ("conflict".equals(fact.path("status").asText())) {
                conflicts.add(fact.path("label").asText(fact.path("kind").asText("")));
            }
        }
        return conflicts;
    }
}
