package dev.parallax.support.auth;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.smallrye.config.SmallRyeConfig;

/**
 * What a service sends to the guarded services it calls: {@code Authorization: Bearer <parallax.auth.service-secret>}
 * when authentication is on. Registered on each REST client interface with {@code @RegisterClientHeaders}.
 * <p>
 * Deliberately not a CDI bean: langid and align have no REST client, and a bean here would make them load the REST
 * client's classes. The REST client creates it itself; the configuration is read from the application's.
 * {@link ServiceAuthChecks} stops a service that needs the secret and has none at start-up.
 */
public class ServiceSecretHeaders implements ClientHeadersFactory {

    private final ServiceAuthConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
            .getConfigMapping(ServiceAuthConfig.class);

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
