package dev.parallax.align.service.facts.value;

/** A position in a series: "tredje sejr", "3. plass", "andre kvalifiseringsrunde". */
public record Ordinal(int position) implements Value {

    @Override
    public String normalised() {
        return position + ".";
    }

    @Override
    public String comparableClass() {
        return "ordinal";
    }

    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof Ordinal o)) {
            return Compatibility.INCOMPARABLE;
        }
        return position == o.position ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
    }
}
