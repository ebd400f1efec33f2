package dev.parallax.langid.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How often Danish, Bokmål and Nynorsk write each word, from a parallel corpus: the same software messages
 * (LibreOffice, Firefox, Thunderbird) translated into all three norms, so the counts differ by norm only,
 * not by topic. The table {@code langid/norm-words.tsv} is derived by {@code services/langid/tools/norm_tables.py}
 * from Debian's translation packages (MPL-2.0; only counts are shipped).
 * <p>
 * This is the evidence for words that two or three norms share, where the lexicon and the markers are silent:
 * {@code blir} is Bokmål's usual form and Nynorsk's rarer one ({@code vert}), {@code den} and {@code som} are
 * written at different rates. {@link #deficits} gives, per word, each norm's log-probability below the best
 * norm's.
 */
public final class NormWordCounts {

    /**
     * Add-α smoothing of the counts: a word one norm never writes still gets a finite deficit, and a rare
     * word's ratio shrinks toward 1 (3 against 0 occurrences is ln(5/2) = 0.9 nats, not ln 7). α = 2 and 5
     * did the same on the tuning half of the development data; 0.5 left more noise from rare words.
     */
    static final double ALPHA = 2.0;

    private final Map<String, float[]> logProbabilities;

    private NormWordCounts(Map<String, float[]> logProbabilities) {
        this.logProbabilities = logProbabilities;
    }

    /** No counts: every word is unknown. */
    public static final NormWordCounts NONE = new NormWordCounts(Map.of());

    public static NormWordCounts load() {
        try (InputStream in = NormWordCounts.class.getResourceAsStream("/langid/norm-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("langid/norm-words.tsv is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NormWordCounts read(BufferedReader reader) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        long[] totals = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("#total\t")) {
                String[] parts = line.split("\t");
                totals = new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])};
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 4) {
                throw new IllegalStateException("norm-words.tsv: expected word and three counts: " + line);
            }
            counts.put(parts[0], new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3])});
        }
        if (totals == null) {
            throw new IllegalStateException("norm-words.tsv has no #total line");
        }
        int vocabulary = counts.size();
        Map<String, float[]> logProbabilities = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            float[] logs = new float[3];
            for (int n = 0; n < 3; n++) {
                logs[n] = (float) Math.log((entry.getValue()[n] + ALPHA) / (totals[n] + ALPHA * vocabulary));
            }
            logProbabilities.put(entry.getKey(), logs);
        }
        return new NormWordCounts(logProbabilities);
    }

    /** Number of words in the table. */
    public int size() {
        return logProbabilities.size();
    }

    /**
     * Adds to {@code into} (da, nb, nn) each norm's log-probability of {@code word} below the best norm's,
     * at most {@code cap} nats, times {@code weight}.
     *
     * @return false when the table does not have the word (nothing is added)
     */
    public boolean deficits(String word, double weight, double cap, double[] into) {
        float[] logs = logProbabilities.get(word);
        if (logs == null) {
            return false;
        }
        double best = Math.max(logs[0], Math.max(logs[1], logs[2]));
        for (int n = 0; n < 3; n++) {
            into[n] += weight * Math.max(logs[n] - best, -cap);
        }
        return true;
    }
}
