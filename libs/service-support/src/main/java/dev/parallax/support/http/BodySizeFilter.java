package dev.parallax.support.http;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.parallax.support.problem.ProblemException;

/**
 * Rejects bodies over {@link HttpLimitsConfig#maxBodyBytes()} before they are parsed, with a
 * problem+json 413 rather than the bare 413 of the HTTP layer's hard limit.
 */
public class BodySizeFilter {

    private final HttpLimitsConfig limits;

    public BodySizeFilter(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public void checkDeclaredLength(ContainerRequestContext request) {
        int length = request.getLength();
        if (length > limits.maxBodyBytes()) {
            throw ProblemException.tooLarge("The body has " + length + " bytes; at most "
                    + limits.maxBodyBytes() + " are accepted.");
        }
    }
}
