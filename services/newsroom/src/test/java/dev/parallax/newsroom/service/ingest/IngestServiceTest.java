package dev.parallax.newsroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.parallax.support.problem.ProblemException;

class IngestServiceTest {

    @Test
    void publishedAcceptsDatesAndDateTimes() {
        assertThat(IngestService.parsePublished("2015-09-18")).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(IngestService.parsePublished("2015-09-18T23:30:00+02:00")).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(IngestService.parsePublished("2015-09-18T08:30:00Z")).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(IngestService.parsePublished("2015-09-18T08:30:00")).isEqualTo(LocalDate.of(2015, 9, 18));
    }

    @Test
    void publishedRejectsOtherFormats() {
        for (String bad : new String[] {"18.09.2015", "2015-13-01", "yesterday", "2015-09-18T25:00:00Z"}) {
            assertThatThrownBy(() -> IngestService.parsePublished(bad))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));
        }
    }

    @Test
    void contentHashDependsOnSourceAndText() {
        String hash = IngestService.contentHash("Ritzau", "Tekst");
        assertThat(hash).hasSize(64).isEqualTo(IngestService.contentHash("Ritzau", "Tekst"));
        assertThat(hash).isNotEqualTo(IngestService.contentHash("NTB", "Tekst"));
        // the separator keeps "ab"+"c" and "a"+"bc" apart
        assertThat(IngestService.contentHash("ab", "c")).isNotEqualTo(IngestService.contentHash("a", "bc"));
    }
}
