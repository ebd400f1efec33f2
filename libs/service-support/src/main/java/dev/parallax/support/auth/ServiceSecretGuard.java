package dev.parallax.support.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.parallax.support.problem.Problem;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * langid, translate and align answer only callers that send a service secret ({@link ServiceAuthConfig#guarded()}):
 * every request but the probes and metrics needs {@code Authorization: Bearer <one of the secrets>}, else a
 * problem+json 401. Checked first, before a body is read, so an anonymous client cannot make the service buffer
 * megabytes. The check at start-up (through {@link ServiceSecrets#of}) stops a guarded service with authentication
 * on and no secret: it never runs open by mistake.
 * <p>
 * Open: {@code /q/health/*} (probes of the orchestrator), {@code /q/metrics} (Prometheus scrapes without credentials;
 * the Kubernetes NetworkPolicies let only the monitoring namespace reach it) and {@code /q/openapi} (the contract is
 * public anyway).
 */
@ApplicationScoped
public class ServiceSecretGuard {

    /** Before {@code RequestBodies}, which reads bodies from {@code Integer.MIN_VALUE + 1} on. */
    static final int ORDER = Integer.MIN_VALUE;

    private final ServiceAuthConfig config;

    ServiceSecretGuard(ServiceAuthConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        if (!config.enabled() || !config.guarded()) {
            return;
        }
        ServiceSecrets secrets = ServiceSecrets.of(config.serviceSecrets());
        router.route().order(ORDER).handler(context -> {
            if (isOpen(context.normalizedPath()) || secrets.accepts(context.request().getHeader("Authorization"))) {
                context.next();
            } else {
                unauthorized(context);
            }
        });
    }

    static boolean isOpen(String path) {
        return path.equals("/q/health") || path.startsWith("/q/health/") || path.equals("/q/metrics")
                || path.equals("/q/openapi");
    }

    private static void unauthorized(RoutingContext context) {
        boolean hasBody = context.request().getHeader("Content-Length") != null
                || context.request().getHeader("Transfer-Encoding") != null;
        if (hasBody) {
            // the body is not read: the connection cannot carry another request
            context.response().putHeader("Connection", "close");
        }
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Unauthorized")
                .put("status", 401)
                .put("detail", "This service answers only the newsroom: send Authorization: Bearer <service secret>.");
        context.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer realm=\"parallax\"")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
