package dev.parallax.newsroom.service.auth;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as an admin sees it: never the password's hash. */
public record UserView(UUID id, String name, Set<String> roles, Instant created) {
}
