package dev.parallax.align.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With authentication on, align answers only callers sending one of its service secrets; the probes stay open. */
@QuarkusTest
@TestProfile(ServiceSecretTest.Guarded.class)
class ServiceSecretTest {

    static final String CURRENT = "align-test-secret-current-0001";
    static final String PREVIOUS = "align-test-secret-previous-0002";

    public static class Guarded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.auth.enabled", "true", "parallax.auth.service-secrets", CURRENT + "," + PREVIOUS);
        }
    }

    private static final Map<String, Object> TWO = Map.of("documents", List.of(
            Map.of("id", "a", "text", "USA og Rusland er klar til at forhandle om Syrien."),
            Map.of("id", "b", "text", "USA og Russland er klare til å forhandle om Syria.")));

    @Test
    void withoutASecretTheAnswerIsAProblem401() {
        given().contentType(ContentType.JSON).body(TWO).when().post("/api/v1/align").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer " + CURRENT + "-not").contentType(ContentType.JSON).body(TWO)
                .when().post("/api/v1/align").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void eitherConfiguredSecretIsAnswered() {
        for (String secret : new String[] {CURRENT, PREVIOUS}) {
            given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON).body(TWO)
                    .when().post("/api/v1/align").then().statusCode(200).body("documents.size()", equalTo(2));
        }
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
