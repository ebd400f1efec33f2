package dev.parallax.newsroom.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.parallax.support.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The newsroom's answers when a request lacks an identity or a role, in the contract's shape: problem+json 401 (with
 * {@code WWW-Authenticate: Bearer}) and 403 for the API and for bearer requests; for a browser on the pages, the
 * login page. Quarkus' own mappers for these answer without a body; these win by their priority.
 */
public class AuthProblems {

    static final String DETAIL_401 = "Send Authorization: Bearer <token> (an API client's token), or log in at /login.";

    /** Anonymous on an endpoint with a role: whatever the mechanisms' challenge is, the 401 gets a problem body. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        return challenge(context);
    }

    /** A token that is unknown or revoked, a session whose user is gone: the same answers as for no credentials. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> failed(AuthenticationFailedException e, RoutingContext context) {
        return challenge(context);
    }

    private static Uni<Response> challenge(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(problem401());
        }
        return authenticator.getChallenge(context).map(challenge -> {
            if (challenge == null || challenge.status == 401) {
                return problem401();
            }
            // the form authentication's redirect to the login page (it has set the cookie to come back here)
            Response.ResponseBuilder redirect = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
            return redirect.build();
        });
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "Forbidden", "Your token or account lacks the role this needs.")).build();
    }

    private static Response problem401() {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer realm=\"parallax\"")
                .entity(Problem.of(401, "Unauthorized", DETAIL_401)).build();
    }

    /** The same 401 written straight to the response, for failures answered before any endpoint runs. */
    static void unauthorized(RoutingContext context) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Unauthorized")
                .put("status", 401)
                .put("detail", DETAIL_401);
        context.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer realm=\"parallax\"")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
