package dev.parallax.align.service.facts.value;

/**
 * Words a report puts in someone's mouth, and whose they are.
 *
 * @param words      the quoted words
 * @param speakerKey the speaker's name key when the report names one in its attribution ("siger Peter Cook"),
 *                   else null
 * @param speaker    the speaker as the report names them, or null
 * @param speakerAt  where the attribution names the speaker: [start, end) in the report's text, or null
 */
public record QuoteValue(String words, String speakerKey, String speaker, int[] speakerAt) implements Value {

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
        // two spellings of one name ("Melnytjenko" / "Melnytsjenko") are one speaker
        return speakerKey.equals(o.speakerKey) || !dev.parallax.align.service.facts.NameKey.distinct(speakerKey, o.speakerKey)
                ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
    }
}
