package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NordicMarkersTest {

    private static final NordicMarkers MARKERS = NordicMarkers.load();

    @ParameterizedTest(name = "{0} -> da {1}, nb {2}, nn {3}")
    @CsvSource({
            "ikkje, 0, 0, 1", "ikke, 1, 1, 0",
            "eg, 0, 0, 1", "jeg, 1, 1, 0",
            "ho, 0, 0, 1", "hun, 1, 1, 0",
            "hvad, 1, 0, 0", "hva, 0, 1, 0", "kva, 0, 0, 1",
            "frå, 0, 0, 1", "fra, 1, 1, 0",
            "mig, 1, 0, 0", "meg, 0, 1, 1",
            "efter, 1, 0, 0", "etter, 0, 1, 1",
            "nu, 1, 0, 0", "nå, 0, 1, 0", "no, 0, 0, 1",
            "købe, 1, 0, 0", "kjøpe, 0, 1, 1",
            "gade, 1, 0, 0", "gate, 0, 1, 1",
            "huset, 0, 0, 0"})
    void wordFormsSupportTheNormsThatWriteThem(String word, int da, int nb, int nn) {
        double[] hits = new double[3];

        MARKERS.score(word, hits);

        assertThat(hits).containsExactly(da, nb, nn);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "situation, da", "situasjon, nb+nn",
            "snakkede, da", "tryghed, da", "muligheten, nb",
            "vanskelig, da+nb", "vanskeleg, nn",
            "bilane, nn", "kastar, nn", "politikk, nb+nn", "komande, nn", "spenningar, nn"})
    void endingsGiveHalfAWordsEvidence(String word, String languages) {
        double[] hits = new double[3];

        MARKERS.score(word, hits);

        assertThat(hits[NordicMarkers.DA]).isEqualTo(languages.contains("da") ? NordicMarkers.ENDING_WEIGHT : 0);
        assertThat(hits[NordicMarkers.NB]).isEqualTo(languages.contains("nb") ? NordicMarkers.ENDING_WEIGHT : 0);
        assertThat(hits[NordicMarkers.NN]).isEqualTo(languages.contains("nn") ? NordicMarkers.ENDING_WEIGHT : 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"kjøleskap, nb+nn", "støyende, nb+nn", "højskole, da", "vejret, da", "flott, nb+nn", "takk, nb+nn"})
    void spellingsOnlyOneSideUsesAreEvidence(String word, String languages) {
        double[] hits = new double[3];

        MARKERS.score(word, hits);

        assertThat(hits[NordicMarkers.DA] > 0).isEqualTo(languages.contains("da"));
        assertThat(hits[NordicMarkers.NB] > 0).isEqualTo(languages.contains("nb"));
        assertThat(hits[NordicMarkers.NN] > 0).isEqualTo(languages.contains("nn"));
    }

    @ParameterizedTest
    @CsvSource({"allerede", "moderne", "kommentar", "kontrast", "var"})
    void commonWordsThatOnlyLookLikeAnEndingAreNotEvidence(String word) {
        double[] hits = new double[3];

        MARKERS.score(word, hits);

        assertThat(hits).containsExactly(0, 0, 0);
    }

    @ParameterizedTest
    @CsvSource({"hetta, true", "ikki, true", "ikkje, false", "eg, false"})
    void faroeseWordsAreRecognised(String word, boolean faroese) {
        assertThat(MARKERS.isFaroese(word)).isEqualTo(faroese);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // written only by da, nb or nn
            "ikkje, true", "ikke, true", "jeg, true", "hvad, true", "kva, true", "frå, true", "fra, true",
            // also Swedish (mig, blev, efter, igen), German (ein), Icelandic and Faroese (og, veit, meg, eg)
            "mig, false", "blev, false", "efter, false", "igen, false", "ein, false", "og, false", "veit, false",
            "meg, false", "eg, false",
            // not a marker at all
            "huset, false"})
    void onlyFormsNoOutsiderWritesAreNordicOnly(String word, boolean nordicOnly) {
        assertThat(MARKERS.isNordicOnly(word)).isEqualTo(nordicOnly);
    }
}
