package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RelativeConfidenceTest {

    private static final List<String> LANGUAGES = List.of("da", "nb", "nn", "sv");
    private final RelativeConfidence conversion = new RelativeConfidence(0.5, 0.001);

    @Test
    void probabilitiesSumToOneAndKeepLinguasRanking() {
        Map<String, Double> p = conversion.probabilities(Map.of("da", 0.97, "nb", 1.0, "nn", 0.95, "sv", 0.90), LANGUAGES, 40);

        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(p.keySet()).containsExactlyElementsOf(LANGUAGES);
        assertThat(p.get("nb")).isGreaterThan(p.get("da"));
        assertThat(p.get("da")).isGreaterThan(p.get("nn"));
        assertThat(p.get("nn")).isGreaterThan(p.get("sv"));
    }

    @Test
    void theSameRelativeGapIsMoreDecisiveInALongerText() {
        Map<String, Double> relative = Map.of("da", 1.0, "nb", 0.98, "nn", 0.97, "sv", 0.9);

        double shortText = conversion.probabilities(relative, LANGUAGES, 10).get("da");
        double longText = conversion.probabilities(relative, LANGUAGES, 1000).get("da");

        assertThat(shortText).isLessThan(0.7);
        assertThat(longText).isGreaterThan(0.95).isLessThan(1.0);
    }

    @Test
    void equalValuesGiveEqualProbabilities() {
        Map<String, Double> p = conversion.probabilities(Map.of("da", 1.0, "nb", 1.0, "nn", 1.0, "sv", 1.0), LANGUAGES, 50);

        assertThat(p.values()).allSatisfy(v -> assertThat(v).isCloseTo(0.25, within(1e-9)));
    }

    @Test
    void languagesLinguaRuledOutKeepOnlyTheSmoothingShare() {
        Map<String, Double> p = conversion.probabilities(Map.of("nn", 1.0), LANGUAGES, 5);

        assertThat(p.get("da")).isCloseTo(0.001 / 4, within(1e-12));
        assertThat(p.get("nn")).isCloseTo(1 - 0.001 + 0.001 / 4, within(1e-12));
    }

    @Test
    void nothingScoredGivesAUniformAnswer() {
        Map<String, Double> p = conversion.probabilities(Map.of(), LANGUAGES, 0);

        assertThat(p.values()).allSatisfy(v -> assertThat(v).isCloseTo(0.25, within(1e-9)));
    }

    @Test
    void rejectsMeaninglessParameters() {
        assertThatThrownBy(() -> new RelativeConfidence(0, 0.001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelativeConfidence(0.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
