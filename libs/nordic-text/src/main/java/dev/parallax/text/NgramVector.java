package dev.parallax.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's one character n-gram vector: feature ids in ascending order with their weights, so that cosine,
 * sum and difference are merge joins over two arrays (no boxing, no hashing). Character n-grams after
 * {@link Folding} work across Danish, Bokmål and Nynorsk without translation.
 * <p>
 * Building one takes three steps, each written once here:
 * <ol>
 * <li>{@link #grams}: the n-grams of a prepared text (spaces at word boundaries), each packed losslessly into a
 * {@code long} key, with its count;</li>
 * <li>ids: the caller numbers the keys, densely per request ({@code align}) or by {@link #hashId} for profiles kept
 * across requests ({@code newsroom});</li>
 * <li>weights: sublinear term frequency {@link #tf} times an inverse document frequency {@link #idf}, whose one
 * formula takes the smoothing each use needs.</li>
 * </ol>
 */
public final class NgramVector {

    public static final NgramVector EMPTY = new NgramVector(new int[0], new double[0]);

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** An odd multiplier: a bijection on longs that spreads the packed characters over all 64 bits. */
    private static final long SCRAMBLE = 0x9E3779B97F4A7C15L;

    private final int[] ids;
    private final double[] weights;
    private final double norm;

    private NgramVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** A vector of already sorted, distinct ids (ascending) and their weights; the arrays are not copied. */
    public static NgramVector sorted(int[] ids, double[] weights) {
        return new NgramVector(ids, weights);
    }

    /** A vector of distinct ids in any order and their weights. */
    public static NgramVector of(int[] ids, double[] weights) {
        long[] order = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            // id in the high half (signed order preserved), position in the low half: one primitive sort
            order[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(order);
        int[] sortedIds = new int[ids.length];
        double[] sortedWeights = new double[ids.length];
        for (int i = 0; i < order.length; i++) {
            int at = (int) order[i];
            sortedIds[i] = ids[at];
            sortedWeights[i] = weights[at];
        }
        return new NgramVector(sortedIds, sortedWeights);
    }

    /**
     * The text as {@link #grams} reads it: folded, every run of characters other than letters and digits one space,
     * with a space at each end so that word-initial and word-final n-grams are their own features.
     */
    public static String prepare(String text) {
        return " " + NOT_LETTER_OR_DIGIT.matcher(Folding.fold(text)).replaceAll(" ").trim() + " ";
    }

    /**
     * The counts of the n-grams of a prepared text, {@code minN ≤ n ≤ maxN ≤ 5}, leaving out those of spaces only.
     * Keys pack the length and the characters (12 bits each, enough for every folded Nordic letter) without loss:
     * two keys are equal only for equal n-grams.
     */
    public static Map<Long, Integer> grams(String prepared, int minN, int maxN) {
        if (minN < 1 || maxN > 5 || minN > maxN) {
            throw new IllegalArgumentException("n-gram lengths from 1 to 5, got " + minN + ".." + maxN);
        }
        Map<Long, Integer> grams = new HashMap<>(prepared.length() * 4);
        for (int n = minN; n <= maxN; n++) {
            for (int i = 0; i + n <= prepared.length(); i++) {
                long packed = n;
                boolean blank = true;
                for (int k = i; k < i + n; k++) {
                    char c = prepared.charAt(k);
                    blank &= c == ' ';
                    packed = (packed << 12) | (c & 0xFFF);
                }
                if (!blank) {
                    // scrambled: Long.hashCode folds the high half onto the low one, where the packed characters
                    // collide so often that the hash maps of a large request degrade into trees
                    grams.merge(packed * SCRAMBLE, 1, Integer::sum);
                }
            }
        }
        return grams;
    }

    /**
     * An int id for a gram key without a dictionary, for profiles kept across requests. Two grams share an id about
     * once in four billion pairs, which moves a cosine by a negligible amount.
     */
    public static int hashId(long key) {
        return (int) (key ^ (key >>> 32));
    }

    /** Sublinear term frequency: the tenth occurrence of a gram in a text adds less than the second. */
    public static double tf(int count) {
        return 1 + Math.log(count);
    }

    /**
     * Inverse document frequency, {@code max(0, ln((documents + 1) / (documentFrequency + smoothing)) + floor)}.
     * Comparing sentences of a few reports ({@code align}) takes smoothing 0.5 and floor 0: a gram in every sentence
     * weighs nothing. Comparing an article with a handful of candidates ({@code newsroom}) takes smoothing 1 and floor
     * 1: a gram in every document still weighs 1, so a window of two articles keeps a usable signal.
     */
    public static double idf(int documentFrequency, int documents, double smoothing, double floor) {
        return Math.max(0, Math.log((documents + 1.0) / (documentFrequency + smoothing)) + floor);
    }

    /** A vector of term frequencies only, for comparing a few texts without a collection to weigh grams by. */
    public static NgramVector ofText(String text, int minN, int maxN) {
        Map<Long, Integer> grams = grams(prepare(text), minN, maxN);
        int[] ids = new int[grams.size()];
        double[] weights = new double[grams.size()];
        int k = 0;
        for (Map.Entry<Long, Integer> e : grams.entrySet()) {
            ids[k] = hashId(e.getKey());
            weights[k++] = tf(e.getValue());
        }
        return of(ids, weights);
    }

    public double cosine(NgramVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        return dot(other) / (norm * other.norm);
    }

    public double dot(NgramVector other) {
        int[] a = ids;
        int[] b = other.ids;
        int i = 0;
        int j = 0;
        double dot = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                dot += weights[i++] * other.weights[j++];
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    public NgramVector plus(NgramVector other) {
        int[] out = new int[ids.length + other.ids.length];
        double[] w = new double[out.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < ids.length || j < other.ids.length) {
            if (j >= other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
                out[k] = ids[i];
                w[k++] = weights[i++];
            } else if (i >= ids.length || other.ids[j] < ids[i]) {
                out[k] = other.ids[j];
                w[k++] = other.weights[j++];
            } else {
                out[k] = ids[i];
                w[k++] = weights[i++] + other.weights[j++];
            }
        }
        return new NgramVector(Arrays.copyOf(out, k), Arrays.copyOf(w, k));
    }

    /** This vector without the features {@code other} has: what this passage says beyond {@code other}. */
    public NgramVector without(NgramVector other) {
        int[] out = new int[ids.length];
        double[] w = new double[ids.length];
        int k = 0;
        int j = 0;
        for (int i = 0; i < ids.length; i++) {
            while (j < other.ids.length && other.ids[j] < ids[i]) {
                j++;
            }
            if (j >= other.ids.length || other.ids[j] != ids[i]) {
                out[k] = ids[i];
                w[k++] = weights[i];
            }
        }
        return new NgramVector(Arrays.copyOf(out, k), Arrays.copyOf(w, k));
    }

    /** The ids in ascending order (the vector's own array: do not change it). */
    public int[] ids() {
        return ids;
    }

    /** The weights in the order of {@link #ids} (the vector's own array: do not change it). */
    public double[] weights() {
        return weights;
    }

    public double norm() {
        return norm;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }
}
