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
}
