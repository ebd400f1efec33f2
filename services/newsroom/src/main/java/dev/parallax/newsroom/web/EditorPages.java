package dev.parallax.newsroom.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.parallax.newsroom.rest.EventFilters;
import dev.parallax.newsroom.service.auth.Roles;
import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.query.EventFilter;
import dev.parallax.newsroom.service.query.EventQueryService;
import dev.parallax.newsroom.service.query.EventViews.EventPageView;
import dev.parallax.newsroom.service.query.EventViews.EventsPageView;
import dev.parallax.newsroom.service.report.EventReport;
import dev.parallax.newsroom.service.report.EventReportService;
import dev.parallax.newsroom.service.translation.ReadingViews.EventReading;
import dev.parallax.newsroom.service.translation.SentenceTranslationService;
import dev.parallax.newsroom.service.translation.TranslationService;
import dev.parallax.support.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The editors' HTML pages. Qute escapes every value in these .html templates; nothing is emitted raw. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class EditorPages {

    static final int PAGE_SIZE = 50;

    private final EventQueryService events;
    private final EventReportService reports;
    private final TranslationService translations;
    private final SentenceTranslationService sentenceTranslations;

    EditorPages(EventQueryService events, EventReportService reports, TranslationService translations,
            SentenceTranslationService sentenceTranslations) {
        this.events = events;
        this.reports = reports;
        this.translations = translations;
        this.sentenceTranslations = sentenceTranslations;
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance events(EventsPageView view, FilterForm form);

        static native TemplateInstance event(EventPageView view, EventReport report, MatrixReading cells,
                EventReading reading);

        static native TemplateInstance notFound(String message);

        static native TemplateInstance badRequest(String message);
    }

    @GET
    @Operation(summary = "Editors' page: the events, newest first, filtered by words (q), language, source, dates "
            + "(from, to) and status=conflict")
    public Response list(@QueryParam("page") String page, @QueryParam("q") String words,
            @QueryParam("language") String language, @QueryParam("source") String source,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("status") String status) {
        int pageNumber;
        try {
            pageNumber = page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
        pageNumber = Math.min(pageNumber, Integer.MAX_VALUE / PAGE_SIZE - 1);
        EventFilter filter;
        try {
            filter = EventFilters.parse(words, language, source, from, to, status);
        } catch (ProblemException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.badRequest(e.getMessage())).build();
        }
        return Response.ok(Templates.events(events.listPage(filter, pageNumber, PAGE_SIZE), FilterForm.of(filter)))
                .build();
    }

    @GET
    @Path("/events/{id}")
    @Operation(summary = "Editors' page: one event's claim matrix (of the current comparison or of version=N), its "
            + "history, sources, facts and reports; cells and reports in the language chosen with read=da|nb|nn")
    public Response event(@PathParam("id") String id, @QueryParam("read") String read,
            @QueryParam("version") String version) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound("There is no such event. It may have been merged or the link is wrong.");
        }
        Optional<EventPageView> view = events.eventPage(uuid);
        if (view.isEmpty()) {
            return notFound("There is no such event. It may have been merged or the link is wrong.");
        }
        Optional<EventReport> report;
        if (version == null || version.isBlank()) {
            report = reports.current(uuid);
        } else {
            report = parseVersion(version).flatMap(v -> reports.version(uuid, v));
            if (report.isEmpty()) {
                return notFound("This event has no comparison version '" + version.strip() + "'.");
            }
        }
        // anything but da, nb or nn (including "original") shows the reports as posted
        String target = Languages.translationTarget(read).orElse(null);
        MatrixReading cells = MatrixReading.of(report.orElse(null), target, sentenceTranslations);
        return Response.ok(Templates.event(view.get(), report.orElse(null), cells,
                translations.eventReading(uuid, target))).build();
    }

    private static Optional<Integer> parseVersion(String version) {
        try {
            return Optional.of(Integer.parseInt(version.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound(message))
                .build();
    }
}
