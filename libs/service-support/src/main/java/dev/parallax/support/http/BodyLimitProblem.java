package dev.parallax.support.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.parallax.support.problem.Problem;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A declared body over {@link HttpLimitsConfig#maxBodyBytes()} answered with a problem+json 413 before a byte of it
 * is read, first on every route (the HTTP layer's own check, at {@code quarkus.http.limits.max-body-size}, would
 * answer a bare 413). A body sent chunked declares no length: {@link BodySizeFilter} counts it as it is read.
 */
@ApplicationScoped
public class BodyLimitProblem {

    private final HttpLimitsConfig limits;

    BodyLimitProblem(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader("Content-Length");
            if (declared != null) {
                try {
                    long length = Long.parseLong(declared.strip());
                    if (length > limits.maxBodyBytes()) {
                        tooLarge(context, "The body has " + length + " bytes; at most " + limits.maxBodyBytes()
                                + " are accepted.");
                        return;
                    }
                } catch (NumberFormatException e) {
                    // a malformed length is the HTTP layer's 400
                }
            }
            context.next();
        });
    }

    private static void tooLarge(io.vertx.ext.web.RoutingContext context, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Payload Too Large")
                .put("status", 413)
                .put("detail", detail);
        // the rest of the body is not read: the connection cannot be reused
        context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(problem.encode());
    }
}
