package dev.parallax.langid.service;

import java.util.Map;

/**
 * The verdict on one text.
 *
 * @param language   BCP 47 code of the answer ({@code und} when undetermined)
 * @param confidence probability that {@code language} is right
 * @param scores     probabilities over the candidate languages, summing to 1
 */
public record Detection(String language, double confidence, Map<String, Double> scores) {

    public static final String UNDETERMINED = "und";
}
