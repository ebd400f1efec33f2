package dev.parallax.newsroom.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.newsroom.service.auth.Account;
import dev.parallax.newsroom.service.auth.Roles;
import dev.parallax.support.auth.ServiceAuthConfig;
import dev.parallax.support.auth.ServiceSecrets;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer <token>} on every path of the newsroom, the API's and the pages' (tools and checks read
 * the pages with a token too). It runs before Quarkus' form authentication (a higher priority), so a request with a
 * bearer token is answered by the token alone.
 * <p>
 * The challenge, when a request needs an identity it does not have: for the API, or for any request that came with a
 * bearer token, a problem+json 401 with {@code WWW-Authenticate: Bearer}; for the pages without one, nothing here, so
 * that the form authentication redirects the browser to the login page.
 * <p>
 * With authentication off ({@code parallax.auth.enabled=false}: the unit tests, a newsroom behind a trusted network)
 * every request gets an identity holding every role, so the endpoints' role checks pass unchanged.
 * <p>
 * With OIDC on ({@link OidcSwitch}), a token that is a JWT (three dot-separated parts; API tokens have no dot) is left
 * to the OIDC mechanism.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Above the form mechanism's {@link HttpAuthenticationMechanism#DEFAULT_PRIORITY}, below OIDC's. */
    static final int PRIORITY = DEFAULT_PRIORITY + 500;

    private static final SecurityIdentity EVERYONE = Identities.of(
            new Account("anonymous (authentication off)", Set.copyOf(Roles.ALL)));

    private final ServiceAuthConfig config;
    private final OidcSwitch oidc;

    BearerTokenMechanism(ServiceAuthConfig config, OidcSwitch oidc) {
        this.config = config;
        this.oidc = oidc;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!config.enabled()) {
            return Uni.createFrom().item(EVERYONE);
        }
        String token = ServiceSecrets.bearer(context.request().getHeader("Authorization"));
        if (token == null || oidc.enabled() && looksLikeJwt(token)) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new ApiTokenRequest(token), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(answersWithProblem(context)
                ? new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"parallax\"")
                : null);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!answersWithProblem(context)) {
            return Uni.createFrom().item(false);
        }
        AuthProblems.unauthorized(context);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    /** The API, and any request that brought a bearer token: a machine, to be answered in JSON, not redirected. */
    static boolean answersWithProblem(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/")
                || ServiceSecrets.bearer(context.request().getHeader("Authorization")) != null;
    }

    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
