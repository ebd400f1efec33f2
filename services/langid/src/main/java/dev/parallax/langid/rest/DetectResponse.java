package dev.parallax.langid.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.parallax.langid.service.Detection;

/**
 * The contract's answer for one text; {@code segments} is present only when asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DetectResponse(String language, double confidence, Map<String, Double> scores,
        List<SegmentResponse> segments) {

    static DetectResponse of(Detection detection, List<SegmentResponse> segments) {
        return new DetectResponse(detection.language(), Rounding.round(detection.confidence()),
                Rounding.round(detection.scores()), segments);
    }
}
