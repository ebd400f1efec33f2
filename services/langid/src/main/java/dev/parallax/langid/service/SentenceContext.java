package dev.parallax.langid.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the sentences of one text together: a sentence's language is most likely its neighbours'. A text
 * changes language only where it quotes another source, so a short sentence that Bokmål and Nynorsk both
 * write ("Det er bra.") takes the language of the article around it, while a quoted sentence with its own
 * evidence (ikkje, eg, frå) keeps its language.
 * <p>
 * The sentences are the observations of a hidden Markov chain over the languages: each sentence's scores
 * (probabilities under a uniform prior, so proportional to its likelihood per language) are the emissions.
 * From one sentence to the next the language stays with probability {@code 1 - switchProbability}, and
 * otherwise is drawn afresh: half as the whole text's scores say, half uniformly. The first sentence is drawn
 * the same way. Forward-backward gives each sentence's probabilities given the whole text. Sentences without
 * letters ({@code und}) carry no evidence and keep their answer.
 */
public final class SentenceContext {

    private final double switchProbability;
    /**
     * Where a switch leads: this share as the whole text's scores say (a quote usually ends back in the
     * article's language), the rest to any language alike (so that a quote in a third language can begin).
     */
    static final double DOCUMENT_WEIGHT = 0.5;

    /**
     * @param switchProbability chance that the next sentence's language is drawn afresh, in (0, 1). At 0.5 a
     *                          neighbour's language is about 2 nats likelier than another (of nine), so only a
     *                          sentence with less evidence of its own than that takes its neighbours' language.
     */
    public SentenceContext(double switchProbability) {
        if (!(switchProbability > 0 && switchProbability < 1)) {
            throw new IllegalArgumentException("switchProbability must lie in (0, 1): " + switchProbability);
        }
        this.switchProbability = switchProbability;
    }

    /** Each sentence's detection given its neighbours, in the same order. */
    public List<Detection> apply(List<Detection> sentences) {
        return apply(sentences, null);
    }

    /**
     * Each sentence's detection given its neighbours and the whole text ({@code document}: the text's
     * scores, or null), in the same order.
     */
    public List<Detection> apply(List<Detection> sentences, Map<String, Double> document) {
        int n = sentences.size();
        if (n < 2) {
            return sentences;
        }
        List<String> codes = List.copyOf(sentences.get(0).scores().keySet());
        int k = codes.size();
        double[][] emissions = new double[n][k];
        for (int t = 0; t < n; t++) {
            Detection sentence = sentences.get(t);
            for (int l = 0; l < k; l++) {
                emissions[t][l] = Detection.UNDETERMINED.equals(sentence.language())
                        ? 1.0
                        : sentence.scores().getOrDefault(codes.get(l), 0.0);
            }
        }
        double[] target = new double[k];
        for (int l = 0; l < k; l++) {
            target[l] = (1 - DOCUMENT_WEIGHT) / k
                    + (document == null ? DOCUMENT_WEIGHT / k : DOCUMENT_WEIGHT * document.getOrDefault(codes.get(l), 0.0));
        }
        normalise(target);
        double stay = 1 - switchProbability;
        double[][] forward = new double[n][k];
        for (int l = 0; l < k; l++) {
            forward[0][l] = emissions[0][l] * target[l];
        }
        normalise(forward[0]);
        for (int t = 1; t < n; t++) {
            for (int l = 0; l < k; l++) {
                forward[t][l] = emissions[t][l] * (stay * forward[t - 1][l] + switchProbability * target[l]);
            }
            normalise(forward[t]);
        }
        double[][] backward = new double[n][k];
        Arrays.fill(backward[n - 1], 1.0);
        for (int t = n - 2; t >= 0; t--) {
            double switched = 0;
            for (int m = 0; m < k; m++) {
                switched += target[m] * emissions[t + 1][m] * backward[t + 1][m];
            }
            for (int l = 0; l < k; l++) {
                backward[t][l] = stay * emissions[t + 1][l] * backward[t + 1][l] + switchProbability * switched;
            }
            normalise(backward[t]);
        }
        List<Detection> smoothed = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            Detection sentence = sentences.get(t);
            if (Detection.UNDETERMINED.equals(sentence.language())) {
                smoothed.add(sentence);
                continue;
            }
            double[] posterior = new double[k];
            for (int l = 0; l < k; l++) {
                posterior[l] = forward[t][l] * backward[t][l];
            }
            normalise(posterior);
            Map<String, Double> scores = new LinkedHashMap<>();
            int best = 0;
            for (int l = 0; l < k; l++) {
                scores.put(codes.get(l), posterior[l]);
                if (posterior[l] > posterior[best]) {
                    best = l;
                }
            }
            smoothed.add(new Detection(codes.get(best), posterior[best], scores));
        }
        return smoothed;
    }

    private static void normalise(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        if (sum <= 0) {
            Arrays.fill(values, 1.0 / values.length);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= sum;
        }
    }
}
