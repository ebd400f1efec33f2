package dev.parallax.newsroom.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.newsroom.service.auth.ApiClientService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** An API client's identity from its bearer token: a database look-up by the token's hash, on a worker thread. */
@ApplicationScoped
class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {

    private final ApiClientService clients;

    ApiTokenIdentityProvider(ApiClientService clients) {
        this.clients = clients;
    }

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> clients.authenticate(request.token())
                .map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked token")));
    }
}
