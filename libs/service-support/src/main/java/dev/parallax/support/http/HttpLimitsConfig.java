package dev.parallax.support.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a client may send, shared by every service. */
@ConfigMapping(prefix = "parallax.http")
public interface HttpLimitsConfig {

    /**
     * Largest request body accepted, in bytes. Keep {@code quarkus.http.limits.max-body-size} above it:
     * that hard limit answers without a problem+json body.
     */
    @WithDefault("2097152")
    long maxBodyBytes();

    /**
     * The path of the login form's POST, where one is served (the newsroom: {@code quarkus.http.auth.form.post-location});
     * its body is left to Quarkus' form authentication, which reads it itself.
     */
    java.util.Optional<String> formLoginPath();
}
