package dev.parallax.translate.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Without Apertium's modes the service starts, says what is missing, and answers 503, not 500s. */
@QuarkusTest
@TestProfile(MissingApertiumTest.NoModes.class)
@WithTestResource(LangidWireMock.class)
class MissingApertiumTest {

    public static class NoModes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("translate.apertium.modes-dir", "/nonexistent/apertium/modes");
        }
    }

    @Test
    void readinessIsDownAndNamesTheMissingModes() {
        given().when().get("/q/health/ready").then()
                .statusCode(503)
                .body("checks.find { it.name == 'apertium' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'apertium' }.data.missing",
                        containsString("/nonexistent/apertium/modes/nob-dan.mode"));
    }

    @Test
    void translationIs503WithRetryAfter() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Han siger det.", "source", "da", "target", "nb"))
                .when().post("/api/v1/translate").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("2"))
                .body("detail", containsString("dan-nob.mode"));
    }

    @Test
    void sameLanguageStillWorks() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Han siger det.", "source", "da", "target", "da"))
                .when().post("/api/v1/translate").then()
                .statusCode(200).body("translation", equalTo("Han siger det."));
    }
}
