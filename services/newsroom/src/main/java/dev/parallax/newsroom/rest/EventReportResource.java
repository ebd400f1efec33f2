package dev.parallax.newsroom.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.parallax.newsroom.service.auth.Roles;
import dev.parallax.newsroom.service.query.EventQueryService;
import dev.parallax.newsroom.service.report.EventReport;
import dev.parallax.newsroom.service.report.EventReportService;
import dev.parallax.newsroom.service.report.ReportFormats;
import dev.parallax.support.problem.ProblemException;

/** The editors' report of an event's current comparison as Markdown, CSV or JSON, for a newsroom's own tools. */
@Path("/api/v1/events/{id}/report")
@RolesAllowed(Roles.READER)
public class EventReportResource {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8.name());
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    /** The formats in the order offered when a client accepts several equally. */
    private static final List<String> FORMATS = List.of("json", "md", "csv");

    private final EventQueryService events;
    private final EventReportService reports;

    EventReportResource(EventQueryService events, EventReportService reports) {
        this.events = events;
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The editors' report of the current comparison: text/markdown, text/csv or application/json "
            + "by Accept, or format=md|csv|json (then as a download)")
    public Response report(@PathParam("id") String id, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        UUID uuid = Ids.parse(id, "event");
        String chosen = format == null || format.isBlank() ? negotiate(headers.getAcceptableMediaTypes())
                : checked(format);
        EventReport report = reports.current(uuid).orElseThrow(() -> events.exists(uuid)
                ? new ProblemException(409, "Conflict", "Event '" + uuid + "' has no comparison yet: it needs two "
                        + "processed articles.")
                : Ids.notFound("event", uuid));
        Response.ResponseBuilder response = switch (chosen) {
            case "md" -> Response.ok(ReportFormats.markdown(report), MARKDOWN);
            case "csv" -> Response.ok(ReportFormats.csv(report), CSV);
            default -> Response.ok(events.comparison(uuid, report.version().version()).orElseThrow(),
                    MediaType.APPLICATION_JSON_TYPE);
        };
        if (format != null && !format.isBlank()) {
            response.header("Content-Disposition", "attachment; filename=\"parallax-event-" + uuid + "-v"
                    + report.version().version() + "." + chosen + "\"");
        }
        return response.header("Vary", "Accept").build();
    }

    private static String checked(String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw ProblemException.badRequest("'format' must be one of md, csv, json.");
        }
        return f;
    }

    /** The client's most preferred of the three (the list is sorted by quality); JSON for anything. */
    private static String negotiate(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return "json";
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return "json";
            }
            if (type.isCompatible(MARKDOWN)) {
                return "md";
            }
            if (type.isCompatible(CSV)) {
                return "csv";
            }
        }
        throw new ProblemException(406, "Not Acceptable",
                "The report is served as text/markdown, text/csv or application/json.");
    }
}
