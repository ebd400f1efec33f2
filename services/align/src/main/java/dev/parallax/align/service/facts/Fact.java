package dev.parallax.align.service.facts;

/**
 * One statement of a fact in one report.
 *
 * @param kind     person, organisation, place, date, duration, number, quote, …
 * @param doc      index of the report
 * @param sentence index of the sentence the mention is in
 * @param start    UTF-16 offset of the mention in the report's text
 * @param end      exclusive end offset
 * @param text     the mention as written
 * @param value    the normalised value: ISO date, number, ISO duration, canonical name, quoted text
 * @param key      what the value is a value of, for telling a conflict from two different facts: the
 *                 date's anchor ("siden" + granularity), the number's unit, the duration's head noun,
 *                 the name's transliteration-folded key
 * @param speaker  who said it, for quotes; null otherwise
 * @param role     the office or occupation the report gives a person ("russiske forsvarsminister"); null otherwise
 */
public record Fact(String kind, int doc, int sentence, int start, int end, String text, String value, String key,
                   String speaker, String role) {

    /** A fact that is not a person with a stated role. */
    public Fact(String kind, int doc, int sentence, int start, int end, String text, String value, String key,
            String speaker) {
        this(kind, doc, sentence, start, end, text, value, key, speaker, null);
    }

    /** The same mention with another normalised value. */
    public Fact withValue(String newValue) {
        return new Fact(kind, doc, sentence, start, end, text, newValue, key, speaker, role);
    }
}
