package dev.parallax.align.service.facts;

import dev.parallax.align.service.facts.value.Value;

/**
 * One statement of a value in one report: where it is, what was written, what it means, and what it is
 * about.
 *
 * @param kind     the contract's kind: person, organisation, place, date, time, duration, number, quote, other
 * @param doc      index of the report
 * @param sentence index of the sentence the mention is in
 * @param start    UTF-16 offset of the mention in the report's text
 * @param end      exclusive end offset
 * @param text     the mention as written
 * @param value    the typed, normalised value
 * @param slot     what the value is about, read from the words around it
 * @param role     the office or occupation the report gives a person ("russiske forsvarsminister"); null otherwise
 */
public record Fact(String kind, int doc, int sentence, int start, int end, String text, Value value, Slot slot,
                   String role) {

    public Fact(String kind, int doc, int sentence, int start, int end, String text, Value value, Slot slot) {
        this(kind, doc, sentence, start, end, text, value, slot, null);
    }

    /** The same mention with another value (a name's canonical form). */
    public Fact withValue(Value newValue) {
        return new Fact(kind, doc, sentence, start, end, text, newValue, slot, role);
    }

    public boolean overlaps(Fact other) {
        return doc == other.doc && start < other.end && other.start < end;
    }
}
