package dev.parallax.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a text, as the HTTP contract counts them.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
