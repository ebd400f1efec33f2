package dev.parallax.newsroom.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parallax.newsroom.service.auth.Roles;
import dev.parallax.newsroom.service.query.EventQueryService;
import dev.parallax.newsroom.service.query.EventViews.ComparisonVersion;
import dev.parallax.newsroom.service.query.EventViews.EventDetail;
import dev.parallax.newsroom.service.query.EventViews.EventPage;
import dev.parallax.support.problem.ProblemException;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class EventResource {

    static final int MAX_PAGE_SIZE = 200;

    /** The versions of an event's comparison, newest first. */
    public record ComparisonVersions(List<ComparisonVersion> versions) {
    }

    private final EventQueryService events;

    EventResource(EventQueryService events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "Events, newest first; filtered by words (q), language, source, publication dates "
            + "(from, to) and status=conflict")
    public EventPage list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String words, @QueryParam("language") String language,
            @QueryParam("source") String source, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status) {
        int pageNumber = intParam(page, "page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = intParam(size, "size", 50, 1, MAX_PAGE_SIZE);
        return events.page(EventFilters.parse(words, language, source, from, to, status), pageNumber, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An event with its articles (without texts)")
    public EventDetail get(@PathParam("id") String id) {
        UUID uuid = Ids.parse(id, "event");
        return events.detail(uuid).orElseThrow(() -> Ids.notFound("event", uuid));
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "The stored align response for the event's articles, plus 'computed'")
    public ObjectNode comparison(@PathParam("id") String id) {
        UUID uuid = Ids.parse(id, "event");
        return events.comparison(uuid).orElseThrow(() -> events.exists(uuid)
                ? ProblemException.notFound("Event '" + uuid + "' has no comparison yet: it needs two processed "
                        + "articles.")
                : Ids.notFound("event", uuid));
    }

    @GET
    @Path("/{id}/comparisons")
    @Operation(summary = "Every version of the event's comparison, newest first")
    public ComparisonVersions versions(@PathParam("id") String id) {
        UUID uuid = Ids.parse(id, "event");
        if (!events.exists(uuid)) {
            throw Ids.notFound("event", uuid);
        }
        return new ComparisonVersions(events.versions(uuid));
    }

    @GET
    @Path("/{id}/comparisons/{version}")
    @Operation(summary = "One version of the event's comparison, in the shape of …/comparison")
    public ObjectNode comparison(@PathParam("id") String id, @PathParam("version") String version) {
        UUID uuid = Ids.parse(id, "event");
        int number;
        try {
            number = Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        int wanted = number;
        return events.comparison(uuid, wanted).orElseThrow(() -> events.exists(uuid)
                ? ProblemException.notFound("Event '" + uuid + "' has no comparison version '"
                        + (version.length() > 12 ? version.substring(0, 12) + "…" : version) + "'.")
                : Ids.notFound("event", uuid));
    }

    /** Query parameters are parsed here so that "abc" is a 400 rather than JAX-RS's 404. */
    static int intParam(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw ProblemException.badRequest("'" + name + "' must be between " + min + " and " + max + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("'" + name + "' must be an integer.");
        }
    }
}
