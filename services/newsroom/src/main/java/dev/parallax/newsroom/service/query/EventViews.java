package dev.parallax.newsroom.service.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.parallax.newsroom.service.comparison.ClaimCounts;

/** Read models of events, for the API and the editors' pages. */
public final class EventViews {

    private EventViews() {
    }

    /** An article of an event, without its text. */
    public record EventArticle(UUID id, String source, String title, LocalDate published, String url,
            String language, Double languageConfidence, String status) {

        public boolean pending() {
            return "pending".equals(status);
        }

        /** The url when a browser can open it (not e.g. an internal "seed:" identifier). */
        public String webUrl() {
            return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
        }
    }

    /**
     * How many compared facts agree, conflict or are stated by one report only, and how many claims (what the
     * reports say) of the current version do.
     */
    public record ComparisonSummary(Instant computed, int agree, int conflict, int unique, int links,
            List<UUID> articles, int version, ClaimCounts claims) {
    }

    /** One version of an event's comparison, with its claims by status. */
    public record ComparisonVersion(int version, Instant computed, List<UUID> articles, int agree, int conflict,
            int unique) {

        public static ComparisonVersion of(dev.parallax.newsroom.model.Comparison c) {
            return new ComparisonVersion(c.version, c.computed, List.of(c.articleIds), c.agreeClaims, c.conflictClaims,
                    c.uniqueClaims);
        }

        /** The versions of an event, newest first, read without their align answers. */
        public static List<ComparisonVersion> of(UUID eventId) {
            return dev.parallax.newsroom.model.Comparison.versionRows(eventId).stream()
                    .map(r -> new ComparisonVersion((Integer) r[0], (Instant) r[1], List.of((UUID[]) r[2]),
                            (Integer) r[3], (Integer) r[4], (Integer) r[5]))
                    .toList();
        }
    }

    /**
     * @param articles   ids of the event's articles, oldest first
     * @param comparison null until two articles have been compared
     */
    public record EventSummary(UUID id, String title, List<UUID> articles, List<String> languages,
            List<String> sources, LocalDate first, LocalDate last, int pending, ComparisonSummary comparison) {

        public int articleCount() {
            return articles.size();
        }
    }

    public record EventPage(List<EventSummary> events, long total, int page, int size) {
    }

    public record EventDetail(UUID id, String title, List<EventArticle> articles, List<String> languages,
            List<String> sources, LocalDate first, LocalDate last, ComparisonSummary comparison) {

        public long pending() {
            return articles.stream().filter(EventArticle::pending).count();
        }
    }

    /** The editors' list page: one page of events and the backlog not yet in any event. */
    public record EventsPageView(EventPage page, EventFilter filter, long processing, boolean hasPrevious,
            boolean hasNext) {

        public int previousPage() {
            return page.page() - 1;
        }

        public int nextPage() {
            return page.page() + 1;
        }
    }

    /**
     * One mention of a compared fact, with the source it comes from, for a quote who said it, for a person
     * the role the source gives them; {@code times} identical mentions.
     */
    public record MentionView(String source, String text, String value, String speaker, String role, int times) {
    }

    public record FactView(String kind, String status, String label, List<MentionView> mentions) {
    }

    /** One document's side of a link: the sentences cut from its text by the align offsets. */
    public record PassageView(String source, String language, List<String> sentences) {
    }

    public record LinkView(double score, List<PassageView> passages) {

        public String scoreText() {
            return String.format(java.util.Locale.ROOT, "%.2f", score);
        }
    }

    /** The editors' event page: sources, the compared facts, linked passages. */
    public record EventPageView(EventDetail event, List<FactView> facts, List<LinkView> links) {

        public boolean compared() {
            return event.comparison() != null;
        }
    }
}
