package dev.parallax.newsroom.web;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.parallax.newsroom.service.EventQueryService;
import dev.parallax.newsroom.service.EventViews.EventPageView;
import dev.parallax.newsroom.service.EventViews.EventsPageView;
import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.ReadingViews.EventReading;
import dev.parallax.newsroom.service.TranslationService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The editors' HTML pages. Qute escapes every value in these .html templates; nothing is emitted raw. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EditorPages {

    static final int PAGE_SIZE = 50;

    private final EventQueryService events;
    private final TranslationService translations;

    EditorPages(EventQueryService events, TranslationService translations) {
        this.events = events;
        this.translations = translations;
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance events(EventsPageView view);

        static native TemplateInstance event(EventPageView view, EventReading reading);

        static native TemplateInstance notFound(String message);
    }

    @GET
    @Operation(summary = "Editors' page: the events, newest first")
    public Response list(@QueryParam("page") String page) {
        int pageNumber;
        try {
            pageNumber = page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
        return Response.ok(Templates.events(events.listPage(pageNumber, PAGE_SIZE))).build();
    }

    @GET
    @Path("/events/{id}")
    @Operation(summary = "Editors' page: one event's sources, comparison, linked passages and reports, the "
            + "reports in the language chosen with read=da|nb|nn (as posted without it)")
    public Response event(@PathParam("id") String id, @QueryParam("read") String read) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        // anything but da, nb or nn (including "original") shows the reports as posted
        String target = Languages.translationTarget(read).orElse(null);
        return events.eventPage(uuid)
                .map(view -> Response.ok(Templates.event(view, translations.eventReading(uuid, target))).build())
                .orElseGet(EditorPages::notFound);
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound("There is no such event. It may have been merged or the link is wrong."))
                .build();
    }
}
