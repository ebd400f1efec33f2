package dev.parallax.newsroom.service.grouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.parallax.text.NgramVector;

/**
 * Finds the event an article belongs to: character n-gram TF-IDF cosine after folding (works across
 * Danish, Bokmål and Nynorsk without translation), the event scoring as its most similar article.
 * <p>
 * Document frequencies come from the candidates themselves (the articles of the date window), so
 * words every report of the period uses weigh little whatever the corpus. The weighting is
 * {@link NgramVector}'s (sublinear tf × smoothed idf, cosine), computed over {@link Profile}s: sorted
 * gram hashes instead of string maps, because every new article is compared with every article of
 * its window and string maps made that quadratic work too slow for a busy news day.
 */
public final class EventMatcher {

    public static final int MIN_N = 3;
    public static final int MAX_N = 5;

    private final double threshold;

    public EventMatcher(double threshold) {
        this.threshold = threshold;
    }

    /**
     * An article's n-grams: distinct gram hashes in ascending order with their sublinear term
     * frequency {@code 1 + ln(count)}. A rare hash collision merges two grams, which moves a cosine
     * by a negligible amount.
     */
    public record Profile(int[] grams, float[] tf) {
    }

    /** An article already in an event. */
    public record Candidate(UUID articleId, UUID eventId, Profile profile) {
    }

    public record Match(UUID eventId, double score) {
    }

    public static Profile profile(String text) {
        Map<Integer, Integer> byHash = new HashMap<>();
        NgramVector.counts(text, MIN_N, MAX_N).forEach((gram, count) -> byHash.merge(gram.hashCode(), count, Integer::sum));
        int[] grams = byHash.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] tf = new float[grams.length];
        for (int i = 0; i < grams.length; i++) {
            tf[i] = (float) (1 + Math.log(byHash.get(grams[i])));
        }
        return new Profile(grams, tf);
    }

    /** The best event at or above the threshold, if any. */
    public Optional<Match> match(Profile article, List<Candidate> candidates) {
        return best(article, candidates).filter(m -> m.score() >= threshold);
    }

    /** The most similar event whatever its score (empty without candidates). */
    public Optional<Match> best(Profile article, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int total = article.grams().length;
        for (Candidate c : candidates) {
            total += c.profile().grams().length;
        }
        IntCounts documentFrequency = new IntCounts(total);
        documentFrequency.addAll(article.grams());
        for (Candidate c : candidates) {
            documentFrequency.addAll(c.profile().grams());
        }
        double documents = candidates.size() + 1;

        double[] target = weights(article, documentFrequency, documents);
        double targetNorm = norm(target);
        Map<UUID, Double> byEvent = new HashMap<>();
        for (Candidate c : candidates) {
            double[] weights = weights(c.profile(), documentFrequency, documents);
            double denominator = targetNorm * norm(weights);
            double score = denominator == 0 ? 0 : dot(article.grams(), target, c.profile().grams(), weights) / denominator;
            byEvent.merge(c.eventId(), score, Math::max);
        }
        return byEvent.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> new Match(e.getKey(), e.getValue()));
    }

    /** tf × smoothed idf: a gram in every document still weighs 1, so tiny windows keep a usable signal. */
    private static double[] weights(Profile profile, IntCounts documentFrequency, double documents) {
        int[] grams = profile.grams();
        double[] weights = new double[grams.length];
        for (int i = 0; i < grams.length; i++) {
            double idf = Math.log((1.0 + documents) / (1.0 + documentFrequency.get(grams[i]))) + 1.0;
            weights[i] = profile.tf()[i] * idf;
        }
        return weights;
    }

    private static double norm(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** Merge join of two ascending hash arrays. */
    private static double dot(int[] a, double[] wa, int[] b, double[] wb) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += wa[i++] * wb[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Open-addressing int → count map; document frequencies over a window run to a million grams. */
    static final class IntCounts {

        private final int[] keys;
        private final int[] counts;
        private final int mask;

        IntCounts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new int[capacity];
            counts = new int[capacity];
            mask = capacity - 1;
        }

        void addAll(int[] grams) {
            for (int gram : grams) {
                int slot = slot(gram);
                keys[slot] = gram;
                counts[slot]++;
            }
        }

        int get(int gram) {
            return counts[slot(gram)];
        }

        /** The slot holding {@code gram}, or the empty slot where it belongs (count 0 marks empty). */
        private int slot(int gram) {
            int slot = (gram * 0x9E3779B9) >>> 7 & mask;
            while (counts[slot] != 0 && keys[slot] != gram) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
