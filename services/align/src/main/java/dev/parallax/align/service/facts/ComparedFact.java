package dev.parallax.align.service.facts;

import java.util.List;

/**
 * One fact compared across the reports: the mentions of one slot (the death toll, the day of the signing,
 * who said a quote) and how they relate.
 *
 * @param kind     the contract's kind of the mentions (number, date, time, duration, person, place, quote, …)
 * @param status   agree, conflict or unique
 * @param label    what the fact is, for an editor: for a conflict, what differs and the values
 *                 ("personer: 14 vs 16")
 * @param mentions the statements, ordered by report and offset
 */
public record ComparedFact(String kind, Status status, String label, List<Fact> mentions) {

    public enum Status {
        CONFLICT, AGREE, UNIQUE;

        public String contractName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
