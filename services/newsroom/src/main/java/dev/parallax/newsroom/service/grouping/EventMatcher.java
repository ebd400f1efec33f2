package dev.parallax.newsroom.service.grouping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.parallax.text.NgramVector;

/**
 * Finds the event an article belongs to: character n-gram TF-IDF cosine after folding (works across
 * Danish, Bokmål and Nynorsk without translation), the event scoring as its most similar article.
 * <p>
 * Document frequencies come from the candidates themselves (the events of the date window, each one document),
 * so words every story of the period uses weigh little whatever the corpus. The weighting is
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
        // each event is one document: a gram counts once however many of its articles use it, so that copies of one
        // wire report (or an event that has grown) do not make its own words look common and the score of a report
        // does not depend on how many of its story's articles happened to be grouped before it
        IntCounts documentFrequency = new IntCounts(total);
        documentFrequency.addDocument(article.grams(), 0);
        Map<UUID, List<Candidate>> byEvent = candidates.stream()
                .collect(Collectors.groupingBy(Candidate::eventId, LinkedHashMap::new, Collectors.toList()));
        int document = 0;
        for (List<Candidate> event : byEvent.values()) {
            document++;
            for (Candidate c : event) {
                documentFrequency.addDocument(c.profile().grams(), document);
            }
        }
        int documents = byEvent.size() + 1;

        NgramVector target = vector(article, documentFrequency, documents);
        Map<UUID, Double> scores = new HashMap<>();
        for (Candidate c : candidates) {
            scores.merge(c.eventId(), target.cosine(vector(c.profile(), documentFrequency, documents)), Math::max);
        }
        return scores;
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
        /** The last document that counted each slot's gram, so that a document counts a gram once. */
        private final int[] lastDocument;
        private final int mask;

        IntCounts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new int[capacity];
            counts = new int[capacity];
            lastDocument = new int[capacity];
            mask = capacity - 1;
        }

        /**
         * Counts each gram of {@code grams} once for {@code document}; a document's gram arrays come one after another
         * (documents numbered from 0, never revisited).
         */
        void addDocument(int[] grams, int document) {
            for (int gram : grams) {
                int slot = slot(gram);
                if (counts[slot] == 0 || lastDocument[slot] != document) {
                    keys[slot] = gram;
                    counts[slot]++;
                    lastDocument[slot] = document;
                }
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
