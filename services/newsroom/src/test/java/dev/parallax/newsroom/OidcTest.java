package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * OIDC turned on, as a newsroom with an identity provider would (provider: {@link OidcProvider}, WireMock on
 * loopback): its tokens are accepted with the roles of their groups, its login replaces the form for browsers
 * ({@code hybrid}, before the form), and API tokens keep working beside it.
 */
@QuarkusTest
@TestProfile(OidcTest.WithProvider.class)
@WithTestResource(OidcProvider.class)
@WithTestResource(DownstreamStubs.class)
class OidcTest {

    static final String DEMO_TOKEN = "demo-token-for-the-oidc-test-0123456789abcdefghi";
    static final String PROBLEM = "application/problem+json";

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.auth.enabled", "true",
                    "parallax.auth.service-secret", "newsroom-to-services-secret-02",
                    "newsroom.auth.demo-token", DEMO_TOKEN,
                    "quarkus.oidc.application-type", "hybrid",
                    "quarkus.oidc.priority", "1200",
                    "quarkus.http.auth.session.encryption-key", "oidc-test-session-key-0123456789abcdef");
        }
    }

    OidcProvider.Tokens provider;

    @Test
    void theProvidersTokensOpenWhatTheirGroupsAllow() {
        String reader = provider.token("ola", List.of("reader"), 300);
        given().header("Authorization", "Bearer " + reader).when().get("/api/v1/events").then().statusCode(200);
        given().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON)
                .body(Api.article("OIDC test", "Regjeringa la fram forslaget.", "2015-09-18"))
                .when().post("/api/v1/articles").then().statusCode(403).contentType(PROBLEM);
        // the pages take the provider's token too
        String editor = provider.token("kari", List.of("editor"), 300);
        given().header("Authorization", "Bearer " + editor).when().get("/").then().statusCode(200)
                .contentType(ContentType.HTML);
    }

    @Test
    void expiredOrForgedTokensAreAProblem401() {
        for (String token : List.of(provider.token("ola", List.of("reader"), -600),
                provider.forged("ola", List.of("reader")))) {
            given().header("Authorization", "Bearer " + token).when().get("/api/v1/events").then()
                    .statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
        }
        given().when().get("/api/v1/events").then().statusCode(401).contentType(PROBLEM)
                .body("status", equalTo(401));
    }

    @Test
    void aBrowserOnThePagesIsSentToTheProvidersLogin() {
        given().redirects().follow(false).when().get("/").then()
                .statusCode(302).header("Location", startsWith(provider.authorizationEndpoint()))
                .header("Location", containsString("client_id=" + OidcProvider.CLIENT_ID));
    }

    @Test
    void apiTokensAndTheProbesWorkAsWithoutOidc() {
        given().header("Authorization", "Bearer " + DEMO_TOKEN).when().get("/api/v1/events").then().statusCode(200);
        given().header("Authorization", "Bearer " + DEMO_TOKEN).when().get("/").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/events").then()
                .statusCode(401).contentType(PROBLEM);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
