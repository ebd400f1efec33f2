package dev.parallax.text;

/**
 * One token of a text: a word, a number or a punctuation mark, with its UTF-16 offsets.
 *
 * @param text        the token as written
 * @param folded      {@link Folding#fold} of the text: the key every language-data lookup uses
 * @param spaceBefore white space separates it from the token before ("22-årige" is three tokens with none)
 */
public record Token(int start, int end, String text, String folded, Type type, boolean spaceBefore) {

    public enum Type {
        /** Letters, with inner hyphens and apostrophes ("Syria-konflikten", "USA's"). */
        WORD,
        /** Digits with their separators as written ("1.200", "12 500", "3,5", "11.20", "2.04,3"). */
        NUMBER,
        /** Anything else, one character at a time ("%", "-", "«", "$"). */
        PUNCT
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean is(String punctuationOrFoldedWord) {
        return folded.equals(punctuationOrFoldedWord);
    }

    public boolean startsUpperCase() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public Span span() {
        return new Span(start, end);
    }
}
