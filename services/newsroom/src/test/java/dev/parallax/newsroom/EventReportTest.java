package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Comparison versions, the report exports and the events list's filters, over HTTP. */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class EventReportTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://evil\") <script>alert(1)</script> [x](javascript:y) *b*";

    /** Two articles of one story, processed and compared; answers the event id. */
    private static String comparedEvent(String date, String firstSource) {
        String a = Api.create(Api.article(firstSource, Texts.FERRY_DA + " " + Api.unique(), date));
        String b = Api.create(Api.article("NTB", Texts.FERRY_NB + " " + Api.unique(), date));
        String event = Api.awaitProcessed(a).getString("event");
        assertThat(Api.awaitProcessed(b).getString("event")).isEqualTo(event);
        awaitVersion(event, 1);
        return event;
    }

    private static JsonPath awaitVersion(String event, int version) {
        Instant deadline = Instant.now().plus(Api.PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var response = given().accept(ContentType.JSON).get("/api/v1/events/" + event + "/comparison");
            if (response.statusCode() == 200 && response.jsonPath().getInt("version") >= version) {
                return response.jsonPath();
            }
            Api.sleep(100);
        }
        throw new AssertionError("event " + event + " never reached comparison version " + version);
    }

    @Test
    void aJoiningReportMakesANewVersionAndKeepsTheOld() {
        String event = comparedEvent("2008-02-04", "Ritzau");
        JsonPath first = Api.get("/api/v1/events/" + event + "/comparison");
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getList("claims")).hasSize(2);

        String third = Api.create(Api.article("Aftenposten", Texts.FERRY_NB + " Oppdatert. " + Api.unique(), "2008-02-05"));
        assertThat(Api.awaitProcessed(third).getString("event")).isEqualTo(event);
        JsonPath second = awaitVersion(event, 2);
        assertThat(second.getList("articles", String.class)).hasSize(3).contains(third);

        JsonPath versions = Api.get("/api/v1/events/" + event + "/comparisons");
        assertThat(versions.getList("versions.version", Integer.class)).containsExactly(2, 1);
        assertThat(versions.getList("versions[1].articles")).hasSize(2);
        assertThat(versions.getList("versions[0].articles")).hasSize(3);
        assertThat(versions.getInt("versions[0].conflict")).isEqualTo(1);
        assertThat(versions.getInt("versions[0].unique")).isEqualTo(1);
        assertThat(versions.getString("versions[0].computed")).isNotBlank();
        // the first version is kept as it was
        JsonPath kept = Api.get("/api/v1/events/" + event + "/comparisons/1");
        assertThat(kept.getInt("version")).isEqualTo(1);
        assertThat(kept.getList("articles")).hasSize(2).doesNotContain(third);
        assertThat(kept.getString("computed")).isEqualTo(first.getString("computed"));

        // the page shows the version and what changed; the old version can be opened
        String page = given().get("/events/" + event).then().statusCode(200).extract().asString();
        assertThat(page).contains("Comparison version 2 of 2", "Since version 1:", "new source: Aftenposten",
                "href=\"/events/" + event + "?version=1\"");
        String old = given().get("/events/" + event + "?version=1").then().statusCode(200).extract().asString();
        assertThat(old).contains("Comparison version 1 of 2", "an earlier version").doesNotContain("Since version");
        given().get("/events/" + event + "?version=9").then().statusCode(404).contentType("text/html");

        for (String missing : new String[] {"/comparisons/3", "/comparisons/0", "/comparisons/abc"}) {
            given().accept(ContentType.JSON).get("/api/v1/events/" + event + missing)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().accept(ContentType.JSON).get("/api/v1/events/00000000-0000-0000-0000-000000000000/comparisons")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theReportExportsAsMarkdownCsvAndJsonWithHostileTextInert() throws Exception {
        String event = comparedEvent("2008-03-03", HOSTILE);

        String markdown = given().get("/api/v1/events/" + event + "/report?format=md")
                .then().statusCode(200).contentType("text/markdown")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")).extract().asString();
        assertThat(markdown).contains("## Conflicts (1)", "- **first contact &lt;b&gt;since&lt;/b&gt;: august 2014 vs marts 2014**");
        // the hostile outlet name renders as its words: no HTML, no link, no emphasis
        assertThat(markdown).doesNotContain("<script>", "[x](javascript").contains("&lt;script&gt;", "\\[x\\]\\(javascript:y\\)",
                "\\*b\\*");

        String csv = given().accept("text/csv").get("/api/v1/events/" + event + "/report")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows.get(0)).containsExactly("claim", "claim_status", "fact_kind", "fact_status", "label", "source",
                "language", "text", "value");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(9));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence("c2", "conflict", "date", "conflict"));
        // a cell a spreadsheet would run as a formula starts with an apostrophe
        assertThat(rows).anySatisfy(r -> assertThat(r.get(5)).startsWith("'=HYPERLINK"));
        assertThat(rows.stream().map(r -> r.get(5))).noneMatch(s -> s.startsWith("="));

        JsonPath json = JsonPath.from(given().accept(ContentType.JSON).get("/api/v1/events/" + event + "/report")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
        assertThat(json.getInt("version")).isEqualTo(1);
        assertThat(json.getList("claims.status", String.class)).containsExactlyInAnyOrder("conflict", "unique");

        given().get("/api/v1/events/" + event + "/report?format=xml").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("image/png").get("/api/v1/events/" + event + "/report").then().statusCode(406)
                .contentType("application/problem+json");
        given().get("/api/v1/events/00000000-0000-0000-0000-000000000000/report").then().statusCode(404)
                .contentType("application/problem+json");
        String single = Api.awaitProcessed(Api.create(Api.article("DR", Texts.SUGAR_TAX_DA + " " + Api.unique(),
                "2008-03-20"))).getString("event");
        given().get("/api/v1/events/" + single + "/report").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void theEventsListFiltersByWordsLanguageSourceDatesAndConflicts() {
        String marker = "Zq" + Api.unique().replaceAll("[^a-z]", "x");
        String compared = comparedEvent("2031-05-05", "Jyllands-Posten " + marker);
        String alone = Api.awaitProcessed(Api.create(Api.article("Berlingske", Texts.SUGAR_TAX_DA + " " + marker,
                "2031-05-20"))).getString("event");

        assertThat(ids("q=" + marker.toLowerCase())).containsExactlyInAnyOrder(alone);
        assertThat(ids("source=jyllands-posten " + marker.toLowerCase())).containsExactly(compared);
        assertThat(ids("q=" + marker + "&status=conflict")).isEmpty();
        assertThat(ids("source=Jyllands-Posten " + marker + "&status=conflict")).containsExactly(compared);
        assertThat(ids("from=2031-05-01&to=2031-05-10")).contains(compared).doesNotContain(alone);
        assertThat(ids("from=2031-05-15&to=2031-05-31")).contains(alone).doesNotContain(compared);
        assertThat(ids("language=da&from=2031-05-01&to=2031-05-31")).contains(compared, alone);
        assertThat(ids("language=nn&from=2031-05-01&to=2031-05-31")).isEmpty();

        for (String bad : new String[] {"language=xx", "from=2031-13-01", "to=yesterday", "status=agree",
                "from=2031-05-10&to=2031-05-01", "q=" + "a".repeat(201)}) {
            given().accept(ContentType.JSON).get("/api/v1/events?" + bad)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        // the page filters alike, keeps the filter in its form, and answers bad values with a 400 page
        String page = given().get("/?status=conflict&source=Jyllands-Posten " + marker).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("data-event-id=\"" + compared + "\"", "⚠ 1 conflict", "checked")
                .doesNotContain("data-event-id=\"" + alone + "\"");
        given().get("/?from=nope").then().statusCode(400).contentType("text/html");
    }

    @Test
    void theWorkIsMeasuredOnQMetrics() {
        comparedEvent("2008-04-07", "Ritzau");
        // paths nobody serves: counted under one tag, so scanners cannot fill the metrics with their paths
        for (int i = 0; i < 5; i++) {
            given().get("/no/such/page-" + i).then().statusCode(404);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("newsroom_queue_pending ", "newsroom_queue_failing ", "newsroom_processing_in_flight ",
                "newsroom_articles_processed_total ", "newsroom_grouping_duration_seconds_count ",
                "newsroom_grouping_candidates_count ", "newsroom_grouping_candidates_cut_total ",
                "newsroom_events_merged_total ");
        assertThat(metrics).contains("uri=\"NOT_FOUND\"").doesNotContain("page-3");
        assertThat(metrics.lines().filter(l -> l.startsWith("newsroom_comparison_duration_seconds_count"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))))
                .as("comparisons timed").singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1.0));
        // HTTP metrics name the route template, not each event's own path
        assertThat(metrics).contains("uri=\"/api/v1/events/{id}/comparison\"").doesNotContainPattern(
                "uri=\"/api/v1/events/[0-9a-f]{8}-");
    }

    private static List<String> ids(String query) {
        return Api.get("/api/v1/events?size=200&" + query).getList("events.id", String.class);
    }

}
