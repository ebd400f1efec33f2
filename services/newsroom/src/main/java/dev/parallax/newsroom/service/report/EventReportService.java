package dev.parallax.newsroom.service.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.parallax.newsroom.client.AlignResults;
import dev.parallax.newsroom.model.Article;
import dev.parallax.newsroom.model.Comparison;
import dev.parallax.newsroom.model.NewsEvent;
import dev.parallax.newsroom.service.comparison.ComparisonService;
import dev.parallax.newsroom.service.query.EventViews.ComparisonVersion;

/** Builds the editors' report of an event's comparison, current or of any version. */
@ApplicationScoped
public class EventReportService {

    private final AlignResults alignResults;

    EventReportService(AlignResults alignResults) {
        this.alignResults = alignResults;
    }

    /** The report of the current comparison, or empty when the event has none (or does not exist). */
    @Transactional
    public Optional<EventReport> current(UUID eventId) {
        return Optional.ofNullable(Comparison.currentOf(eventId)).flatMap(this::report);
    }

    /** The report of one version, or empty when there is no such version. */
    @Transactional
    public Optional<EventReport> version(UUID eventId, int version) {
        return Optional.ofNullable(Comparison.of(eventId, version)).flatMap(this::report);
    }

    private Optional<EventReport> report(Comparison comparison) {
        NewsEvent event = NewsEvent.findById(comparison.eventId);
        if (event == null) {
            return Optional.empty();
        }
        Map<UUID, Article> articles = new HashMap<>();
        Article.<Article>list("id in ?1", Arrays.asList(comparison.articleIds)).forEach(a -> articles.put(a.id, a));
        // columns by publication, as the sources are listed everywhere else
        List<ClaimMatrix.Compared> compared = Arrays.stream(comparison.articleIds)
                .map(articles::get)
                .filter(a -> a != null)
                .sorted(java.util.Comparator.comparing((Article a) -> a.published).thenComparing(a -> a.created))
                .map(a -> new ClaimMatrix.Compared(a.id, a.source, a.title, a.language, a.published, a.text))
                .toList();
        ClaimMatrix matrix = ClaimMatrix.of(compared, alignResults.read(comparison.response));

        List<ComparisonVersion> versions = ComparisonVersion.of(comparison.eventId);
        // versions are numbered without gaps (ComparisonService.store): the one before is version - 1
        Comparison before = comparison.version > 1 ? Comparison.of(comparison.eventId, comparison.version - 1) : null;
        ComparisonChanges changes = before == null ? ComparisonChanges.first()
                : ComparisonChanges.between(before.version, before.response, new HashSet<>(Arrays.asList(before.articleIds)),
                        comparison.response, matrix.columns());
        return Optional.of(new EventReport(event.id, event.title, ComparisonVersion.of(comparison), comparison.current, versions,
                matrix, changes));
    }
}
