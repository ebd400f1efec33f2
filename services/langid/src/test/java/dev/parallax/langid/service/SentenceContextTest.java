package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SentenceContextTest {

    private static final List<String> CODES = List.of("da", "nb", "nn", "sv", "en", "is", "de", "fo");
    private final SentenceContext context = new SentenceContext(0.5);

    /** A sentence's scores: the named probabilities, the rest spread over the other codes. */
    private static Detection sentence(String language, double probability, String second, double secondProbability) {
        Map<String, Double> scores = new LinkedHashMap<>();
        double rest = (1 - probability - secondProbability) / (CODES.size() - 2);
        for (String code : CODES) {
            scores.put(code, code.equals(language) ? probability : code.equals(second) ? secondProbability : rest);
        }
        return new Detection(language, probability, scores);
    }

    private static Detection undetermined() {
        Map<String, Double> scores = new LinkedHashMap<>();
        CODES.forEach(code -> scores.put(code, 1.0 / CODES.size()));
        return new Detection(Detection.UNDETERMINED, 0.0, scores);
    }

    @Test
    void anUnsureSentenceTakesTheLanguageOfTheTextAroundIt() {
        List<Detection> read = context.apply(List.of(
                sentence("nn", 0.97, "nb", 0.02),
                sentence("nb", 0.55, "nn", 0.43), // "Det er bra." alone leans Bokmål
                sentence("nn", 0.96, "nb", 0.03)));

        assertThat(read).extracting(Detection::language).containsExactly("nn", "nn", "nn");
        assertThat(read.get(1).confidence()).isGreaterThan(0.8);
    }

    @Test
    void aQuoteWithEvidenceOfItsOwnKeepsItsLanguage() {
        // a Nynorsk quote inside a Bokmål report
        List<Detection> read = context.apply(List.of(
                sentence("nb", 0.95, "nn", 0.04),
                sentence("nn", 0.97, "nb", 0.02),
                sentence("nb", 0.96, "da", 0.03)),
                Map.of("nb", 0.9, "nn", 0.1));

        assertThat(read).extracting(Detection::language).containsExactly("nb", "nn", "nb");
        // less sure than alone: switching twice in three sentences is unlikely a priori
        assertThat(read.get(1).confidence()).isBetween(0.5, 0.97);
    }

    @Test
    void aClearQuoteStaysSure() {
        List<Detection> read = context.apply(List.of(
                sentence("da", 0.99, "nb", 0.005),
                sentence("nb", 0.999, "da", 0.0005), // «Vi har ikke sett noe lignende her før»
                sentence("da", 0.99, "nb", 0.005)),
                Map.of("da", 0.95, "nb", 0.05));

        assertThat(read).extracting(Detection::language).containsExactly("da", "nb", "da");
        assertThat(read.get(1).confidence()).isGreaterThan(0.9);
    }

    @Test
    void scoresStayProbabilitiesAndUndeterminedSentencesKeepTheirAnswer() {
        List<Detection> read = context.apply(List.of(
                sentence("da", 0.9, "nb", 0.08), undetermined(), sentence("da", 0.7, "nb", 0.25)));

        assertThat(read.get(1).language()).isEqualTo(Detection.UNDETERMINED);
        for (Detection detection : read) {
            assertThat(detection.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(detection.scores().keySet()).containsExactlyElementsOf(CODES);
        }
        assertThat(read.get(2).language()).isEqualTo("da");
        assertThat(read.get(2).confidence()).isGreaterThan(0.7);
    }

    @Test
    void withoutMemoryEachSentenceIsReadAlone() {
        // a switch probability of 1 would draw every sentence afresh: just under it, the answers are the
        // sentences' own, up to the document's pull on the first draw (none without a document)
        SentenceContext forgetful = new SentenceContext(0.999999);
        List<Detection> alone = List.of(sentence("da", 0.6, "nb", 0.3), sentence("nn", 0.5, "nb", 0.4),
                sentence("sv", 0.8, "da", 0.1));

        List<Detection> read = forgetful.apply(alone);

        for (int i = 0; i < alone.size(); i++) {
            assertThat(read.get(i).language()).isEqualTo(alone.get(i).language());
            for (String code : CODES) {
                assertThat(read.get(i).scores().get(code)).isCloseTo(alone.get(i).scores().get(code), within(1e-4));
            }
        }
    }

    @Test
    void oneSentenceIsItsOwnContext() {
        List<Detection> one = List.of(sentence("nb", 0.6, "nn", 0.35));
        assertThat(context.apply(one, Map.of("nn", 1.0))).isEqualTo(one);
    }

    @Test
    void rejectsASwitchProbabilityOutsideTheOpenInterval() {
        assertThatThrownBy(() -> new SentenceContext(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentenceContext(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
