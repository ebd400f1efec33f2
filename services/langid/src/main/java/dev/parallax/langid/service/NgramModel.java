package dev.parallax.langid.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lingua 1.2.2's character n-gram models (shipped in the Lingua jar, Apache 2.0), scored as a proper
 * back-off Markov chain instead of through Lingua's detector.
 * <p>
 * Lingua stores for every n-gram the relative frequency of its last letter after the n-1 before it, per
 * language. Lingua itself adds the log-probabilities of five separate chains (orders 1 to 5) and skips
 * n-grams a language lacks, so its totals are not comparable likelihoods. Here each letter is scored once,
 * per language, by the longest context (up to {@code maxOrder - 1} letters of the same word) that
 * language knows, paying a fixed back-off penalty per shortened context, and an unseen letter costs a
 * floor probability. The result is a log-likelihood per language in nats, which softmax turns into
 * probabilities.
 * <p>
 * All languages share one open-addressing hash table keyed by the n-gram (8 bits per letter), whose
 * entry points to a row of log-probabilities, one per language: one lookup serves every language.
 */
public final class NgramModel {

    /**
     * Log-probabilities are kept as shorts in thousandths of a nat: half the heap of floats (the table is
     * most of the service's heap), and an error of at most 0.0005 nats per letter, far below what
     * separates the languages.
     */
    private static final float SCALE = 1000f;
    private static final short MISSING = Short.MIN_VALUE;
    private static final int MIN_STORED = -Short.MAX_VALUE;
    /**
     * A slot of the hash table holds the n-gram's key (at most 5 letters of 8 bits: 40 bits) and its row
     * (21 bits) in one long, which saves a parallel array of rows (8 MB).
     */
    private static final int ROW_BITS = 21;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;
    /** ln(0.4): the "stupid back-off" discount per context letter dropped. */
    private static final float BACKOFF = (float) Math.log(0.4);
    /** A letter the language never showed, even as a unigram. */
    private static final float UNSEEN = (float) Math.log(1e-6);

    private final List<String> languages;
    private final int maxOrder;
    private final byte[] letterCodes = new byte[Character.MAX_VALUE + 1];
    /** Open addressing: {@code key << ROW_BITS | row}, 0 for an empty slot (no key is 0). */
    private long[] slots;
    private short[] logProbabilities;
    /** N-grams in the table: each has its slot and its row. */
    private int rowCount;

    private NgramModel(List<String> languages, int maxOrder) {
        this.languages = List.copyOf(languages);
        this.maxOrder = maxOrder;
    }

