package dev.parallax.newsroom.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the newsroom also accepts its organisation's OIDC tokens ({@code QUARKUS_OIDC_TENANT_ENABLED=true} with
 * {@code QUARKUS_OIDC_AUTH_SERVER_URL}); off by default.
 */
@ApplicationScoped
public class OidcSwitch {

    private final boolean enabled;

    OidcSwitch(@ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
