package dev.parallax.align.service.claims;

import dev.parallax.align.service.facts.ComparedFact.Status;

import java.util.List;

/**
 * What the reports say, one entry per thing said: the unit editors read.
 *
 * @param id      "c1", "c2", … in the claims' order
 * @param status  conflict when one of its facts conflicts, else agree when two or more reports say it, else unique
 * @param label   what differs, for a conflict; otherwise the thing said, shortened
 * @param passage the sentences of each report that say it
 * @param facts   indices into the comparison of the facts stated in its sentences
 */
public record Claim(String id, Status status, String label, Passage passage, List<Integer> facts) {
}
