package dev.parallax.align.service.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parallax.align.TestLexicon;

/** Against the installed Apertium data and thesaurus (`./parallax test` installs them). */
class ApertiumLexiconTest {

    private final Lexicon lexicon = TestLexicon.get();

    @Test
    void wordsOfEveryNormMeetInTheirBokmaalLemma() {
        assertThat(lexicon.lookup("da", List.of("passagerer", "point")))
                .extractingFromEntries(e -> e.getValue().pivot()).containsExactlyInAnyOrder("passasjer", "poeng");
        assertThat(lexicon.lookup("nn", List.of("passasjerar")).get("passasjerar").pivot()).isEqualTo("passasjer");
        assertThat(lexicon.lookup("nb", List.of("passasjerer")).get("passasjerer").pivot()).isEqualTo("passasjer");
    }

    @Test
    void partsOfSpeechTellANounFromAVerb() {
        Map<String, WordInfo> words = lexicon.lookup("da", List.of("personer", "omkom"));
        assertThat(words.get("personer").canBe("n")).isTrue();
        assertThat(words.get("omkom").onlyVerb()).isTrue();
    }

    @Test
    void aDefiniteNounThatMayBeAVerbIsTheVerbAfterANumber() {
        Map<String, WordInfo> nb = lexicon.lookup("nb", List.of("rammet", "mennene", "personer"));
        assertThat(nb.get("rammet").verbAfterNumber()).as("'6,9 rammet': hit, not the frame").isTrue();
        assertThat(nb.get("mennene").verbAfterNumber()).as("'de tre mennene'").isFalse();
        assertThat(nb.get("personer").verbAfterNumber()).isFalse();
        assertThat(lexicon.lookup("nn", List.of("råka")).get("råka").verbAfterNumber()).isTrue();
    }

    @Test
    void aCompoundIsNamedByItsLastPart() {
        WordInfo compound = lexicon.lookup("nb", List.of("butikkapoteker")).get("butikkapoteker");
        assertThat(compound.parts()).containsExactly("butikk", "apotek");
        assertThat(compound.pivot()).isEqualTo("apotek");
    }

    @Test
    void theThesaurusKnowsSynonyms() {
        assertThat(lexicon.synonyms("menneske", "person")).isTrue();
        assertThat(lexicon.synonyms("menneske", "bil")).isFalse();
    }

    @Test
    void unknownWordsAndLanguagesAreAbsentNotGuessed() {
        assertThat(lexicon.lookup("da", List.of("xqzzy"))).isEmpty();
        assertThat(lexicon.lookup("en", List.of("passengers"))).isEmpty();
        assertThat(lexicon.lookup(null, List.of("passagerer"))).isEmpty();
    }

    @Test
    void missingDataMeansNoLexiconNotAFailure() {
        Lexicon none = ApertiumLexicon.start("lt-proc", Map.of("da", new ApertiumLexicon.NormFiles(Path.of("/nonexistent.bin"), null)),
                null, 10, Duration.ofSeconds(5));
        assertThat(none).isSameAs(Lexicon.NONE);
    }
}
