package dev.parallax.newsroom.service.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parallax.newsroom.DownstreamStubs;
import dev.parallax.newsroom.model.Article;
import dev.parallax.newsroom.model.NewsEvent;
import dev.parallax.newsroom.service.ingest.NewArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several reports that join one event close together are compared once, by the last of them; the others wait until
 * a comparison covers them, and the last waits until the membership has been still for a moment (none in the test
 * profile; the rule is checked on its own). The articles here are due only tomorrow, so the worker leaves them to
 * the test.
 */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class ComparisonCoalescingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ComparisonService comparisons;

    @Test
    void anEarlierMemberWaitsForTheLaterOneWhoseComparisonThenCoversIt() {
        UUID event = QuarkusTransaction.requiringNew().call(this::event);
        UUID first = admit(event, "Færgen sejlede på grund ved Samsø.");
        UUID second = admit(event, "Ferja gikk på grunn ved Samsø.");

        Instant before = Instant.now();
        assertThat(comparisons.next(event, first)).isInstanceOfSatisfying(ComparisonService.AwaitLaterMember.class,
                wait -> assertThat(wait.recheckAt()).isBetween(before, Instant.now().plusSeconds(2)));

        ComparisonService.Next last = comparisons.next(event, second);
        assertThat(last).isInstanceOf(ComparisonService.Compare.class);
        ComparisonService.Plan plan = ((ComparisonService.Compare) last).plan();
        assertThat(plan.articleIds()).containsExactlyInAnyOrder(first, second);
        // storing it finishes every member it covers: the waiting one need not come back to look
        assertThat(comparisons.store(plan, answer())).hasSize(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(first).isProcessed())).isTrue();
        assertThat(comparisons.store(plan, answer())).as("a comparison stored twice").isEmpty();

        assertThat(comparisons.next(event, first)).isInstanceOf(ComparisonService.Covered.class);
        assertThat(comparisons.next(event, second)).isInstanceOf(ComparisonService.Covered.class);

        // a third report makes the stored comparison stale for itself only: the first two stay covered
        UUID third = admit(event, "Ferja gjekk på grunn ved Samsø.");
        assertThat(comparisons.next(event, first)).isInstanceOf(ComparisonService.Covered.class);
        assertThat(comparisons.next(event, third)).isInstanceOfSatisfying(ComparisonService.Compare.class,
                compare -> assertThat(compare.plan().articleIds()).containsExactlyInAnyOrder(first, second, third));
    }

    @Test
    void aMemberThatFailedIsAwaitedUntilItsOwnNextAttemptNotPolledEverySecond() {
        UUID event = QuarkusTransaction.requiringNew().call(this::event);
        UUID first = admit(event, "Strømmen gik i hele Aarhus i to timer.");
        UUID second = admit(event, "Straumen gjekk i heile Aarhus i to timar.");
        Instant retry = Instant.now().plus(Duration.ofMinutes(3)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> {
            Article failing = Article.findById(second);
            failing.lastError = "align: connection refused";
            failing.nextAttemptAt = retry;
        });

        assertThat(comparisons.next(event, first)).isInstanceOfSatisfying(ComparisonService.AwaitLaterMember.class,
                wait -> assertThat(wait.recheckAt()).isEqualTo(retry));
        assertThat(comparisons.next(event, second)).isInstanceOf(ComparisonService.Compare.class);
    }

    @Test
    void theLastMemberComparesOnceTheMembershipIsStillOrTheComparisonLagsTooFar() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        Duration quiet = Duration.ofSeconds(2);
        Duration maxLag = Duration.ofSeconds(30);
        // a report joined a second ago: wait until the membership has been still for two seconds
        assertThat(ComparisonService.untilQuiet(now, now.minusSeconds(1), now.minusSeconds(10), quiet, maxLag))
                .contains(now.plusSeconds(1));
        // still for two seconds: now
        assertThat(ComparisonService.untilQuiet(now, now.minusSeconds(2), now.minusSeconds(10), quiet, maxLag)).isEmpty();
        // reports keep arriving, but the comparison is 29.5 s behind: wait half a second, not two
        assertThat(ComparisonService.untilQuiet(now, now.minusMillis(100), now.minusMillis(29_500), quiet, maxLag))
                .contains(now.plusMillis(500));
        // and once it is 30 s behind, compare whatever keeps arriving
        assertThat(ComparisonService.untilQuiet(now, now.minusMillis(100), now.minusSeconds(30), quiet, maxLag)).isEmpty();
        // no quiet period (this test profile): at once
        assertThat(ComparisonService.untilQuiet(now, now, now, Duration.ZERO, maxLag)).isEmpty();
    }

    @Test
    void aLoneMemberHasNothingToCompare() {
        UUID event = QuarkusTransaction.requiringNew().call(this::event);
        UUID only = admit(event, "Et jordskælv ramte Island i nat.");
        assertThat(comparisons.next(event, only)).isInstanceOf(ComparisonService.Covered.class);
    }

    private UUID event() {
        NewsEvent event = new NewsEvent();
        event.id = UUID.randomUUID();
        event.title = "coalescing";
        event.firstPublished = LocalDate.of(1999, 4, 1);
        event.lastPublished = event.firstPublished;
        event.created = Instant.now();
        event.updated = event.created;
        event.persist();
        return event.id;
    }

    /** A pending article admitted into the event, due only tomorrow so that the worker leaves it alone. */
    private static UUID admit(UUID eventId, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            NewsEvent event = NewsEvent.findById(eventId);
            Article article = new Article();
            article.id = UUID.randomUUID();
            article.source = "coalescing-" + article.id;
            article.text = text;
            article.published = event.firstPublished;
            article.contentHash = NewArticle.of(article.source, null, text, article.published, null, null).contentHash();
            article.language = "da";
            article.created = Instant.now();
            article.nextAttemptAt = article.created.plus(Duration.ofDays(1));
            event.admit(article, article.created);
            article.persist();
            return article.id;
        });
    }

    private static ObjectNode answer() {
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("claims");
        return answer;
    }
}