    /**
     * Reads the models of {@code languages} (ISO 639-1 codes) from the Lingua jar on the class path.
     *
     * @param maxOrder longest n-gram used, 1 to 5; 5 uses Lingua's full models
     */
    public static NgramModel fromLingua(List<String> languages, int maxOrder) {
        if (maxOrder < 1 || maxOrder > 5) {
            throw new IllegalArgumentException("maxOrder must be 1 to 5");
        }
        NgramModel model = new NgramModel(languages, maxOrder);
        // sized for da, nb, nn, sv, en, is, de (1.36 million n-grams up to order 5) so that loading never
        // copies the big arrays: a copy would need both halves on the heap at once
        model.allocate(maxOrder >= 5 ? 1 << 21 : 1 << 19, maxOrder >= 5 ? 1_400_000 : 320_000);
        ObjectMapper json = new ObjectMapper();
        String[] names = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
        for (int order = 1; order <= maxOrder; order++) {
            for (int l = 0; l < languages.size(); l++) {
                String path = "/language-models/" + languages.get(l) + "/" + names[order - 1] + ".json";
                try (InputStream in = NgramModel.class.getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException("No Lingua model " + path + " on the class path");
                    }
                    model.add(l, json.getFactory().createParser(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read Lingua model " + path, e);
                }
            }
        }
        if (model.logProbabilities.length > model.rowCount * languages.size() * 11L / 10) {
            model.logProbabilities = Arrays.copyOf(model.logProbabilities, model.rowCount * languages.size());
        }
        return model;
    }

    public List<String> languages() {
        return languages;
    }

    /**
     * Adds, per language, the log-likelihood of the letters of {@code word} (lower case, letters only).
     *
     * @return the number of letters scored
     */
    public int score(CharSequence word, double[] logLikelihoods) {
        int n = languages.size();
        int scored = 0;
        long[] contextKeys = new long[maxOrder];
        int[] rowsFound = new int[maxOrder];
        for (int i = 0; i < word.length(); i++) {
            int code = letterCodes[word.charAt(i)] & 0xFF;
            if (code == 0) {
                continue; // a letter no model knows says nothing about which of them it is
            }
            scored++;
            int from = Math.max(0, i - maxOrder + 1);
            // keys of the n-grams ending at i, longest first: word[from..i], word[from+1..i], ..., word[i]
            int count = 0;
            for (int start = from; start <= i; start++) {
                long key = 0;
                boolean known = true;
                for (int j = start; j <= i; j++) {
                    int c = letterCodes[word.charAt(j)] & 0xFF;
                    if (c == 0) {
                        known = false;
                        break;
                    }
                    key = key << 8 | c;
                }
                if (known) {
                    contextKeys[count++] = key;
                }
            }
            for (int k = 0; k < count; k++) {
                rowsFound[k] = find(contextKeys[k]);
            }
            for (int l = 0; l < n; l++) {
                logLikelihoods[l] += backoff(rowsFound, 0, count, l, n);
            }
        }
        return scored;
    }

    /** Log-probability of the letter after the context rowsFound[from] (longest first), backing off to shorter ones. */
    private float backoff(int[] rowsFound, int from, int count, int language, int n) {
        float penalty = 0;
        for (int k = from; k < count; k++) {
            int row = rowsFound[k];
            short value = row < 0 ? MISSING : logProbabilities[row * n + language];
            if (value != MISSING) {
                return value / SCALE + penalty;
            }
            penalty += BACKOFF;
        }
        return UNSEEN;
    }

    private void allocate(int capacity, int expectedRows) {
        slots = new long[capacity];
        logProbabilities = new short[expectedRows * languages.size()];
        Arrays.fill(logProbabilities, MISSING);
    }

    /** Streams {"language": ..., "ngrams": {"count/total": "ngram ngram ...", ...}} without building a tree. */
    private void add(int language, JsonParser parser) throws IOException {
        while (parser.nextToken() != null) {
            if (parser.currentToken() == JsonToken.FIELD_NAME && "ngrams".equals(parser.currentName())) {
                break;
            }
        }
        parser.nextToken(); // START_OBJECT
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String fraction = parser.currentName();
            parser.nextToken();
            String ngramList = parser.getText();
            int slash = fraction.indexOf('/');
            double p = Double.parseDouble(fraction.substring(0, slash)) / Double.parseDouble(fraction.substring(slash + 1));
            short logP = (short) Math.max(MIN_STORED, Math.round(Math.log(p) * SCALE));
            int start = 0;
            for (int i = 0; i <= ngramList.length(); i++) {
                if (i == ngramList.length() || ngramList.charAt(i) == ' ') {
                    long key = encode(ngramList, start, i);
                    if (key != 0) {
                        int row = rowFor(key); // may grow the array: index it only afterwards
                        logProbabilities[row * languages.size() + language] = logP;
                    }
                    start = i + 1;
                }
            }
        }
    }

    private long encode(String ngram, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = ngram.charAt(i);
            int code = letterCodes[c] & 0xFF;
            if (code == 0) {
                int next = nextLetterCode++;
                if (next > 255) {
                    return 0; // alphabet full: only exotic letters of outsider models land here
                }
                letterCodes[c] = (byte) next;
                code = next;
            }
            key = key << 8 | code;
        }
        return key;
    }

    private int nextLetterCode = 1;

    private int rowFor(long key) {
        int slot = probe(key);
        if (slots[slot] != 0) {
            return (int) (slots[slot] & ROW_MASK);
        }
        if (rowCount * 10L > slots.length * 7L) {
            grow();
            return rowFor(key);
        }
        if (rowCount > ROW_MASK) {
            throw new IllegalStateException("More than " + ROW_MASK + " n-grams: too many languages or orders");
        }
        int row = rowCount++;
        slots[slot] = key << ROW_BITS | row;
        int n = languages.size();
        if ((long) rowCount * n > logProbabilities.length) {
            int old = logProbabilities.length;
            logProbabilities = Arrays.copyOf(logProbabilities, old + old / 4);
            Arrays.fill(logProbabilities, old, logProbabilities.length, MISSING);
        }
        return row;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = slot(entry >>> ROW_BITS, mask);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    private int find(long key) {
        long entry = slots[probe(key)];
        return entry == 0 ? -1 : (int) (entry & ROW_MASK);
    }

    /** The slot that holds {@code key}, or the empty slot where it would go. */
    private int probe(long key) {
        int mask = slots.length - 1;
        int slot = slot(key, mask);
        long entry;
        while ((entry = slots[slot]) != 0 && entry >>> ROW_BITS != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
