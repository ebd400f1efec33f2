package dev.parallax.langid.service;

import java.util.Collection;

/**
 * Which of the written norms Danish, Bokmål and Nynorsk know a word form, as a bit mask
 * ({@link #DA}, {@link #NB}, {@link #NN}; 0 when none does). Implementations are thread-safe.
 */
public interface NormLexicon {

    int DA = 1;
    int NB = 2;
    int NN = 4;
    int ALL = DA | NB | NN;
    /**
     * In {@link #entry}: no norm lists the word, but an analyser can build it from listed words (a compound
     * such as {@code handlingsrom}): the word is Nordic, which norm's is open.
     */
    int COMPOUND = 8;
    /**
     * In {@link #entry}: Bokmål writes this form only as a side form beside its main form, while it is
     * Nynorsk's own (weak past {@code kasta} beside {@code kastet}, neuter plural {@code husa} beside
     * {@code husene}, {@code regjeringa} beside {@code regjeringen}, {@code blei} beside {@code ble}).
     */
    int BOKMAAL_SIDE_FORM = 16;

    /** The norms that know {@code word} (lower case, letters only). */
    int norms(String word);

    /** {@link #norms} plus the flags {@link #COMPOUND} and {@link #BOKMAAL_SIDE_FORM}, in one lookup. */
    default int entry(String word) {
        return norms(word);
    }

    /** Looks the words up together, ahead of {@link #norms}, so that a batch costs one round trip. */
    default void prefetch(Collection<String> words) {
    }

    /** False when no lexicon is behind this: the classifier then works on n-grams and markers only. */
    boolean available();

    /** One line for the readiness check. */
    String status();

    /** No lexicon (switched off, or not started yet). */
    NormLexicon NONE = new Unavailable("switched off or not started");

    /** Stands in when there is no lexicon; says why in the readiness details. */
    record Unavailable(String reason) implements NormLexicon {
        @Override
        public int norms(String word) {
            return 0;
        }

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String status() {
            return "unavailable (" + reason + "): degraded to n-grams and markers only";
        }
    }
}
