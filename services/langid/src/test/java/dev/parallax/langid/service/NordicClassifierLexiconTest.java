package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NordicClassifierLexiconTest {

    private static NgramModel ngrams;
    private static NordicMarkers markers;
    private static NormLexicon apertium;
    private static NordicClassifier withApertium;

    @BeforeAll
    static void load() {
        ngrams = NgramModel.fromLingua(NordicClassifier.NGRAM_LANGUAGES, 5);
        markers = NordicMarkers.load();
        apertium = ApertiumLexicon.start("lt-proc", ApertiumLexiconTest.DANISH, ApertiumLexiconTest.BOKMAAL,
                ApertiumLexiconTest.NYNORSK, 10_000);
        withApertium = new NordicClassifier(ngrams, markers, NordicClassifier.TEMPERATURE,
                NordicClassifier.MARKER_WEIGHT, apertium, NordicClassifier.LEXICON_WEIGHT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (apertium instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "nn | Regjeringa la fram eit forslag",
            "nb | Regjeringen la frem et forslag",
            "da | Regeringen fremlagde et forslag",
            "nn | Kommunen vedtok å byggje ein ny skule i bygda",
            "nb | Kommunen vedtok å bygge en ny skole i bygda",
            "da | Kommunen vedtog at bygge en ny skole i landsbyen",
            "sv | Regeringen lade fram ett förslag om skatten",
            "en | The government put forward a proposal"})
    void tellsTheNormsApartWithTheLexicon(String language, String text) {
        assumeTrue(apertium.available(), "Apertium is not installed here");
        withApertium.prepare(List.of(text));

        Map<String, Double> scores = withApertium.scores(text, LetterCount.count(text));

        assertThat(best(scores)).isEqualTo(language);
        assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aWordKnownToOneNormMovesProbabilityToIt() {
        String text = "Vi ser på saka";
        NordicClassifier without = classifier(NormLexicon.NONE);
        NordicClassifier nynorskOnly = classifier(fixed(Map.of("saka", NormLexicon.NN)));

        assertThat(nynorskOnly.scores(text, 11).get("nn")).isGreaterThan(without.scores(text, 11).get("nn"));
    }

    @Test
    void wordsKnownToAllNormsOrToNoneAreNoEvidence() {
        String text = "Vi ser på saka";
        NordicClassifier without = classifier(NormLexicon.NONE);
        NordicClassifier sharedOrUnknown = classifier(fixed(Map.of("vi", NormLexicon.ALL, "ser", NormLexicon.ALL)));

        assertThat(sharedOrUnknown.scores(text, 11)).isEqualTo(without.scores(text, 11));
    }

    @Test
    void theLexiconNeverTurnsAnOutsiderIntoANorm() {
        String text = "Jag vet inte vad hon menar om det, men vi får se efter mötet.";
        // even if every word were (wrongly) Danish-only, the vote is relative among da, nb and nn
        NordicClassifier allDanish = classifier(fixed(null));

        assertThat(best(allDanish.scores(text, LetterCount.count(text)))).isEqualTo("sv");
    }

    private static NordicClassifier classifier(NormLexicon lexicon) {
        return new NordicClassifier(ngrams, markers, NordicClassifier.TEMPERATURE,
                NordicClassifier.MARKER_WEIGHT, lexicon, NordicClassifier.LEXICON_WEIGHT);
    }

    /** A lexicon with the given answers; {@code null}: every word Danish only. */
    private static NormLexicon fixed(Map<String, Integer> norms) {
        return new NormLexicon() {
            @Override
            public int norms(String word) {
                return norms == null ? NormLexicon.DA : norms.getOrDefault(word, 0);
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String status() {
                return "fixed";
            }
        };
    }

    private static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
