package dev.parallax.newsroom.service.auth;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API client as an admin sees it: never its token. {@code revoked} is null while the token is accepted. */
public record ClientView(UUID id, String name, Set<String> roles, Instant created, Instant revoked) {
}
