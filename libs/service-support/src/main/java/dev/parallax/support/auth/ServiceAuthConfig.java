package dev.parallax.support.auth;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call a service, and what it sends to the services it calls (docs/deployment.md, Authentication).
 * Secrets come from the environment only: {@code PARALLAX_AUTH_SERVICE_SECRETS}, {@code PARALLAX_AUTH_SERVICE_SECRET}.
 */
@ConfigMapping(prefix = "parallax.auth")
public interface ServiceAuthConfig {

    /**
     * Authentication on (the default, so that a service deployed without thought is closed, not open). Off only
     * where the network alone is trusted, e.g. the unit tests ({@code %test}) and a developer's own machine.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * This service accepts only callers that send one of {@link #serviceSecrets()} (langid, translate, align: the
     * newsroom and the evaluators call them, nobody else). The newsroom has its own users and tokens instead.
     */
    @WithDefault("false")
    boolean guarded();

    /**
     * The bearer secrets a guarded service accepts, comma-separated. More than one so that a secret can be rotated
     * without downtime: add the new one, roll the callers, remove the old one.
     */
    Optional<List<String>> serviceSecrets();

    /** This service calls others (newsroom, translate): it needs {@link #serviceSecret()} when auth is on. */
    @WithDefault("false")
    boolean callsServices();

    /** The bearer secret sent to langid, translate and align; one of their {@link #serviceSecrets()}. */
    Optional<String> serviceSecret();
}
