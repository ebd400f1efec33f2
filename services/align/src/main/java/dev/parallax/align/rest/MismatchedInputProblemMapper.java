package dev.parallax.align.rest;

import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.parallax.support.problem.Problem;

/**
 * JSON of the wrong shape ({"documents": "nope"}) as problem+json. Quarkus REST's own, more specific
 * mapper for {@link MismatchedInputException} would otherwise win over the shared
 * JsonProcessingException mapper and answer plain application/json.
 */
public class MismatchedInputProblemMapper {

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        String detail = path.isEmpty() ? "The body does not have the expected shape." : "Field '" + path + "' has the wrong type.";
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.of(400, "Bad Request", detail)).build();
    }
}
