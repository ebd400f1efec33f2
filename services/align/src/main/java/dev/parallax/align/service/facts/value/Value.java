package dev.parallax.align.service.facts.value;

/**
 * What a report states, normalised: an amount, a date, a clock time, a score, an ordinal, a name or a
 * quote. Each kind knows when two of its values can both be true ({@link #against}); that rule is written
 * once per kind, never per pair of words.
 */
public sealed interface Value permits Amount, DateValue, ClockTime, Score, Ordinal, NameValue, QuoteValue {

    /** The normalised value the contract returns: ISO date, number, ISO duration, canonical name. */
    String normalised();

    /**
     * Values of different classes are never one slot: counts and kroner, lengths and masses, dates and
     * clock times. Within a class, {@link #against} decides.
     */
    String comparableClass();

    Compatibility against(Value other);
}
