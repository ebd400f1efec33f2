package dev.parallax.align.service.facts.value;

/** How two values of one slot relate. */
public enum Compatibility {
    /** The same value, however written ("halvanden time" / "90 minutt"). */
    SAME,
    /** Different statements that can both be true: a bound and a value, a rounding, another unit. */
    COMPATIBLE,
    /** Both cannot be true: a conflict when the slot is the same. */
    INCOMPATIBLE,
    /** Not values of one kind, or not enough said to tell ("i går" in two reports of unknown dates). */
    INCOMPARABLE;

    public boolean agrees() {
        return this == SAME || this == COMPATIBLE;
    }
}
