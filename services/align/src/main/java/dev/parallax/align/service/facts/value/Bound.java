package dev.parallax.align.service.facts.value;

/** How a number is stated: as it is, as a bound, or roughly. */
public enum Bound {
    EXACT,
    /** "mindst 12", "over 300", "mer enn 800": news writes a bound near the value, so up to twice it. */
    MIN,
    /** "godt 1.000", "drøyt 18 000", "vel 30": a little more, up to a quarter more. */
    JUST_OVER,
    /** "højst 12", "under 50", "opptil 40": down to half of it. */
    MAX,
    /** "nesten 40", "knap 190", "nærmere 100": a little less, down to a fifth less. */
    ALMOST,
    /** "cirka 2.000", "om lag 90", "rundt 40". */
    ABOUT,
    /** "tallet er steget til 14": the latest figure of a count that grew; an earlier, lower one is no contradiction. */
    RISEN_TO,
    /** "redusert til 40": the latest figure of one that shrank. */
    FALLEN_TO,
    /** "4-5 timer", "mellom 10 og 12": {@code value} is the low end, {@code high} the high end. */
    RANGE
}
