package dev.parallax.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A sparse vector of character n-gram counts over folded text, with cosine similarity. Character
 * n-grams after {@link Folding} work across Danish, Bokmål and Nynorsk without translation.
 */
public final class NgramVector {

    private final Map<String, Double> weights;
    private final double norm;

    private NgramVector(Map<String, Double> weights) {
        this.weights = weights;
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** Raw n-gram counts of the folded text, for {@code minN ≤ n ≤ maxN}; word boundaries become a space. */
    public static Map<String, Integer> counts(String text, int minN, int maxN) {
        String folded = " " + Folding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
        Map<String, Integer> counts = new HashMap<>();
        for (int n = minN; n <= maxN; n++) {
            for (int i = 0; i + n <= folded.length(); i++) {
                String gram = folded.substring(i, i + n);
                if (!gram.isBlank()) {
                    counts.merge(gram, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * A TF-IDF weighted vector: sublinear term frequency times the given inverse document frequency.
     */
    public static NgramVector weighted(Map<String, Integer> counts, ToDoubleFunction<String> idf) {
        Map<String, Double> weights = new HashMap<>(counts.size() * 2);
        counts.forEach((gram, count) -> {
            double w = (1 + Math.log(count)) * idf.applyAsDouble(gram);
            if (w > 0) {
                weights.put(gram, w);
            }
        });
        return new NgramVector(weights);
    }

    public double cosine(NgramVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm * other.norm);
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }
}
