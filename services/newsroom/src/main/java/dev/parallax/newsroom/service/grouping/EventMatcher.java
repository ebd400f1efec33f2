package dev.parallax.newsroom.service.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.parallax.text.NgramVector;

/**
 * Finds the event an article belongs to: character n-gram TF-IDF cosine after folding (works across
 * Danish, Bokmål and Nynorsk without translation), the event scoring as its most similar article.
 * <p>
 * Document frequencies come from the candidates themselves (the articles of the date window, copies of one report
 * counted once), so words every story of the period uses weigh little whatever the corpus. The weighting is
 * {@link NgramVector}'s (sublinear tf × idf smoothed so that a gram in every document still weighs 1, cosine).
 * Articles are kept as {@link Profile}s, gram ids and term frequencies in compact arrays, because every new
 * article is compared with every article of its window.
 */
public final class EventMatcher {

    public static final int MIN_N = 3;
    public static final int MAX_N = 5;

    private final double threshold;

    public EventMatcher(double threshold) {
        this.threshold = threshold;
    }

    /**
     * An article's n-grams: distinct gram ids ({@link NgramVector#hashId}) in ascending order with their sublinear term
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
        Map<Integer, Integer> byId = new HashMap<>();
        NgramVector.grams(NgramVector.prepare(text), MIN_N, MAX_N)
                .forEach((gram, count) -> byId.merge(NgramVector.hashId(gram), count, Integer::sum));
        int[] grams = byId.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] tf = new float[grams.length];
        for (int i = 0; i < grams.length; i++) {
            tf[i] = (float) NgramVector.tf(byId.get(grams[i]));
        }
        return new Profile(grams, tf);
    }


    /** Every event at or above the threshold, the most similar first: more than one means they report one story. */
    public List<Match> matches(Profile article, List<Candidate> candidates) {
        return scores(article, candidates).entrySet().stream()
                .filter(e -> e.getValue() >= threshold)
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed().thenComparing(e -> e.getKey()))
                .map(e -> new Match(e.getKey(), e.getValue()))
                .toList();
    }


    /** Each candidate event's score: the cosine of its most similar article. */
    private Map<UUID, Double> scores(Profile article, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        int total = article.grams().length;
        for (Candidate c : candidates) {
            total += c.profile().grams().length;
        }
        // copies of one report (a wire story printed by several outlets, a repost) are one document: had each copy
        // counted, their story's own words would look common in the window, and a report's score would depend on
        // how many copies happened to be grouped before it
        IntCounts documentFrequency = new IntCounts(total);
        List<Profile> distinct = new ArrayList<>();
        distinct.add(article);
        documentFrequency.addAll(article.grams());
        for (Candidate c : candidates) {
            Profile profile = c.profile();
            if (distinct.stream().noneMatch(d -> nearCopies(d, profile))) {
                distinct.add(profile);
                documentFrequency.addAll(profile.grams());
            }
        }
        int documents = distinct.size();

        NgramVector target = vector(article, documentFrequency, documents);
        Map<UUID, Double> scores = new HashMap<>();
        for (Candidate c : candidates) {
            scores.merge(c.eventId(), target.cosine(vector(c.profile(), documentFrequency, documents)), Math::max);
        }
        return scores;
    }

    /** Share of grams two texts must have in common (Jaccard) to count as copies of one report. */
    public static final double COPY_JACCARD = 0.8;
    /** Size of the sample that settles most pairs, and the share of it below which two texts are surely no copies. */
    private static final int SKETCH = 64;
    private static final double SKETCH_SHARE = 0.5;

    /**
     * Whether two profiles are copies of one text: their gram sets overlap by {@link #COPY_JACCARD} or more. Sizes
     * further apart than that ratio cannot, so most pairs are settled without reading their grams. Translations
     * into another norm share far fewer grams (about a third) and stay distinct.
     */
    public static boolean nearCopies(Profile a, Profile b) {
        int[] x = a.grams();
        int[] y = b.grams();
        int small = Math.min(x.length, y.length);
        int large = Math.max(x.length, y.length);
        if (large == 0 || small < COPY_JACCARD * large) {
            return large == 0;
        }
        // gram ids are hashes in ascending order, so each array starts with a random sample of its grams (a bottom-k
        // sketch): the share of the union's first SKETCH ids that both hold estimates the Jaccard, and texts far below
        // it (every translation, every other story of the window) are settled without walking their whole arrays
        int[] sample = overlap(x, y, SKETCH);
        if (sample[0] == SKETCH && sample[1] < SKETCH_SHARE * SKETCH) {
            return false;
        }
        int common = overlap(x, y, Integer.MAX_VALUE)[1];
        return common >= COPY_JACCARD * (x.length + y.length - common);
    }

    /** Walks two ascending id arrays together over at most {@code steps} ids of their union: {ids walked, ids in both}. */
    private static int[] overlap(int[] x, int[] y, int steps) {
        int walked = 0;
        int both = 0;
        for (int i = 0, j = 0; walked < steps && i < x.length && j < y.length; walked++) {
            if (x[i] == y[j]) {
                both++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new int[] { walked, both };
    }

    /** tf × idf with smoothing 1 and floor 1: a gram in every document still weighs 1, so tiny windows keep a signal. */
    private static NgramVector vector(Profile profile, IntCounts documentFrequency, int documents) {
        int[] grams = profile.grams();
        double[] weights = new double[grams.length];
        for (int i = 0; i < grams.length; i++) {
            weights[i] = profile.tf()[i] * NgramVector.idf(documentFrequency.get(grams[i]), documents, 1, 1);
        }
        return NgramVector.sorted(grams, weights);
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

        /** Counts each of a text's distinct grams once. */
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
