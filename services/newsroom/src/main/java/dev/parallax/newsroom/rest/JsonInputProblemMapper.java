package dev.parallax.newsroom.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.parallax.support.problem.ProblemExceptionMappers;

/**
 * Quarkus REST Jackson registers its own mapper for {@link MismatchedInputException} (a JSON array
 * where an object belongs, an object where a string belongs), which answers without problem+json and
 * wins over the shared mapper of {@code JsonProcessingException}. This one outranks it and delegates
 * to the shared formatting.
 */
public class JsonInputProblemMapper {

    private final ProblemExceptionMappers problems = new ProblemExceptionMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e) {
        return problems.malformedJson(e);
    }
}
