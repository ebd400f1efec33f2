package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The compact table (keys and rows packed in one long, log-probabilities as thousandths of a nat) must
 * score exactly what Lingua's model files say, up to the rounding: checked against a plain reference
 * implementation that reads the same files into hash maps.
 */
class NgramModelTest {

    private static final List<String> LANGUAGES = List.of("da", "nb", "nn");
    private static final int ORDER = 3;
    private static NgramModel model;
    private static List<Map<String, Double>> reference;

    @BeforeAll
    static void load() throws IOException {
        model = NgramModel.fromLingua(LANGUAGES, ORDER);
        reference = new ArrayList<>();
        String[] names = {"unigrams", "bigrams", "trigrams"};
        for (String language : LANGUAGES) {
            Map<String, Double> logP = new HashMap<>();
            for (String name : names) {
                try (InputStream in = NgramModel.class.getResourceAsStream("/language-models/" + language + "/" + name + ".json")) {
                    JsonNode ngrams = new ObjectMapper().readTree(in).get("ngrams");
                    for (Iterator<Map.Entry<String, JsonNode>> it = ngrams.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        String[] fraction = entry.getKey().split("/");
                        double p = Double.parseDouble(fraction[0]) / Double.parseDouble(fraction[1]);
                        for (String ngram : entry.getValue().asText().split(" ")) {
                            logP.put(ngram, Math.log(p));
                        }
                    }
                }
            }
            reference.add(logP);
        }
    }

    /** The documented chain: longest known context first, ln 0.4 per dropped letter, ln 1e-6 if none. */
    private static double referenceScore(String word, Map<String, Double> logP) {
        double total = 0;
        for (int i = 0; i < word.length(); i++) {
            double penalty = 0;
            Double value = null;
            for (int start = Math.max(0, i - ORDER + 1); start <= i && value == null; start++) {
                value = logP.get(word.substring(start, i + 1));
                if (value == null) {
                    penalty += Math.log(0.4);
                }
            }
            total += value == null ? Math.log(1e-6) : value + penalty;
        }
        return total;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ikkje", "ikke", "hvad", "kjøpe", "købe", "vart", "forsøgte", "xqzj", "åøæ"})
    void scoresEachLanguageAsTheModelFilesSayUpToRounding(String word) {
        double[] scores = new double[LANGUAGES.size()];
        int letters = model.score(word, scores);
        assertThat(letters).isEqualTo(word.length());
        for (int l = 0; l < LANGUAGES.size(); l++) {
            // each letter is rounded to a thousandth of a nat at most once
            assertThat(scores[l]).as(LANGUAGES.get(l) + " " + word)
                    .isCloseTo(referenceScore(word, reference.get(l)), within(0.0005 * word.length() + 1e-4));
        }
    }

    @Test
    void aWordOfOneNormScoresHigherInItsOwnModel() {
        double[] ikkje = new double[3];
        double[] hvad = new double[3];
        model.score("ikkje", ikkje);
        model.score("hvad", hvad);
        assertThat(ikkje[2]).isGreaterThan(ikkje[0]);
        assertThat(ikkje[2]).isGreaterThan(ikkje[1]);
        assertThat(hvad[0]).isGreaterThan(hvad[1]);
        assertThat(hvad[0]).isGreaterThan(hvad[2]);
    }

    @Test
    void lettersNoModelKnowsAreSkipped() {
        double[] scores = new double[3];
        assertThat(model.score("日本", scores)).isZero();
        assertThat(scores).containsOnly(0.0);
    }
}
