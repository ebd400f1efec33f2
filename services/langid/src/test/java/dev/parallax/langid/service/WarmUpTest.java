package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** Counts what the detector is asked, and answers Danish. */
    private static final class CountingClassifier implements Classifier {
        final List<String> prepared = new ArrayList<>();
        int scored;

        @Override
        public void prepare(Collection<String> texts) {
            prepared.addAll(texts);
        }

        @Override
        public List<String> codes() {
            return List.of("da", "nb", "nn");
        }

        @Override
        public Map<String, Double> scores(String text, int letters) {
            scored++;
            return Map.of("da", 0.8, "nb", 0.1, "nn", 0.1);
        }
    }

    @Test
    void theDetectorClassifiesTheHandWrittenTextsBeforeItIsReady() {
        CountingClassifier classifier = new CountingClassifier();

        int texts = LanguageDetectionService.warmUp(classifier);

        assertThat(texts).isEqualTo(LanguageDetectionService.WARM_UP_TEXTS);
        assertThat(classifier.scored).isEqualTo(texts);
        // the lexicon sees every warm-up text once, up front, as it sees a batch
        assertThat(classifier.prepared).hasSizeGreaterThan(15)
                .anyMatch(text -> text.contains("ikkje"))
                .anyMatch(text -> text.contains("ikke"))
                .noneMatch(text -> text.startsWith("#"));
    }
}
