package dev.parallax.align.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parallax.align.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AlignResourceTest {

    private static final String PATH = "/api/v1/align";

    private static Map<String, Object> doc(String id, String text) {
        Map<String, Object> d = new HashMap<>();
        d.put("id", id);
        d.put("text", text);
        return d;
    }

    private static Map<String, Object> body(List<Map<String, Object>> docs) {
        return Map.of("documents", docs);
    }

    private static List<Map<String, Object>> twoShortDocs() {
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(doc("a", "USA og Rusland er klar til at forhandle om Syrien."));
        docs.add(doc("b", "USA og Russland er klare til å forhandle om Syria."));
        return docs;
    }

    @Test
    void alignsTheSeedsIntoTheContractShape() {
        Map<String, Object> a = doc("000", Seeds.text("000"));
        a.put("language", "da");
        a.put("published", "2015-09-18");
        Map<String, Object> b = doc("001", Seeds.text("001"));
        b.put("language", "da");
        b.put("published", "2015-09-18T10:00:00Z");
        JsonPath json = given().contentType(ContentType.JSON).body(body(List.of(a, b)))
                .when().post(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("documents.size()", equalTo(2))
                .body("documents[0].id", equalTo("000"))
                .body("documents[0].language", equalTo("da"))
                .body("documents[1].sentences.size()", greaterThan(10))
                .body("links.size()", greaterThan(0))
                .extract().jsonPath();

        String text0 = Seeds.text("000");
        List<Map<String, Integer>> sentences = json.getList("documents[0].sentences");
        int previousEnd = 0;
        for (Map<String, Integer> s : sentences) {
            assertThat(s.get("start")).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.get("end")).isGreaterThan(s.get("start")).isLessThanOrEqualTo(text0.length());
            assertThat(Character.isWhitespace(text0.charAt(s.get("start")))).isFalse();
            previousEnd = s.get("end");
        }
        List<Map<String, Object>> links = json.getList("links");
        for (Map<String, Object> link : links) {
            assertThat((Float) link.get("score")).isBetween(0f, 1f);
            List<Map<String, Object>> members = (List<Map<String, Object>>) link.get("members");
            assertThat(members).hasSizeGreaterThanOrEqualTo(2);
            assertThat(members).extracting(m -> m.get("doc")).doesNotHaveDuplicates();
        }
        // the contract's example: "siden marts 2014" against "siden august 2014"
        List<Map<String, Object>> comparison = json.getList("comparison");
        Map<String, Object> conflict = comparison.stream()
                .filter(c -> "conflict".equals(c.get("status")) && "date".equals(c.get("kind")))
                .findFirst().orElseThrow();
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) conflict.get("mentions");
        assertThat(mentions).extracting(m -> m.get("value")).containsExactlyInAnyOrder("2014-03", "2014-08");
        for (Map<String, Object> m : mentions) {
            String text = Seeds.text((String) m.get("doc"));
            assertThat(text.substring((Integer) m.get("start"), (Integer) m.get("end"))).isEqualTo(m.get("text"));
        }
        assertThat(comparison).extracting(c -> c.get("status")).contains("agree", "unique");

        // claims: every sentence of each report in exactly one, conflicts first, facts pointing into the comparison
        List<Map<String, Object>> claims = json.getList("claims");
        assertThat(claims).isNotEmpty();
        assertThat(claims.get(0).get("status")).isEqualTo("conflict");
        assertThat(claims).extracting(c -> c.get("status")).containsSubsequence("conflict", "agree", "unique");
        for (int d = 0; d < 2; d++) {
            String doc = d == 0 ? "000" : "001";
            List<Integer> covered = new java.util.ArrayList<>();
            for (Map<String, Object> claim : claims) {
                for (Map<String, Object> member : (List<Map<String, Object>>) claim.get("members")) {
                    if (doc.equals(member.get("doc"))) {
                        covered.addAll((List<Integer>) member.get("sentences"));
                    }
                }
            }
            assertThat(covered).as("sentences of " + doc).hasSize(json.getList("documents[" + d + "].sentences").size())
                    .doesNotHaveDuplicates();
        }
        for (Map<String, Object> claim : claims) {
            assertThat((String) claim.get("id")).matches("c\\d+");
            assertThat((List<Integer>) claim.get("facts")).allMatch(i -> i >= 0 && i < comparison.size());
            boolean statesConflict = ((List<Integer>) claim.get("facts")).stream()
                    .anyMatch(i -> "conflict".equals(comparison.get(i).get("status")));
            assertThat(claim.get("status").equals("conflict")).as("claim %s", claim.get("id")).isEqualTo(statesConflict);
        }
    }

    @Test
    void aHeadlineRunIntoTheFirstSentenceSplitsWhereAnotherReportWritesTheWordInLowerCase() {
        // Nynorsk report without a full stop after its headline; only the Bokmål report writes "vaksine" in lower case
        String nynorsk = "Ny medisin hjelper eldre å sova betre Vaksine gjev betre søvn, seier forskarane.";
        String bokmal = "Ny medisin hjelper eldre å sove bedre.\n\nEn vaksine gir bedre søvn, sier forskerne.";
        JsonPath json = given().contentType(ContentType.JSON).body(body(List.of(doc("nn", nynorsk), doc("nb", bokmal))))
                .when().post(PATH)
                .then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Integer>> sentences = json.getList("documents[0].sentences");
        assertThat(sentences).extracting(s -> nynorsk.substring(s.get("start"), s.get("end")))
                .containsExactly("Ny medisin hjelper eldre å sova betre", "Vaksine gjev betre søvn, seier forskarane.");
    }

    @Test
    void rejectsFewerThanTwoDocuments() {
        given().contentType(ContentType.JSON).body(body(List.of(doc("a", "Tekst."))))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("2 to 20"));
    }

    @Test
    void rejectsMoreThanTwentyDocuments() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            docs.add(doc("d" + i, "Sætning nummer " + i + "."));
        }
        given().contentType(ContentType.JSON).body(body(docs))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("got 21"));
    }

    @Test
    void rejectsMissingOrBlankIdsAndTexts() {
        for (String field : List.of("id", "text")) {
            for (Object value : new Object[] {null, "  "}) {
                List<Map<String, Object>> docs = twoShortDocs();
                docs.get(1).put(field, value);
                given().contentType(ContentType.JSON).body(body(docs))
                        .when().post(PATH)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("detail", containsString("documents[1]." + field));
            }
        }
    }

    @Test
    void rejectsControlCharactersAndUnpairedSurrogatesRatherThanShiftingOffsets() {
        for (String bad : List.of("Teksten\u0000 fortsætter her.", "Teksten \uD800 fortsætter her.", "\u200B\u200D")) {
            List<Map<String, Object>> docs = twoShortDocs();
            docs.get(1).put("text", bad);
            given().contentType(ContentType.JSON).body(body(docs))
                    .when().post(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("documents[1].text"));
        }
    }

    @Test
    void strictJsonRejectsDuplicateKeysTrailingContentAndNumbersForText() {
        for (String bad : List.of(
                "{\"documents\": [{\"id\": \"a\", \"text\": \"Hej.\", \"text\": \"Hallo.\"}, {\"id\": \"b\", \"text\": \"Hei.\"}]}",
                "{\"documents\": [{\"id\": \"a\", \"text\": \"Hej.\"}, {\"id\": \"b\", \"text\": \"Hei.\"}]} []",
                "{\"documents\": [{\"id\": 1, \"text\": \"Hej.\"}, {\"id\": \"b\", \"text\": \"Hei.\"}]}")) {
            given().contentType(ContentType.JSON).body(bad)
                    .when().post(PATH)
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void rejectsDuplicateIds() {
        List<Map<String, Object>> docs = twoShortDocs();
        docs.get(1).put("id", "a");
        given().contentType(ContentType.JSON).body(body(docs))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("unique"));
    }

    @Test
    void rejectsBadPublishedDates() {
        for (String bad : List.of("18-09-2015", "2015-13-01", "i går", "", "+999999999-12-31", "0000-01-01",
                "-9999-01-01T00:00:00Z")) {
            List<Map<String, Object>> docs = twoShortDocs();
            docs.get(0).put("published", bad);
            given().contentType(ContentType.JSON).body(body(docs))
                    .when().post(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("published"));
        }
    }

    @Test
    void rejectsInvalidLanguageCodes() {
        // the last: 26 KB of subtags, which a pattern recursing per subtag would overflow the stack on
        for (String bad : List.of("danish", "xx", "d4", "", "da" + "-abcdefgh".repeat(2_943))) {
            List<Map<String, Object>> docs = twoShortDocs();
            docs.get(0).put("language", bad);
            given().contentType(ContentType.JSON).body(body(docs))
                    .when().post(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("language"));
        }
    }

    @Test
    void acceptsBcp47CodesAndUnd() {
        List<Map<String, Object>> docs = twoShortDocs();
        docs.get(0).put("language", "nb-NO");
        docs.get(1).put("language", "und");
        given().contentType(ContentType.JSON).body(body(docs))
                .when().post(PATH)
                .then().statusCode(200).body("documents[1].language", equalTo("und"))
                .body("links[0].members.doc", org.hamcrest.Matchers.contains("a", "b"));
    }

    @Test
    void rejectsATextOverTheConfiguredLimitWith413() {
        List<Map<String, Object>> docs = twoShortDocs();
        docs.get(1).put("text", "Ord. ".repeat(5000));
        given().contentType(ContentType.JSON).body(body(docs))
                .when().post(PATH)
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("20000"));
    }

    @Test
    void rejectsABodyOverTheConfiguredLimitWith413() {
        List<Map<String, Object>> docs = twoShortDocs();
        docs.get(1).put("text", "x".repeat(500_000));
        given().contentType(ContentType.JSON).body(body(docs))
                .when().post(PATH)
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void rejectsMalformedJsonEmptyBodiesAndWrongTypes() {
        given().contentType(ContentType.JSON).body("{\"documents\": [")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("documents"));
        given().contentType(ContentType.JSON).body("{\"documents\": \"nope\"}")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"documents\": [null, {\"id\": \"b\", \"text\": \"x\"}]}")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsNonJsonContentWith415() {
        given().contentType(ContentType.TEXT).body("USA og Rusland")
                .when().post(PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void servesHealthMetricsAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().contentType(ContentType.JSON).body(body(twoShortDocs())).when().post(PATH).then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("parallax_align_duration"))
                .body(containsString("apertium_lookups ")).body(containsString("apertium_lookup_restarts_total"))
                .body(containsString("apertium_lookup_failures_total"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/align"));
    }
}
