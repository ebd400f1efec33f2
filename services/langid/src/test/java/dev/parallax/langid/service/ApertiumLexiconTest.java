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
    void readsTheUnitsOfAnAnswer() {
        assertThat(ApertiumLexicon.units("^ikkje/ikkje<adv>$\n^hus/*hus$\n")).containsExactly("ikkje/ikkje<adv>", "hus/*hus");
        assertThat(ApertiumLexicon.units("^a\\$b/*a\\$b$")).containsExactly("a\\$b/*a\\$b");
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
