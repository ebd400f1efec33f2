package dev.parallax.langid.rest;

import java.util.List;

/** One result per submitted text, in request order. */
public record BatchDetectResponse(List<DetectResponse> results) {
}
