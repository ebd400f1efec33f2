package dev.parallax.support.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.parallax.support.problem.Problem;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Every request body is read whole, without a thread, before any endpoint runs, and is refused past
 * {@link HttpLimitsConfig#maxBodyBytes()} with a problem+json 413.
 * <p>
 * Why: a blocking endpoint (ingest, align, detect, translate) otherwise reads its body on a worker thread, and a
 * client that declares a body and sends it slowly holds that thread until the read timeout; two hundred such
 * connections took every worker and stalled every other request of the service for the timeout. Read here,
 * on the event loop, a slow body costs a connection and a buffer, and the endpoint reads the finished buffer
 * (Quarkus REST takes the routing context's body when there is one). The same handler enforces the limit
 * whether the length is declared (refused before a byte is read) or the body is chunked (stopped as it streams
 * in); its bare 413 gets the problem body of every other error here.
 */
@ApplicationScoped
public class RequestBodies {

    private final HttpLimitsConfig limits;

    RequestBodies(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    void install(@Observes Router router) {
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        // after ServiceSecretGuard (Integer.MIN_VALUE): an anonymous caller of a guarded service is refused unread
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (formLogin(context)) {
                context.next();
                return;
            }
            // a request without a body (a GET, an empty POST) is passed on as it is: the endpoint finds none
            String length = context.request().getHeader("Content-Length");
            boolean chunked = "chunked".equalsIgnoreCase(context.request().getHeader("Transfer-Encoding"));
            if (chunked || length != null && !"0".equals(length.strip())) {
                reader.handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            // a chunked body of no bytes: read, so the endpoint could wait for it forever; it is an empty body
            if (context.body().available() && context.body().length() == 0) {
                problem(context, 400, "Bad Request", "The body is empty; send a JSON object.");
                return;
            }
            context.next();
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof HttpClosedException) {
                // the client went away while sending its body: nobody to answer, nothing went wrong here
                return;
            }
            int status = context.statusCode();
            if (status < 400 || status >= 500 || context.response().headWritten()) {
                context.next();
                return;
            }
            if (status == 413) {
                // the rest of the body is not read: the connection cannot be reused
                context.response().putHeader("Connection", "close");
                problem(context, 413, "Payload Too Large",
                        "The body is larger than the " + limits.maxBodyBytes() + " bytes accepted.");
            } else {
                // the body could not be read as its media type says (a broken form or multipart body)
                problem(context, status, HttpResponseStatus.valueOf(status).reasonPhrase(),
                        "The request body could not be read; send JSON as the API documents.");
            }
        });
    }

    /**
     * The newsroom's login form ({@code parallax.http.form-login-path}): Quarkus' form authentication reads its small
     * url-encoded body itself, on the event loop, and finds nothing to read if it was read here first.
     */
    private boolean formLogin(RoutingContext context) {
        return limits.formLoginPath().map(path -> path.equals(context.normalizedPath())).orElse(false)
                && context.request().method() == io.vertx.core.http.HttpMethod.POST;
    }

    private static void problem(RoutingContext context, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem.encode());
    }
}
