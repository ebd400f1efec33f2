package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The benchmark's baseline engine: plain Lingua over da, nb, nn with real probabilities. */
class LinguaClassifierTest {

    @Test
    void plainLinguaAnswersWithProbabilitiesOverItsLanguages() {
        LinguaClassifier lingua = new LinguaClassifier(List.of("da", "nb", "nn"), new RelativeConfidence(0.5, 0.001));
        String text = "Eg veit ikkje kva ho meiner om det, men eg skal spørje henne i morgon.";

        Map<String, Double> scores = lingua.scores(text, LetterCount.count(text));

        assertThat(lingua.codes()).containsExactly("da", "nb", "nn");
        assertThat(scores.keySet()).containsExactly("da", "nb", "nn");
        assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(scores.get("nn")).isGreaterThan(scores.get("nb")).isGreaterThan(0.5);
    }
}
