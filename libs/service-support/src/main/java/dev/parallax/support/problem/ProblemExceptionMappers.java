package dev.parallax.support.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.parallax.support.json.JsonProblems;
import dev.parallax.support.validation.Violations;

/**
 * Turns every failure that reaches the REST layer into {@code application/problem+json}.
 * Bad input is a 4xx with a detail the client can act on; anything unexpected is a 500 that
 * is logged here and never leaks a stack trace to the client.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = build(new Problem("about:blank", e.title(), e.status(), e.getMessage()));
        if (e.retryAfter() != null) {
            response.header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return problem(JsonProblems.problem(e));
    }

    /**
     * Quarkus REST ships its own mapper for exactly this type (a field of the wrong type, {@code []} for an
     * object); it answers without a problem detail. Only a mapper for the same type with a higher priority
     * wins over it.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrongShape(MismatchedInputException e) {
        return malformedJson(e);
    }

    /** Every violation of a request's Bean Validation constraints at once ({@link Violations}). */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        int status = Violations.status(e.getConstraintViolations());
        return build(Problem.of(status, status == 413 ? "Content Too Large" : "Bad Request",
                Violations.detail(e.getConstraintViolations()))).build();
    }

    @ServerExceptionMapper
    public Response invalid(ValidationException e) {
        return build(Problem.of(400, "Bad Request", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        String detail = switch (status) {
            case 415 -> "Send the request body as application/json.";
            case 406 -> "This endpoint answers application/json.";
            case 404 -> "No such resource.";
            case 405 -> "Method not allowed on this resource.";
            case 400 -> e.getCause() instanceof JsonProcessingException json
                    ? "The body is not valid JSON: " + JsonProblems.firstLine(json.getOriginalMessage())
                    // the framework's bare "HTTP 400 Bad Request", e.g. a truncated body or bytes that are not UTF-8
                    : e.getMessage() == null || e.getMessage().startsWith("HTTP 400")
                            ? "The request is malformed; a body must be complete JSON encoded in UTF-8."
                            : e.getMessage();
            default -> e.getMessage();
        };
        return build(Problem.of(status, title, detail)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        return build(Problem.of(500, "Internal Server Error",
                "The request could not be completed; the failure has been logged.")).build();
    }

    private static Response.ResponseBuilder build(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
