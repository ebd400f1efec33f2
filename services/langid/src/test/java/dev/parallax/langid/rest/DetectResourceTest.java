package dev.parallax.langid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DetectResourceTest {

    private static final String DETECT = "/api/v1/detect";
    private static final String BATCH = "/api/v1/detect/batch";
    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "da | Regeringen vil efter sommerferien fremlægge et forslag om at købe flere tog til de danske jernbaner.",
            "da | Hvad mener du egentlig om, at kommunen nu vil lukke skolen i vores gade?",
            "nb | Regjeringen vil etter sommerferien legge fram et forslag om å kjøpe flere tog til jernbanen.",
            "nb | Hva mener du egentlig om at kommunen nå vil legge ned skolen i gata vår?",
            "nn | Regjeringa vil etter sommarferien leggje fram eit forslag om å kjøpe fleire tog til jernbana.",
            "nn | Kva meiner du eigentleg om at kommunen no vil leggje ned skulen i gata vår?",
            "sv | Regeringen vill efter sommaren lägga fram ett förslag om att köpa fler tåg till järnvägen.",
            "en | The government wants to present a proposal to buy more trains for the railways after the summer."
    })
    void detectsEachLanguageOnHandMadeSentences(String language, String text) {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post(DETECT)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("language", equalTo(language))
                .body("scores", hasKey("da")).body("scores", hasKey("nb")).body("scores", hasKey("nn"))
                .extract().jsonPath();

        Map<String, Float> scores = answer.getMap("scores", String.class, Float.class);
        assertThat(scores.values().stream().mapToDouble(Float::doubleValue).sum()).isCloseTo(1.0, within(0.002));
        assertThat(answer.getDouble("confidence")).isEqualTo(scores.get(language).doubleValue(), within(1e-4));
        assertThat(answer.getMap("$")).doesNotContainKey("segments");
    }

    @Test
    void segmentsGiveEachSentenceOfAMixedTextItsLanguageAndOffsets() {
        String text = "Statsministeren kom med en kort udtalelse efter mødet i går. "
                + "«Eg trur ikkje at dette er den rette vegen å gå for kommunen vår,» seier ordføraren på Voss til avisa. "
                + "Derefter forlod hun salen uden at svare på flere spørgsmål fra pressen.";

        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "segments", true))
                .when().post(DETECT)
                .then().statusCode(200)
                .body("language", equalTo("da"))
                .extract().jsonPath();

        List<Map<String, Object>> segments = answer.getList("segments");
        assertThat(segments).hasSize(3);
        assertThat(segments).extracting(s -> s.get("language")).containsExactly("da", "nn", "da");
        assertThat(text.substring((int) segments.get(1).get("start"), (int) segments.get(1).get("end")))
                .startsWith("«Eg trur").endsWith("avisa.");
        assertThat((int) segments.get(0).get("start")).isZero();
        assertThat((int) segments.get(2).get("end")).isEqualTo(text.length());
    }

    @Test
    void segmentsFindANynorskQuoteInABokmalReport() {
        String text = "Politiet i Oslo melder at en mann er pågrepet etter ranet i går kveld. "
                + "«Vi har ikkje sett noko liknande her før,» seier ein nabo. "
                + "Saken etterforskes videre, og politiet ber om tips fra publikum.";

        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "segments", true))
                .when().post(DETECT)
                .then().statusCode(200)
                .body("language", equalTo("nb"))
                .extract().jsonPath();

        assertThat(answer.getList("segments.language")).containsExactly("nb", "nn", "nb");
    }

    @Test
    void anAmbiguousSentenceTakesTheLanguageOfTheTextAroundIt() {
        // "Det er bra." is Bokmål as much as Nynorsk: alone it is not answered Nynorsk with any confidence
        JsonPath alone = given().contentType(ContentType.JSON).body(Map.of("text", "Det er bra."))
                .when().post(DETECT)
                .then().statusCode(200)
                .extract().jsonPath();
        assertThat(alone.getString("language").equals("nn") && alone.getDouble("confidence") > 0.8).isFalse();

        String text = "Eg veit ikkje kva ho meiner om det. Det er bra. Dei kjem heim att i morgon.";
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "segments", true))
                .when().post(DETECT)
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(answer.getList("segments.language")).containsExactly("nn", "nn", "nn");
        assertThat(answer.getDouble("segments[1].confidence")).isGreaterThan(0.8);
    }

    @Test
    void segmentsCountUtf16CodeUnits() {
        String text = "Det er et godt spørgsmål 😀 om vi kan nå det. Eg veit ikkje kva vi skal gjere no.";

        List<Map<String, Object>> segments = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "segments", true))
                .when().post(DETECT)
                .then().statusCode(200).extract().jsonPath().getList("segments");

        assertThat(segments).hasSize(2);
        assertThat(text.substring((int) segments.get(1).get("start"), (int) segments.get(1).get("end")))
                .isEqualTo("Eg veit ikkje kva vi skal gjere no.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345 67,89", "https://www.vg.no/nyheter/123", "!!! ... ???", "12:00 – 14:30 (+45) 33 12 34 56"})
    void textWithoutWordsIsUndeterminedWithLowConfidence(String text) {
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post(DETECT)
                .then().statusCode(200)
                .body("language", equalTo("und"))
                .body("confidence", lessThan(0.5f))
                .body("scores", hasKey("da"));
    }

    @Test
    void batchAnswersInRequestOrder() {
        List<String> texts = List.of(
                "Eg veit ikkje kva ho meiner om saka, men eg skal spørje henne i morgon.",
                "Jeg ved ikke, hvad hun mener om sagen, men jeg vil spørge hende i morgen.",
                "Jeg vet ikke hva hun mener om saken, men jeg skal spørre henne i morgen.",
                "I do not know what she thinks about the matter, but I will ask her tomorrow.");

        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("texts", texts))
                .when().post(BATCH)
                .then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("results.language")).containsExactly("nn", "da", "nb", "en");
        assertThat(answer.getMap("results[0]")).containsKeys("language", "confidence", "scores").doesNotContainKey("segments");
    }

    @Test
    void batchOfExactlyTheLimitIsAccepted() {
        List<String> texts = Collections.nCopies(1000, "Jeg ved ikke.");

        given().contentType(ContentType.JSON).body(Map.of("texts", texts))
                .when().post(BATCH)
                .then().statusCode(200).body("results.size()", equalTo(1000));
    }

    @Test
    void batchOverTheLimitIs413() {
        List<String> texts = Collections.nCopies(1001, "Jeg ved ikke.");

        given().contentType(ContentType.JSON).body(Map.of("texts", texts))
                .when().post(BATCH)
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                .body("detail", containsString("1001"));
    }

    @Test
    void emptyBatchIs400() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of()))
                .when().post(BATCH)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("texts"));
    }

    @Test
    void blankTextInABatchIs400NamingIt() {
        List<String> texts = new ArrayList<>(List.of("Jeg ved ikke.", "  "));

        given().contentType(ContentType.JSON).body(Map.of("texts", texts))
                .when().post(BATCH)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("texts[1]"));
    }

    @Test
    void oversizedTextIs413OnBothEndpoints() {
        String text = "Jeg ved ikke. ".repeat(100_000 / 14 + 1);
        assertThat(text.length()).isGreaterThan(100_000);

        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post(DETECT)
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of("Hej.", text)))
                .when().post(BATCH)
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("texts[1]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {DETECT, BATCH})
    void badBodiesAre400(String path) {
        for (String body : List.of("", "{\"text\": ", "[1, 2]", "{}", "{\"text\": \"   \", \"texts\": [\" \"]}",
                "{\"text\": [\"a\"], \"texts\": \"not a list\"}")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post(path)
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        }
    }

    @Test
    void strictJsonAndTextAre400() {
        for (String body : List.of("{\"text\": \"Hej\", \"text\": \"Hei\"}", "{\"text\": \"Hej\"} trailing",
                "{\"text\": 5}", "{\"text\": true}", "{\"text\": \"Hej \\u0000 du\"}", "{\"text\": \"Hej \\ud800\"}",
                "{\"text\": \"\\u200B\\uFEFF\"}")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post(DETECT)
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        }
        for (String body : List.of("{\"texts\": [\"Hej\"], \"texts\": [\"Hei\"]}", "{\"texts\": [\"Hej\"]}{}",
                "{\"texts\": [5]}", "{\"texts\": [\"Hej\", \"\\u0007\"]}")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post(BATCH)
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DETECT, BATCH})
    void invalidUtf8Is400(String path) {
        byte[] prefix = (DETECT.equals(path) ? "{\"text\": \"Hej " : "{\"texts\": [\"Hej ").getBytes(StandardCharsets.UTF_8);
        byte[] suffix = (DETECT.equals(path) ? "\"}" : "\"]}").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3; // a lead byte followed by another lead byte: not UTF-8
        body[prefix.length + 1] = (byte) 0xC3;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);

        given().contentType("application/json; charset=UTF-8").body(body)
                .when().post(path)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {DETECT, BATCH})
    void nonJsonContentTypeIs415(String path) {
        given().contentType(ContentType.TEXT).body("Jeg ved ikke.")
                .when().post(path)
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void readinessReportsTheLoadedDetectorAndMetricsCountDetections() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("checks.name", org.hamcrest.Matchers.hasItem("language-detector"))
                .body("checks.find { it.name == 'language-detector' }.data.lexicon", org.hamcrest.Matchers.notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("text", "Jeg ved ikke, hvad han mener."))
                .when().post(DETECT).then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("langid_detections_total{language=\"da\"}"))
                .body(containsString("langid_detection_seconds_count"))
                .body(containsString("apertium_lookups ")).body(containsString("apertium_lookup_restarts_total"))
                .body(containsString("apertium_lookup_failures_total"));
    }
}
