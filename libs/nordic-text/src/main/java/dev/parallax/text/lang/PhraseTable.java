package dev.parallax.text.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.parallax.text.Folding;
import dev.parallax.text.Token;

/**
 * Phrases of one or more words ("i går", "mer enn", "for ... siden" markers) mapped to what they mean,
 * looked up over a token list by their folded words. Longest match wins.
 *
 * @param <T> what a phrase means
 */
public final class PhraseTable<T> {

    private final Map<String, T> phrases = new HashMap<>();
    private int longest;

    void put(String phrase, T meaning) {
        String key = key(phrase);
        phrases.put(key, meaning);
        longest = Math.max(longest, key.split(" ").length);
    }

    private static String key(String phrase) {
        return Folding.fold(phrase.trim()).replaceAll("\\s+", " ");
    }

    /** The meaning of a phrase written out ("I  går" finds "i går"). */
    public Optional<T> get(String phrase) {
        return Optional.ofNullable(phrases.get(key(phrase)));
    }

    /** A phrase found in the tokens, as the index range [from, to) it covers. */
    public record Match<T>(int from, int to, T meaning) {
    }

    /** The longest phrase that starts at token {@code from}; words only, one sentence's tokens. */
    public Optional<Match<T>> startingAt(List<Token> tokens, int from) {
        StringBuilder key = new StringBuilder();
        Match<T> best = null;
        for (int to = from; to < tokens.size() && to - from < longest; to++) {
            Token t = tokens.get(to);
            if (!t.isWord() && !t.is(".")) {
                break;
            }
            if (t.is(".")) {
                continue; // "ca." and "ca" are one phrase
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t.folded());
            T meaning = phrases.get(key.toString());
            if (meaning != null) {
                best = new Match<>(from, to + 1, meaning);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest phrase that ends right before token {@code to} (a full stop after an abbreviation is skipped). */
    public Optional<Match<T>> endingBefore(List<Token> tokens, int to) {
        int end = to;
        if (end > 0 && tokens.get(end - 1).is(".")) {
            end--;
        }
        String key = "";
        Match<T> best = null;
        for (int from = end - 1, words = 0; from >= 0 && words < longest; from--) {
            Token t = tokens.get(from);
            if (!t.isWord()) {
                break;
            }
            key = key.isEmpty() ? t.folded() : t.folded() + " " + key;
            words++;
            T meaning = phrases.get(key);
            if (meaning != null) {
                best = new Match<>(from, to, meaning);
            }
        }
        return Optional.ofNullable(best);
    }
}
