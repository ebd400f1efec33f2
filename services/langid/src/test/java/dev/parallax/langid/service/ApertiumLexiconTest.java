package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApertiumLexiconTest {

    static final Path DANISH = Path.of("/usr/share/apertium/apertium-dan-nor/dan-nob.automorf.bin");
    static final Path BOKMAAL = Path.of("/usr/share/apertium/apertium-dan-nor/nob-dan.automorf.bin");
    static final Path NYNORSK = Path.of("/usr/share/apertium/apertium-dan-nor/nno-dan.automorf.bin");

    private static NormLexicon lexicon;

    @BeforeAll
    static void start() {
        lexicon = ApertiumLexicon.start("lt-proc", DANISH, BOKMAAL, NYNORSK, 1000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (lexicon instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }


    @Test
    void aFormIsKnownByAReadingThatCanStandAlone() {
        assertThat(ApertiumLexicon.known("ikkje/ikkje<adv>/ikkje<n><nt><sp><cmp><compound-only-L>")).isTrue();
        assertThat(ApertiumLexicon.known("ikkje/*ikkje")).isFalse();
        // only the first part of compounds: not a word of its own
        assertThat(ApertiumLexicon.known("annet/annet<n><m><sg><ind><cmp><compound-only-L>")).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ikkje | 4", "kva | 4", "hvad | 1", "fremlagde | 1", "regeringen | 1", "jeg | 3", "ikke | 7",
            "xqzvyk | 0"})
    void knowsWhichNormsWriteAForm(String word, int norms) {
        assumeTrue(lexicon.available(), "Apertium is not installed here");

        assertThat(lexicon.norms(word)).isEqualTo(norms);
    }

    @Test
    void aDecompositionIntoListedWordsMakesACompoundNotANormsWord() {
        assertThat(ApertiumLexicon.analysis(
                "handlingsrom/handling<n><m><sg><ind><cmp>+rom<n><nt><sg><ind>")).isEqualTo(ApertiumLexicon.DECOMPOSED);
        // a tripled consonant shortened at the seam is still a decomposition, not a listed word
        assertThat(ApertiumLexicon.analysis(
                "vanlege/vann<n><nt><sg><ind><cmp><detriple>+lege<n><m><sg><ind>")).isEqualTo(ApertiumLexicon.DECOMPOSED);
        assertThat(ApertiumLexicon.analysis("hus/hus<n><nt><sg><ind>/hus<n><nt><sg><ind><cmp>+x<n>"))
                .isEqualTo(ApertiumLexicon.LISTED);
    }

    @Test
    void aFormIsABokmaalSideFormOnlyWhenEveryReadingIsOne() {
        // weak past and participle in -a beside -et, neuter definite plural in -a beside -ene
        assertThat(ApertiumLexicon.analysis("kasta/kaste<vblex><pp>/kaste<vblex><pret>/kast<n><nt><pl><def>"
                + "/kaste<adj><pp><pl>")).isEqualTo(ApertiumLexicon.LISTED | ApertiumLexicon.SIDE_FORM);
        // "the sun" is a main form: sola is no side form although it is also the past of sole
        assertThat(ApertiumLexicon.analysis("sola/sole<vblex><pret>/sol<n><f><sg><def>")).isEqualTo(ApertiumLexicon.LISTED);
        // feminine -ing nouns: Bokmål writes regjeringen; other feminine nouns are common with -a in Bokmål
        assertThat(ApertiumLexicon.analysis("regjeringa/regjering<n><f><sg><def>"))
                .isEqualTo(ApertiumLexicon.LISTED | ApertiumLexicon.SIDE_FORM);
        assertThat(ApertiumLexicon.analysis("jenta/jente<n><f><sg><def>")).isEqualTo(ApertiumLexicon.LISTED);
        // blei beside ble
        assertThat(ApertiumLexicon.analysis("blei/bli<vblex><pret>")).isEqualTo(ApertiumLexicon.LISTED | ApertiumLexicon.SIDE_FORM);
        assertThat(ApertiumLexicon.analysis("ble/bli<vblex><pret>")).isEqualTo(ApertiumLexicon.LISTED);
        // strong and irregular pasts in -a are Bokmål's main forms
        assertThat(ApertiumLexicon.analysis("sa/si<vblex><pret>")).isEqualTo(ApertiumLexicon.LISTED);
        assertThat(ApertiumLexicon.analysis("la/legge<vblex><pret>")).isEqualTo(ApertiumLexicon.LISTED);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // no dictionary lists it, every analyser can build it: Nordic, but no norm's in particular
            "handlingsrom | 8",
            // Bokmål side form (flag 16), known to nb (2) and nn (4)
            "kasta | 22", "husa | 22", "regjeringa | 22", "blei | 22",
            "sola | 6",
            // the main form: Danish (1) and Bokmål (2), no side form
            "klatret | 3"})
    void theEntrySaysCompoundAndSideForm(String word, int entry) {
        assumeTrue(lexicon.available(), "Apertium is not installed here");

        assertThat(lexicon.entry(word)).isEqualTo(entry);
        assertThat(lexicon.norms(word)).isEqualTo(entry & NormLexicon.ALL);
    }

    @Test
    void looksUpABatchTogetherAndAnswersFromTheCache() {
        assumeTrue(lexicon.available(), "Apertium is not installed here");
        List<String> words = List.of("regjeringa", "regjeringen", "regeringen", "eit", "forslag");

        lexicon.prefetch(words);

        assertThat(lexicon.norms("regjeringa") & NormLexicon.NN).isNotZero();
        assertThat(lexicon.norms("regeringen")).isEqualTo(NormLexicon.DA);
        assertThat(lexicon.norms("eit")).isEqualTo(NormLexicon.NN);
        assertThat(lexicon.status()).contains("words cached");
    }

    @Test
    void withoutApertiumTheLexiconIsUnavailableAndSaysWhy() {
        NormLexicon missing = ApertiumLexicon.start("lt-proc", Path.of("/nonexistent/dan.automorf.bin"), BOKMAAL,
                NYNORSK, 10);

        assertThat(missing.available()).isFalse();
        assertThat(missing.norms("ikkje")).isZero();
        assertThat(missing.status()).contains("unavailable").contains("degraded");
    }

    @Test
    void withoutLtProcTheLexiconIsUnavailable() {
        assumeTrue(Files.exists(DANISH));
        NormLexicon missing = ApertiumLexicon.start("/nonexistent/lt-proc", DANISH, BOKMAAL, NYNORSK, 10);

        assertThat(missing.available()).isFalse();
    }
}
