package dev.parallax.support.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.runtime.StartupEvent;

/**
 * What a service sends to the guarded services it calls: {@code Authorization: Bearer <parallax.auth.service-secret>}
 * when authentication is on. Registered on each REST client interface with {@code @RegisterClientHeaders}. A service
 * that calls others ({@link ServiceAuthConfig#callsServices()}) with authentication on and no secret does not start:
 * every call would be refused.
 */
@ApplicationScoped
public class ServiceSecretHeaders implements ClientHeadersFactory {

    private final ServiceAuthConfig config;

    ServiceSecretHeaders(ServiceAuthConfig config) {
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

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (config.enabled()) {
            config.serviceSecret().filter(s -> !s.isBlank())
                    .ifPresent(secret -> headers.putSingle("Authorization", "Bearer " + secret.strip()));
        }
        return headers;
    }
}
