package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collection;
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
            "nn | Dei kasta ballen og sparka han over gjerdet",
            "nn | Politiet har etterforska saka i fleire veker",
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
        NordicClassifier shared = classifier(fixed(Map.of("saka", NormLexicon.ALL)));
        NordicClassifier nynorskOnly = classifier(fixed(Map.of("saka", NormLexicon.NN)));

        assertThat(nynorskOnly.scores(text, 11).get("nn")).isGreaterThan(shared.scores(text, 11).get("nn"));
    }

    @Test
    void wordsKnownToAllNormsOrToNoneAreNoEvidenceAmongTheNorms() {
        String text = "Vi ser på saka";
        Map<String, Double> without = classifier(NormLexicon.NONE).scores(text, 11);
        Map<String, Double> sharedOrUnknown = classifier(fixed(Map.of("vi", NormLexicon.ALL, "ser", NormLexicon.ALL)))
                .scores(text, 11);

        // the known and unknown words move da, nb and nn together against the outsiders, not among themselves
        assertThat(sharedOrUnknown.get("nb") / sharedOrUnknown.get("nn")).isCloseTo(without.get("nb") / without.get("nn"),
                within(0.02));
        assertThat(sharedOrUnknown.get("da") / sharedOrUnknown.get("nb")).isCloseTo(without.get("da") / without.get("nb"),
                within(0.02));
    }

    @Test
    void wordsTheLexiconKnowsFavourTheNormsOverTheOutsiders() {
        // "namn" looks Swedish to the n-grams, and no word here is one that only the norms write (as ikkje
        // is); a lexicon that knows every word of the text, even as shared by all norms, says it is Nordic
        String text = "Namnet var kjent";
        Map<String, Double> allUnknown = classifier(fixed(Map.of())).scores(text, 14);
        Map<String, Double> allKnown = classifier(fixed(Map.of("namnet", NormLexicon.ALL, "var", NormLexicon.ALL,
                "kjent", NormLexicon.ALL))).scores(text, 14);

        assertThat(nordic(allKnown)).isGreaterThan(nordic(allUnknown) + 0.2);
    }

    @Test
    void aCompoundNoNormListsStillCountsAsANordicWord() {
        String text = "Havnebassenget";
        Map<String, Double> unknown = classifier(fixed(Map.of())).scores(text, 14);
        Map<String, Double> compound = classifier(fixed(Map.of("havnebassenget", NormLexicon.COMPOUND))).scores(text, 14);

        assertThat(nordic(compound)).isGreaterThan(nordic(unknown));
        // but it says nothing about which norm
        assertThat(compound.get("nb") / compound.get("nn")).isCloseTo(unknown.get("nb") / unknown.get("nn"), within(0.02));
    }

    @Test
    void aBokmaalSideFormMovesProbabilityFromBokmaalToNynorsk() {
        String text = "Dei kasta ballen";
        int nbAndNn = NormLexicon.NB | NormLexicon.NN;
        Map<String, Double> plain = classifier(fixed(Map.of("kasta", nbAndNn))).scores(text, 14);
        Map<String, Double> sideForm = classifier(fixed(Map.of("kasta", nbAndNn | NormLexicon.BOKMAAL_SIDE_FORM)))
                .scores(text, 14);

        assertThat(sideForm.get("nn") / sideForm.get("nb")).isGreaterThan(4 * plain.get("nn") / plain.get("nb"));
        // moved among the norms, not from the outsiders
        assertThat(nordic(sideForm)).isCloseTo(nordic(plain), within(0.01));
    }

    @Test
    void theLexiconNeverTurnsAnOutsiderIntoANorm() {
        String text = "Jag vet inte vad hon menar om det, men vi får se efter mötet.";
        // even if every word were (wrongly) Danish-only, the vote is relative among da, nb and nn
        NordicClassifier allDanish = classifier(fixed(null));

        assertThat(best(allDanish.scores(text, LetterCount.count(text)))).isEqualTo("sv");
    }

    @Test
    void namesAreNeitherLookedUpNorCounted() {
        String text = "Han møtte Kjetil Lindstad i Bergen.";
        List<String> prefetched = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        NormLexicon recording = new NormLexicon() {
            @Override
            public int norms(String word) {
                asked.add(word);
                return 0;
            }

            @Override
            public void prefetch(Collection<String> words) {
                prefetched.addAll(words);
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String status() {
                return "recording";
            }
        };
        NordicClassifier classifier = classifier(recording);

        classifier.prepare(List.of(text));
        classifier.scores(text, LetterCount.count(text));

        // "Han" opens the sentence: a word, not a name
        assertThat(prefetched).containsExactlyInAnyOrder("han", "møtte", "i");
        assertThat(asked).containsExactlyInAnyOrder("han", "møtte", "i");
        // so a name the lexicon would call Nynorsk-only moves nothing
        Map<String, Double> plain = classifier(fixed(Map.of())).scores(text, LetterCount.count(text));
        Map<String, Double> nynorskName = classifier(fixed(Map.of("kjetil", NormLexicon.NN, "bergen", NormLexicon.NN)))
                .scores(text, LetterCount.count(text));
        assertThat(nynorskName).isEqualTo(plain);
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

    private static double nordic(Map<String, Double> scores) {
        return scores.get("da") + scores.get("nb") + scores.get("nn");
    }

    private static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
