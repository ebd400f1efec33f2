package dev.parallax.langid.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns Lingua 1.2.2's relative confidence values into probabilities.
 * <p>
 * Lingua sums the log-probabilities of the text's n-grams per language ({@code S_L < 0}) and reports
 * {@code c_L = S_best / S_L}: the best language gets 1.0, the others less, and the numbers neither sum
 * to 1 nor grow more decisive with longer texts. Inverting gives each language's log-likelihood
 * deficit relative to the best one, {@code S_L - S_best = |S_best| (1 / c_L - 1)}. {@code |S_best|}
 * itself is not exposed, but it grows linearly with the text (one n-gram per letter, a roughly constant
 * cost per n-gram), so it is approximated by {@code nats * letters}. The probabilities are then the
 * softmax of the estimated log-likelihoods: {@code p_L ∝ exp(-nats * letters * (1/c_L - 1))}.
 * {@code nats} is the calibration knob: it plays the part of an inverse temperature. Languages Lingua
 * ruled out (value 0 or absent) keep only the smoothing share {@code floor}, so no score is ever exactly
 * 0 or 1.
 */
public final class RelativeConfidence {

    private final double nats;
    private final double floor;

    public RelativeConfidence(double nats, double floor) {
        if (nats <= 0 || floor < 0 || floor >= 1) {
            throw new IllegalArgumentException("nats must be > 0 and floor in [0, 1)");
        }
        this.nats = nats;
        this.floor = floor;
    }

    /**
     * @param relative  Lingua's values per language code (best = 1.0); languages missing count as ruled out
     * @param languages every candidate language code, in the order the scores should list them
     * @param letters   number of letters in the text, the proxy for the number of n-grams scored
     * @return probabilities over {@code languages}, summing to 1
     */
    public Map<String, Double> probabilities(Map<String, Double> relative, Iterable<String> languages, int letters) {
        Map<String, Double> weights = new LinkedHashMap<>();
        double sum = 0;
        int count = 0;
        for (String language : languages) {
            double c = relative.getOrDefault(language, 0.0);
            double weight = c > 0 ? Math.exp(-nats * Math.max(1, letters) * (1 / Math.min(1.0, c) - 1)) : 0.0;
            weights.put(language, weight);
            sum += weight;
            count++;
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            double p = sum > 0 ? entry.getValue() / sum : 1.0 / count;
            probabilities.put(entry.getKey(), (1 - floor) * p + floor / count);
        }
        return probabilities;
    }
}
