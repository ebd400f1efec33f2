package dev.parallax.text;

/**
 * Disjoint sets over 0..n-1 (union-find with path halving): the one implementation for grouping what belongs
 * together, such as linked sentences into passages, facts of one slot, near copies of one text.
 */
public final class DisjointSets {

    private final int[] parent;

    public DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The representative of the set holding {@code i}. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Puts the set of {@code a} under the representative of {@code into}'s set, which stays the representative:
     * callers that key groups by representative decide which one it is.
     */
    public void join(int a, int into) {
        int root = find(a);
        int target = find(into);
        if (root != target) {
            parent[root] = target;
        }
    }

    public int size() {
        return parent.length;
    }
}
