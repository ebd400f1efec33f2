package dev.parallax.langid.rest;

import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.parallax.support.problem.Problem;

/**
 * JSON of the wrong shape ({@code [1, 2]}, {@code "texts": "abc"}). Quarkus REST ships its own mapper for
 * exactly this exception type, which answers 400 without a body; being more specific than the shared
 * {@code JsonProcessingException} mapper it would win, so this one restores the problem+json answer.
 */
public class JsonInputExceptionMapper {

    @ServerExceptionMapper(priority = 1)
    public Response wrongShape(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        String detail = field.isEmpty()
                ? "The body must be a JSON object."
                : "Field '" + field + "' has the wrong type.";
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.of(400, "Bad Request", detail)).build();
    }
}
