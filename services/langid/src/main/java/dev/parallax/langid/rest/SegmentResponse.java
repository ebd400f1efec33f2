package dev.parallax.langid.rest;

/** One sentence: UTF-16 offsets into the submitted text ({@code end} exclusive) and its language. */
public record SegmentResponse(int start, int end, String language, double confidence) {
}
