package dev.parallax.newsroom.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.newsroom.service.auth.UserService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * A user's identity from the login form's name and password (Quarkus' form authentication asks this provider), on a
 * worker thread: the database and the slow password hash must not hold the event loop.
 */
@ApplicationScoped
class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final UserService users;

    PasswordIdentityProvider(UserService users) {
        this.users = users;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String name = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> users.authenticate(name, password)
                .map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException("wrong name or password")));
    }
}
