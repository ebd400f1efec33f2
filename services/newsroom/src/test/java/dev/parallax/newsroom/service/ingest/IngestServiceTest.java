package dev.parallax.newsroom.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.support.problem.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class IngestServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final IngestService service = new IngestService(null, config(1, Set.of("da", "nb", "nn", "und")),
            new SimpleMeterRegistry());

    @Test
    void anArticleWithoutDateIsPublishedTodayInUtc() {
        assertThat(service.check(article(null, null)).published()).isEqualTo(TODAY);
    }

    @Test
    void aDateUpToTheConfiguredDaysAheadIsAcceptedAndOneMoreIsNot() {
        assertThat(service.check(article(TODAY.plusDays(1), null)).published()).isEqualTo(TODAY.plusDays(1));
        assertThatThrownBy(() -> service.check(article(TODAY.plusDays(2), null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("future").contains(TODAY.toString());
                });
    }

    @Test
    void onlyConfiguredLanguagesOverrideDetection() {
        assertThat(service.check(article(TODAY, "nn")).language()).isEqualTo("nn");
        assertThatThrownBy(() -> service.check(article(TODAY, "sv")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("'sv'").contains("[da, nb, nn, und]");
                });
    }

    @Test
    void contentHashDependsOnSourceAndText() {
        String hash = NewArticle.contentHash("Ritzau", "Tekst");
        assertThat(hash).hasSize(64).isEqualTo(NewArticle.of("Ritzau", "titel", "Tekst", TODAY, null, null).contentHash());
        assertThat(hash).isNotEqualTo(NewArticle.contentHash("NTB", "Tekst"));
        // the separator keeps "ab"+"c" and "a"+"bc" apart
        assertThat(NewArticle.contentHash("ab", "c")).isNotEqualTo(NewArticle.contentHash("a", "bc"));
    }

    private static NewArticle article(LocalDate published, String language) {
        return NewArticle.of("Ritzau", null, "Tekst", published, null, language);
    }

    private static NewsroomConfig config(int daysAhead, Set<String> languages) {
        return (NewsroomConfig) java.lang.reflect.Proxy.newProxyInstance(NewsroomConfig.class.getClassLoader(),
                new Class<?>[] {NewsroomConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "maxDaysAhead" -> daysAhead;
                    case "languages" -> languages;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
