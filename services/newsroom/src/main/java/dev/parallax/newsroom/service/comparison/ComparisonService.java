package dev.parallax.newsroom.service.comparison;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parallax.newsroom.client.AlignRequest;
import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.model.Article;
import dev.parallax.newsroom.model.Comparison;
import dev.parallax.newsroom.model.NewsEvent;

/**
 * Keeps each event's comparison in step with its membership. Planning and storing are separate
 * short transactions; the align call between them holds none.
 */
@ApplicationScoped
public class ComparisonService {

    private final NewsroomConfig config;

    ComparisonService(NewsroomConfig config) {
        this.config = config;
    }

    /** An align request for an event's current members, and the membership version it reflects. */
    public record Plan(UUID eventId, int membershipVersion, List<UUID> articleIds, AlignRequest request) {
    }

    /** What an article's worker does about its event's comparison once the article is in the event. */
    public sealed interface Next {
    }

    /** A stored comparison reflects the article (or the event has a single member): nothing to compare. */
    public record Covered() implements Next {
    }

    /**
     * A member that joined after the article is still to be processed (its comparison will reflect the article too),
     * or the event's membership changed a moment ago and may change again: the article looks again at
     * {@code recheckAt} instead of calling align for a membership about to change.
     */
    public record AwaitLaterMember(Instant recheckAt) implements Next {
    }

    public record Compare(Plan plan) implements Next {
    }

    /**
     * Decides for an article of the event: covered, leave it to a later member, or compare now. Several reports that
     * join one event close together (a story breaking, a batch ingested) are then compared once, by the last of
     * them, rather than once each for memberships that are stale before align answers. Safe without a lock: a later
     * member stays pending until a comparison of its own version or a newer one is stored, and that covers this
     * article; the last member waits only for the membership to be still for {@code comparisonQuiet} (at most until
     * the comparison lags {@code comparisonMaxLag}), so the chain ends. A member whose last attempt failed is looked
     * at again after its own next attempt rather than every second.
     */
    @Transactional
    public Next next(UUID eventId, UUID articleId) {
        NewsEvent event = NewsEvent.findById(eventId);
        Article article = Article.findById(articleId);
        int admitted = article.admittedVersion == null ? event.membershipVersion : article.admittedVersion;
        Comparison stored = Comparison.currentOf(eventId);
        if (stored != null && stored.membershipVersion >= admitted) {
            return new Covered();
        }
        Instant now = Instant.now();
        List<Article> later = Article.list("eventId = ?1 and status = ?2 and admittedVersion > ?3",
                eventId, Article.PENDING, admitted);
        if (!later.isEmpty()) {
            Instant soon = now.plus(config.processing().coalesceRecheck());
            Instant recheck = later.stream()
                    .map(a -> a.lastError == null || a.nextAttemptAt.isBefore(soon) ? soon : a.nextAttemptAt)
                    .min(Instant::compareTo).orElseThrow();
            return new AwaitLaterMember(recheck);
        }
        Optional<Plan> plan = plan(event);
        if (plan.isEmpty()) {
            return new Covered();
        }
        Optional<Instant> quiet = untilQuiet(now, event.updated, stored == null ? event.created : stored.computed,
                config.processing().comparisonQuiet(), config.processing().comparisonMaxLag());
        return quiet.<Next>map(AwaitLaterMember::new).orElse(new Compare(plan.get()));
    }

    /**
     * When the last member of an event may compare it: once the membership (changed at {@code changed}) has been
     * still for {@code quiet}, or at once if that would leave the comparison (last brought up to date at
     * {@code compared}, or the event's creation) more than {@code maxLag} behind, so that a story that keeps growing
     * is still compared every {@code maxLag}. Empty: now.
     */
    static Optional<Instant> untilQuiet(Instant now, Instant changed, Instant compared, Duration quiet, Duration maxLag) {
        Instant still = changed.plus(quiet);
        Instant lagLimit = compared.plus(maxLag);
        if (now.isBefore(still) && now.isBefore(lagLimit)) {
            return Optional.of(still.isBefore(lagLimit) ? still : lagLimit);
        }
        return Optional.empty();
    }

    /** What to send to align for the event's current members, or empty when it has fewer than two. */
    private Optional<Plan> plan(NewsEvent event) {
        UUID eventId = event.id;
        // the most recent reports when an event outgrows one align request
        List<Article> members = Article.find("eventId = ?1 order by published desc, created desc", eventId)
                .page(0, config.align().maxDocuments())
                .list();
        if (members.size() < 2) {
            return Optional.empty();
        }
        List<AlignRequest.Document> documents = members.stream()
                .map(a -> new AlignRequest.Document(a.id.toString(), a.text,
                        a.language == null || "und".equals(a.language) ? null : a.language, a.published.toString()))
                .toList();
        return Optional.of(new Plan(eventId, event.membershipVersion, members.stream().map(a -> a.id).toList(),
                new AlignRequest(documents)));
    }

    /**
     * Stores the comparison as the event's next version unless a newer one (computed for a later membership
     * by another worker) is already there. The event row lock orders concurrent writers; the version before
     * stays, no longer current. Every pending member the comparison covers is marked processed with it (what
     * remained for a grouped article was this comparison); answers their times from ingestion, for the metrics.
     */
    @Transactional
    public List<Duration> store(Plan plan, ObjectNode response) {
        NewsEvent.findById(plan.eventId(), LockModeType.PESSIMISTIC_WRITE);
        Comparison previous = Comparison.currentOf(plan.eventId());
        if (previous != null && previous.membershipVersion >= plan.membershipVersion()) {
            return List.of();
        }
        if (previous != null) {
            previous.current = false;
            // the partial unique index on current versions is checked per statement: clear before inserting
            Comparison.flush();
        }
        Comparison comparison = new Comparison();
        comparison.eventId = plan.eventId();
        comparison.version = previous == null ? 1 : previous.version + 1;
        comparison.current = true;
        comparison.response = response;
        comparison.articleIds = plan.articleIds().toArray(UUID[]::new);
        comparison.membershipVersion = plan.membershipVersion();
        comparison.computed = Instant.now();
        ClaimCounts counts = ClaimCounts.of(response);
        comparison.agreeClaims = counts.agree();
        comparison.conflictClaims = counts.conflict();
        comparison.uniqueClaims = counts.unique();
        comparison.persist();
        // the members waiting for a comparison that covers them are done now, without coming back to look
        Instant now = comparison.computed;
        return Article.<Article>list("eventId = ?1 and status = ?2 and admittedVersion <= ?3",
                        plan.eventId(), Article.PENDING, plan.membershipVersion())
                .stream().map(a -> a.markProcessed(now)).toList();
    }
}
