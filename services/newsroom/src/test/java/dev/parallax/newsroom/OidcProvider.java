package dev.parallax.newsroom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in OpenID Connect provider on loopback (WireMock, no external server): discovery document, signing keys,
 * an authorization endpoint for the code flow's redirect; {@link #token} signs access tokens as it would.
 */
public class OidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "parallax-newsroom";

    private RsaJsonWebKey key;
    private String issuer;
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
        key.setKeyId("test-key");
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        issuer = server.baseUrl() + "/realms/newsroom";
        server.stubFor(get(urlEqualTo("/realms/newsroom/.well-known/openid-configuration"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"issuer": "%1$s", "jwks_uri": "%1$s/keys", "authorization_endpoint": "%1$s/auth",
                         "token_endpoint": "%1$s/token", "id_token_signing_alg_values_supported": ["RS256"],
                         "response_types_supported": ["code"], "subject_types_supported": ["public"]}""".formatted(issuer))));
        server.stubFor(get(urlEqualTo("/realms/newsroom/keys"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(new JsonWebKeySet(key).toJson())));
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", "test-client-secret");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Tokens(key, issuer), new TestInjector.MatchesType(Tokens.class));
    }

    /** What a test asks of the provider: its tokens, and where its login lives. */
    public record Tokens(RsaJsonWebKey key, String issuer) {

        String authorizationEndpoint() {
            return issuer + "/auth";
        }

        /** An access token from this provider for {@code subject} in these groups, valid for this many seconds. */
        String token(String subject, List<String> groups, long lifetimeSeconds) {
            return sign(issuer, subject, groups, lifetimeSeconds, key);
        }

        /** The same token signed by a key the provider never published. */
        String forged(String subject, List<String> groups) {
            try {
                RsaJsonWebKey other = RsaJwkGenerator.generateJwk(2048);
                other.setKeyId("test-key");
                return sign(issuer, subject, groups, 300, other);
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String sign(String issuer, String subject, List<String> groups, long lifetimeSeconds,
            RsaJsonWebKey with) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setSubject(subject);
            claims.setClaim("preferred_username", subject);
            claims.setStringListClaim("groups", groups);
            claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(Instant.now().getEpochSecond() - 10));
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(Instant.now().getEpochSecond() + lifetimeSeconds));
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(with.getPrivateKey());
            jws.setKeyIdHeaderValue(with.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
