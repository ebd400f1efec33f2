package dev.parallax.newsroom.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented to the newsroom, to be checked against the API clients' tokens. */
final class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    ApiTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
