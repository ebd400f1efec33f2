package dev.parallax.align.service.facts.value;

/**
 * A result in goals or points ("3-1", "2–1"). Reports write it from either side ("tapte 1-2" /
 * "vant 2-1"), so two scores are the same when they hold the same two numbers.
 */
public record Score(int first, int second) implements Value {

    @Override
    public String normalised() {
        return first + "-" + second;
    }

    @Override
    public String comparableClass() {
        return "score";
    }

    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof Score o)) {
            return Compatibility.INCOMPARABLE;
        }
        boolean same = first == o.first && second == o.second || first == o.second && second == o.first;
        return same ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
    }
}
