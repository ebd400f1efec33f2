package dev.parallax.support.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The secrets a guarded service accepts, and the one test of a request's {@code Authorization} header against them.
 * Pure: no HTTP, no CDI, so that the rule is tested on its own ({@code ServiceSecretsTest}).
 */
public final class ServiceSecrets {

    /** Shorter secrets are refused at start-up: a guessable secret is no protection. */
    public static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;

    private ServiceSecrets(List<byte[]> digests) {
        this.digests = digests;
    }

    /**
     * The accepted secrets from configuration; fails with a message naming the variable to set when there are none
     * or one is too short, so that a service with authentication on never starts open.
     */
    public static ServiceSecrets of(Optional<List<String>> configured) {
        List<String> secrets = configured.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (secrets.isEmpty()) {
            throw new IllegalStateException("Authentication is on (parallax.auth.enabled) but no service secret is "
                    + "configured: set PARALLAX_AUTH_SERVICE_SECRETS to the secrets callers send (comma-separated), "
                    + "or PARALLAX_AUTH_ENABLED=false where the network alone is trusted.");
        }
        for (String secret : secrets) {
            if (secret.length() < MIN_LENGTH) {
                throw new IllegalStateException("A secret in PARALLAX_AUTH_SERVICE_SECRETS has " + secret.length()
                        + " characters; at least " + MIN_LENGTH + " are needed (e.g. openssl rand -base64 32).");
            }
        }
        return new ServiceSecrets(secrets.stream().map(ServiceSecrets::sha256).toList());
    }

    /**
     * Whether the header is {@code Bearer <one of the secrets>}. Both sides are hashed and compared in constant
     * time, and every secret is compared, so neither the time taken nor its length tells a caller how close it came.
     */
    public boolean accepts(String authorization) {
        String presented = bearer(authorization);
        if (presented == null) {
            return false;
        }
        byte[] digest = sha256(presented);
        boolean match = false;
        for (byte[] accepted : digests) {
            match |= MessageDigest.isEqual(accepted, digest);
        }
        return match;
    }

    /** The token of an {@code Authorization: Bearer <token>} header (scheme case-insensitive), or null. */
    public static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
