package dev.parallax.langid.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Scores a text that has letters against a fixed list of languages. Implementations are thread-safe. */
public interface Classifier {

    /** The languages scored, as BCP 47 codes, in the order {@link #scores} lists them. */
    List<String> codes();

    /** Probabilities over {@link #codes()}, summing to 1, for a text with {@code letters} letters. */
    Map<String, Double> scores(String text, int letters);

    /** Gets ready to score these texts, e.g. looks up their words together; optional. */
    default void prepare(Collection<String> texts) {
    }
}
