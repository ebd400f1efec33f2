package dev.parallax.translate.rest;

import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.parallax.support.problem.Problem;

/**
 * Quarkus REST ships a mapper for Jackson's {@link MismatchedInputException} (a field of the wrong type)
 * that answers plain JSON; being more specific, it wins over service-support's JsonProcessingException
 * mapper. This one restores problem+json for that case.
 */
public class JsonMismatchMapper {

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        String detail = field.isEmpty() ? "The body does not have the expected JSON shape."
                : "Field '" + field + "' has the wrong type.";
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.of(400, "Bad Request", detail)).build();
    }
}
