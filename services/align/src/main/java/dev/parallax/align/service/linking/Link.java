package dev.parallax.align.service.linking;

import java.util.List;
import java.util.SortedMap;

/**
 * Passages of two or more documents that report the same thing.
 *
 * @param score   similarity of the linked passages in [0, 1]: the cosine of their combined n-gram vectors
 * @param members document index → sentence indices (ascending) of that document in the link
 */
public record Link(double score, SortedMap<Integer, List<Integer>> members) {
}
