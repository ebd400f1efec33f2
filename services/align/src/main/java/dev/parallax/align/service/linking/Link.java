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

    /** Receives one pair of sentences of two documents. */
    @FunctionalInterface
    public interface SentencePairs {
        void accept(int docA, int sentenceA, int docB, int sentenceB);
    }

    /** Each pair of sentences of two different documents that this link joins, the lower document first. */
    public void forEachSentencePair(SentencePairs action) {
        List<java.util.Map.Entry<Integer, List<Integer>>> docs = List.copyOf(members.entrySet());
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                for (int a : docs.get(i).getValue()) {
                    for (int b : docs.get(j).getValue()) {
                        action.accept(docs.get(i).getKey(), a, docs.get(j).getKey(), b);
                    }
                }
            }
        }
    }

    /** The key of one pair of sentences of two documents, the lower document first, as {@link #linkedPairs} holds it. */
    public static String pairKey(int docA, int sentenceA, int docB, int sentenceB) {
        return docA + ":" + sentenceA + "|" + docB + ":" + sentenceB;
    }

    /** Every pair of sentences the links join ({@link #pairKey}), to tell whether a new link would add anything. */
    public static java.util.Set<String> linkedPairs(List<Link> links) {
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (Link link : links) {
            link.forEachSentencePair((docA, a, docB, b) -> linked.add(pairKey(docA, a, docB, b)));
        }
        return linked;
    }
}
