package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormWordCountsTest {

    private static NormWordCounts counts;
    private static NgramModel ngrams;
    private static NordicMarkers markers;
    private static NordicClassifier withCounts;
    private static NordicClassifier without;

    @BeforeAll
    static void load() {
        counts = NormWordCounts.load();
        ngrams = NgramModel.fromLingua(NordicClassifier.NGRAM_LANGUAGES, 5);
        markers = NordicMarkers.load();
        withCounts = classifier(counts, NordicClassifier.WordCountEvidence.STANDARD);
        without = classifier(NormWordCounts.NONE, NordicClassifier.WordCountEvidence.OFF);
    }

    private static NordicClassifier classifier(NormWordCounts table, NordicClassifier.WordCountEvidence evidence) {
        return new NordicClassifier(ngrams, markers, NordicClassifier.TEMPERATURE, NordicClassifier.MARKER_WEIGHT,
                NormLexicon.NONE, 0, table, evidence);
    }

    @Test
    void theShippedTableHasTheCommonWordsOfAllThreeNorms() {
        assertThat(counts.size()).isGreaterThan(10_000);
        for (String word : List.of("og", "ikkje", "ikke", "vert", "blir", "dokumentet")) {
            assertThat(counts.deficits(word, 1, 3, new double[3])).as(word).isTrue();
        }
        assertThat(counts.deficits("xqzv", 1, 3, new double[3])).isFalse();
    }

    @Test
    void aWordAllThreeWriteAtTheSameRateIsNoEvidence() {
        double[] og = new double[3];
        counts.deficits("og", 1, 3, og);

        for (double deficit : og) {
            assertThat(deficit).isCloseTo(0, within(0.1));
        }
    }

    @Test
    void aSharedWordWrittenMoreOftenInOneNormLeansToIt() {
        // both Bokmål and Nynorsk write "blir"; Nynorsk writes "vert" too, so "blir" is commoner in Bokmål
        double[] blir = new double[3];
        counts.deficits("blir", 1, 3, blir);

        assertThat(blir[NordicMarkers.NB]).isEqualTo(0);
        assertThat(blir[NordicMarkers.NN]).isBetween(-2.0, -0.3);
        // Danish never writes it: the deficit stops at the cap
        assertThat(blir[NordicMarkers.DA]).isEqualTo(-3.0);
    }

    @Test
    void readsItsOwnFormatAndSmoothsRareWords() throws IOException {
        NormWordCounts small = NormWordCounts.read(new BufferedReader(new StringReader(
                "# a comment\n#total\t1000\t1000\t1000\nvert\t0\t0\t30\nrar\t0\t0\t3\n")));
        double[] vert = new double[3];
        double[] rar = new double[3];
        small.deficits("vert", 1, 10, vert);
        small.deficits("rar", 1, 10, rar);

        assertThat(vert[NordicMarkers.NN]).isEqualTo(0);
        assertThat(vert[NordicMarkers.NB]).isCloseTo(-Math.log(32.0 / 2.0), within(1e-6));
        // three occurrences against none are weak evidence: ln (5/2), not ln 7
        assertThat(rar[NordicMarkers.NB]).isCloseTo(-Math.log(5.0 / 2.0), within(1e-6));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "da | Vælg den fil, du vil åbne, og klik derefter på knappen.",
            "nb | Velg filen du vil åpne, og klikk deretter på knappen.",
            "nn | Vel fila du vil opne, og klikk deretter på knappen.",
            "nb | Dokumentet blir lagret i mappen din.",
            "nn | Dokumentet vert lagra i mappa di.",
            "da | Dokumentet bliver gemt i din mappe."})
    void tellsTheNormsApartWithTheCounts(String language, String text) {
        Map<String, Double> scores = withCounts.scores(text, LetterCount.count(text));

        assertThat(best(scores)).isEqualTo(language);
        assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theCountsMoveProbabilityAmongTheNormsNotFromTheOutsiders() {
        String text = "Dokumentet blir lagret i mappen din.";
        Map<String, Double> plain = without.scores(text, LetterCount.count(text));
        Map<String, Double> counted = withCounts.scores(text, LetterCount.count(text));

        assertThat(counted.get("nb") / counted.get("nn")).isGreaterThan(plain.get("nb") / plain.get("nn"));
        // relative to the best norm, like the markers: the best norm loses nothing to the outsiders
        assertThat(counted.get("nb")).isGreaterThanOrEqualTo(plain.get("nb"));
        String swedish = "Jag vet inte vad hon menar om det, men vi får se efter mötet.";
        assertThat(best(withCounts.scores(swedish, LetterCount.count(swedish)))).isEqualTo("sv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // valid Bokmål and valid Nynorsk, word for word
            "Det er bra.",
            "Vi kom tilbake i går.",
            "Alle var der."})
    void textValidInBokmaalAndNynorskGetsLowConfidenceAndCloseScores(String text) {
        Map<String, Double> scores = withCounts.scores(text, LetterCount.count(text));

        assertThat(scores.get(best(scores))).isLessThan(0.9);
        assertThat(Math.abs(Math.log(scores.get("nb") / scores.get("nn")))).isLessThan(Math.log(9));
    }

    private static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
