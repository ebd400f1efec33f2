package dev.parallax.langid.rest;

/**
 * @param text     the text to detect the language of
 * @param segments when true, the answer also lists each sentence's language
 */
public record DetectRequest(String text, Boolean segments) {

    boolean wantsSegments() {
        return Boolean.TRUE.equals(segments);
    }
}
