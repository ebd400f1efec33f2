package dev.parallax.langid.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Four decimals are plenty for a probability and keep answers short (batches hold 1,000 of them). */
final class Rounding {

    private Rounding() {
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    static Map<String, Double> round(Map<String, Double> scores) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        scores.forEach((language, score) -> rounded.put(language, round(score)));
        return rounded;
    }
}
