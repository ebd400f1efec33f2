package dev.parallax.translate.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * With authentication on, translate answers only callers sending one of its service secrets, sends its own secret to
 * langid, and keeps its probes open.
 */
@QuarkusTest
@TestProfile(ServiceSecretTest.Guarded.class)
@WithTestResource(LangidWireMock.class)
class ServiceSecretTest {

    static final String CURRENT = "translate-test-secret-current-01";
    static final String PREVIOUS = "translate-test-secret-previous-02";
    static final String TO_LANGID = "langid-secret-sent-by-translate-03";

    public static class Guarded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.auth.enabled", "true",
                    "parallax.auth.service-secrets", CURRENT + "," + PREVIOUS,
                    "parallax.auth.service-secret", TO_LANGID);
        }
    }

    WireMockServer langid;

    @Test
    void withoutASecretTheAnswerIsAProblem401() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Hej.", "source", "da", "target", "da"))
                .when().post("/api/v1/translate").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong-wrong-wrong-wrong").when().get("/api/v1/pairs").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void eitherSecretIsAnsweredAndLangidIsCalledWithTranslatesOwnSecret() {
        langid.stubFor(post(urlEqualTo("/api/v1/detect"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"language\":\"da\",\"confidence\":0.99}")));
        given().header("Authorization", "Bearer " + PREVIOUS).when().get("/api/v1/pairs").then().statusCode(200);
        // no source: translate asks langid, with Authorization: Bearer <its service secret>
        given().header("Authorization", "Bearer " + CURRENT).contentType(ContentType.JSON)
                .body(Map.of("text", "Han siger det.", "target", "da"))
                .when().post("/api/v1/translate").then().statusCode(200);
        langid.verify(postRequestedFor(urlEqualTo("/api/v1/detect"))
                .withHeader("Authorization", equalTo("Bearer " + TO_LANGID)));
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
