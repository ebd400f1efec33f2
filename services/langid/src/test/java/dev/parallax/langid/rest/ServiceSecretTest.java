package dev.parallax.langid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With authentication on, langid answers only callers sending one of its service secrets; the probes stay open. */
@QuarkusTest
@TestProfile(ServiceSecretTest.Guarded.class)
class ServiceSecretTest {

    static final String CURRENT = "langid-test-secret-current-0001";
    static final String PREVIOUS = "langid-test-secret-previous-0002";

    public static class Guarded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.auth.enabled", "true", "parallax.auth.service-secrets", CURRENT + "," + PREVIOUS);
        }
    }

    private static final Map<String, String> TEXT = Map.of("text", "Regjeringa la fram forslaget måndag.");

    @Test
    void withoutASecretTheAnswerIsAProblem401() {
        given().contentType(ContentType.JSON).body(TEXT).when().post("/api/v1/detect").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
        given().header("Authorization", "Bearer not-the-secret-at-all").contentType(ContentType.JSON).body(TEXT)
                .when().post("/api/v1/detect/batch").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Basic " + CURRENT).contentType(ContentType.JSON).body(TEXT)
                .when().post("/api/v1/detect").then().statusCode(401);
    }

    @Test
    void eitherConfiguredSecretIsAnswered() {
        for (String secret : new String[] {CURRENT, PREVIOUS}) {
            given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON).body(TEXT)
                    .when().post("/api/v1/detect").then().statusCode(200).body("language", equalTo("nn"));
        }
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
