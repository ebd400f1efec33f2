package dev.parallax.align.service.facts.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A number of something: a count ("14 personer"), a percentage, an amount of money, a measure in a unit
 * ("97 km"), a length of time ("halvanden time"), an age. Values are kept in the base unit of their
 * dimension (metres, seconds, the currency itself); {@code factors} lists the readings of a unit with two
 * ("mil").
 * <p>
 * Compatibility: the intervals the two statements allow overlap. An exact value allows what its written
 * precision allows (a round "2.000" or "1,2 millioner" may be rounded), a bound what news means by it ("over
 * 300": up to about twice; "nesten 40": a fifth less at most), "cirka" ten per cent either way, a range its
 * ends; a value converted from another unit may be rounded by a few per cent; an update ("steget til 14")
 * allows every earlier figure on the way to it. Two bounds (or updates) of one direction are two figures for
 * one thing and must be the same figure; two ranges must have the same ends.
 *
 * @param dimension count, percent, percentage-point, money:XXX (ISO 4217), length, mass, volume, area,
 *                  speed, temperature, energy, power, time, age
 * @param value     the stated value in the base unit (for a range, its low end; for "mil", the first reading)
 * @param high      a range's high end, else null
 * @param unit      which unit the value was stated in ({@code Unit#identity}: "minut" and "minutt" are one, "mil" and
 *                  "km" two): values of two units may have been converted and rounded
 * @param readings  the value under each reading of its unit (one, except for "mil")
 * @param precision half the step of the last written digit, in the base unit (0 when exact to the unit)
 */
public record Amount(String dimension, BigDecimal value, BigDecimal high, Bound bound, String unit,
                     List<BigDecimal> readings, BigDecimal precision) implements Value {

    /** Relative slack for "cirka" and its kin. */
    private static final BigDecimal ABOUT = new BigDecimal("0.10");
    private static final java.util.Set<String> MEASURES = java.util.Set.of("length", "mass", "volume", "area", "speed");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal QUARTER_MORE = new BigDecimal("1.25");
    private static final BigDecimal FIFTH_LESS = new BigDecimal("0.8");
    private static final List<BigDecimal> SCALES = List.of(BigDecimal.valueOf(1000), BigDecimal.valueOf(1_000_000),
            BigDecimal.valueOf(1_000_000_000));

    /** Relative slack for a value converted from another unit and rounded ("60 miles" → "97 km" / "100 km"). */
    private static final BigDecimal CONVERSION = new BigDecimal("0.07");

    public static Amount exact(String dimension, BigDecimal value, String unit) {
        return new Amount(dimension, value, null, Bound.EXACT, unit, List.of(value), BigDecimal.ZERO);
    }

    @Override
    public String normalised() {
        String v = plain(value);
        return switch (dimension) {
            case "time" -> isoDuration(value) + (bound == Bound.RANGE ? "/" + isoDuration(high) : "");
            default -> bound == Bound.RANGE ? v + "-" + plain(high) : v;
        };
    }

    @Override
    public String comparableClass() {
        return "amount:" + dimension;
    }

    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof Amount o) || !dimension.equals(o.dimension)) {
            return Compatibility.INCOMPARABLE;
        }
        if (bound == Bound.EXACT && o.bound == Bound.EXACT && value.compareTo(o.value) == 0) {
            return Compatibility.SAME;
        }
        if (dimension.equals("temperature")) {
            // degrees: Celsius in one report may be Fahrenheit in the other, and neither need say which
            return Compatibility.INCOMPARABLE;
        }
        if (sameDigits(value, o.value)) {
            return Compatibility.COMPATIBLE; // "20,4 millioner" and "de 20,4": one number, its scale word left out
        }
        // measures are converted from other unit systems and rounded, even when both reports write one unit
        boolean converted = !unit.equals(o.unit) || MEASURES.contains(dimension);
        if (bound == o.bound && bound != Bound.EXACT && bound != Bound.RANGE && !MEASURES.contains(dimension)) {
            // two bounds of one direction, or two approximations, are two figures for one thing ("mindst 384" /
            // "minst 684 drepne", "om lag 40.000" / "rundt 38.000"):
            // the reports disagree unless the figures are the same, within rounding (not measures: "over 1,3 cm"
            // and "over 1 centimeter" are one bound converted from inches and rounded two ways)
            BigDecimal slack = precision.max(o.precision);
            if (converted) {
                slack = slack.max(value.abs().max(o.value.abs()).multiply(CONVERSION));
            }
            return value.subtract(o.value).abs().compareTo(slack) <= 0 ? Compatibility.COMPATIBLE : Compatibility.INCOMPATIBLE;
        }
        if (bound == Bound.RANGE && o.bound == Bound.RANGE && !MEASURES.contains(dimension)) {
            // two ranges are two statements of one span ("55 eller 60 minutter" / "55–90 minutter"): both ends
            // must be the same, within rounding, not merely overlap (not measures: "25 til 101 mm" and "3 til 10 cm"
            // are one range in inches converted and rounded two ways)
            BigDecimal slack = precision.max(o.precision);
            if (converted) {
                slack = slack.max(value.abs().max(o.value.abs()).multiply(CONVERSION));
            }
            boolean lows = value.subtract(o.value).abs().compareTo(slack) <= 0;
            boolean highs = high.subtract(o.high).abs().compareTo(converted ? slack.max(high.abs().max(o.high.abs()).multiply(CONVERSION)) : slack) <= 0;
            return lows && highs ? Compatibility.COMPATIBLE : Compatibility.INCOMPATIBLE;
        }
        for (BigDecimal mine : readings) {
            for (BigDecimal theirs : o.readings) {
                if (overlaps(interval(mine, converted), o.interval(theirs, converted))) {
                    return Compatibility.COMPATIBLE;
                }
            }
        }
        return Compatibility.INCOMPATIBLE;
    }

    /** [low, high] this statement allows; null ends are open. */
    private BigDecimal[] interval(BigDecimal reading, boolean converted) {
        BigDecimal scale = value.signum() == 0 ? BigDecimal.ONE : reading.divide(value, 12, RoundingMode.HALF_UP);
        BigDecimal top = high == null ? reading : high.multiply(scale);
        BigDecimal slack = precision.multiply(scale);
        if (converted) {
            slack = slack.max(reading.abs().max(top.abs()).multiply(CONVERSION));
        }
        return switch (bound) {
            case EXACT -> new BigDecimal[] {reading.subtract(slack), reading.add(slack)};
            case ABOUT -> {
                BigDecimal about = reading.abs().multiply(ABOUT).max(slack);
                yield new BigDecimal[] {reading.subtract(about), reading.add(about)};
            }
            case MIN -> new BigDecimal[] {reading.subtract(slack), reading.multiply(TWO).add(slack)};
            case JUST_OVER -> new BigDecimal[] {reading.subtract(slack), reading.multiply(QUARTER_MORE).add(slack)};
            case MAX -> new BigDecimal[] {reading.divide(TWO).subtract(slack), reading.add(slack)};
            case ALMOST -> new BigDecimal[] {reading.multiply(FIFTH_LESS).subtract(slack), reading.add(slack)};
            case RISEN_TO -> new BigDecimal[] {null, reading.add(slack)};
            case FALLEN_TO -> new BigDecimal[] {reading.subtract(slack), null};
            case RANGE -> new BigDecimal[] {reading.subtract(slack), top.add(slack)};
        };
    }

    /** The same digits a thousand, a million or a billion times apart. */
    private static boolean sameDigits(BigDecimal a, BigDecimal b) {
        if (a.signum() == 0 || b.signum() == 0) {
            return false;
        }
        BigDecimal larger = a.abs().max(b.abs());
        BigDecimal smaller = a.abs().min(b.abs());
        for (BigDecimal scale : SCALES) {
            if (smaller.multiply(scale).compareTo(larger) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(BigDecimal[] a, BigDecimal[] b) {
        boolean aBelowB = a[1] != null && b[0] != null && a[1].compareTo(b[0]) < 0;
        boolean bBelowA = b[1] != null && a[0] != null && b[1].compareTo(a[0]) < 0;
        return !aBelowB && !bBelowA;
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Seconds as an ISO 8601 duration: PT90M, PT36H, P19D, P3W, P4Y; minutes where hours are not whole. */
    static String isoDuration(BigDecimal seconds) {
        BigDecimal[] units = {BigDecimal.valueOf(31_556_952), BigDecimal.valueOf(2_629_746), BigDecimal.valueOf(604_800),
                BigDecimal.valueOf(86_400), BigDecimal.valueOf(3600), BigDecimal.valueOf(60)};
        String[] designators = {"Y", "M", "W", "D", "H", "M"};
        for (int i = 0; i < units.length; i++) {
            BigDecimal[] qr = seconds.divideAndRemainder(units[i]);
            if (qr[1].signum() == 0 && qr[0].signum() != 0) {
                return (i < 4 ? "P" : "PT") + plain(qr[0]) + designators[i];
            }
        }
        return "PT" + plain(seconds) + "S";
    }
}
