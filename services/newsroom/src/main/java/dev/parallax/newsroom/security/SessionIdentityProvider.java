package dev.parallax.newsroom.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.newsroom.service.auth.UserService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * The identity of a logged-in editor on each later request: the session cookie (encrypted by Quarkus with
 * {@code quarkus.http.auth.session.encryption-key}) names the user, and the roles are read again here, so a deleted
 * user's session ends and changed roles hold at once.
 */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final UserService users;

    SessionIdentityProvider(UserService users) {
        this.users = users;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> users.find(request.getPrincipal())
                .map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException("the session's user no longer exists")));
    }
}
