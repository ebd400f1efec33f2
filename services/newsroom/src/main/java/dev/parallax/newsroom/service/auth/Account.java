package dev.parallax.newsroom.service.auth;

import java.util.Set;

/** Who is calling, once authenticated: a user's or an API client's name, and its roles. */
public record Account(String name, Set<String> roles) {
}
