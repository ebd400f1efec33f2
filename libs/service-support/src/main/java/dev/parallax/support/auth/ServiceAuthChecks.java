package dev.parallax.support.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * A service that calls others ({@link ServiceAuthConfig#callsServices()}: newsroom, translate) with authentication on
 * and no secret to send does not start: every call it made would be refused.
 */
@ApplicationScoped
public class ServiceAuthChecks {

    private final ServiceAuthConfig config;

    ServiceAuthChecks(ServiceAuthConfig config) {
        this.config = config;
    }

    void check(@Observes StartupEvent start) {
        if (config.enabled() && config.callsServices()
                && config.serviceSecret().map(String::isBlank).orElse(true)) {
            throw new IllegalStateException("Authentication is on (parallax.auth.enabled) but no secret to send to "
                    + "langid, translate and align is configured: set PARALLAX_AUTH_SERVICE_SECRET (one of their "
                    + "PARALLAX_AUTH_SERVICE_SECRETS), or PARALLAX_AUTH_ENABLED=false where the network alone is trusted.");
        }
    }
}
