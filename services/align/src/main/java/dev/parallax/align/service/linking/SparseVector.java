package dev.parallax.align.service.linking;

import java.util.Arrays;

/**
 * A sparse weight vector over feature ids, sorted by id, for fast cosine and sums. The request-wide
 * feature dictionary assigns the ids; {@link dev.parallax.text.NgramVector} is the map-based
 * equivalent for one-off comparisons.
 */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] weights;
    private final double norm;

    SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** Builds a vector from unsorted parallel arrays. */
    static SparseVector of(int[] ids, double[] weights) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));
        int[] sortedIds = new int[ids.length];
        double[] sortedWeights = new double[ids.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            sortedWeights[i] = weights[order[i]];
        }
        return new SparseVector(sortedIds, sortedWeights);
    }

    double cosine(SparseVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        return dot(other) / (norm * other.norm);
    }

    double dot(SparseVector other) {
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

    SparseVector plus(SparseVector other) {
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
        return new SparseVector(Arrays.copyOf(out, k), Arrays.copyOf(w, k));
    }

    /** This vector without the features {@code other} has: what this passage says beyond {@code other}. */
    SparseVector without(SparseVector other) {
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
        return new SparseVector(Arrays.copyOf(out, k), Arrays.copyOf(w, k));
    }

    int[] ids() {
        return ids;
    }

    double[] weights() {
        return weights;
    }

    double norm() {
        return norm;
    }
}
