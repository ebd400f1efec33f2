package dev.parallax.align.service.facts.value;

/**
 * Words a report puts in someone's mouth, and whose they are.
 *
 * @param words      the quoted words
 * @param speakerKey the speaker's name key when the report names one in its attribution ("siger Peter Cook"),
 *                   else null
 * @param speaker    the speaker as the report names them, or null
 */
public record QuoteValue(String words, String speakerKey, String speaker) implements Value {

    @Override
    public String normalised() {
        return words;
    }

    @Override
    public String comparableClass() {
        return "quote";
    }

    /** The same words given to the same speaker agree; to two different named speakers they conflict. */
    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof QuoteValue o) || speakerKey == null || o.speakerKey == null) {
            return Compatibility.INCOMPARABLE;
        }
        return speakerKey.equals(o.speakerKey) ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
    }
}
