package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class EditorPagesTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Test
    void theEventPageShowsSourcesComparisonAndPassagesEscaped() {
        Map<String, Object> first = Api.article("Ritzau " + SCRIPT, "Ash Carter " + SCRIPT + " " + Texts.FERRY_DA,
                "2007-08-01");
        first.put("title", "Færge " + SCRIPT);
        String a = Api.create(first);
        String b = Api.create(Api.article("NTB", Texts.FERRY_NB + " " + Api.unique(), "2007-08-01"));
        String event = Api.awaitProcessed(a).getString("event");
        assertThat(Api.awaitProcessed(b).getString("event")).isEqualTo(event);

        String page = given().when().get("/events/" + event)
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;");
        assertThat(page).contains("id=\"sources\"", "Ritzau &lt;script&gt;", "NTB");
        // colour-coded facts with their kind, label, mentions and values (the label's HTML is escaped)
        assertThat(page).contains("class=\"item conflict\" data-kind=\"date\"", "class=\"item agree\" data-kind=\"person\"",
                "class=\"item unique\" data-kind=\"place\"", "first contact &lt;b&gt;since&lt;/b&gt;", "= 2014-03");
        // a person's role and a quote's speaker, escaped like every text from the articles
        assertThat(page).contains("<span class=\"role\">(amerikanske &lt;em&gt;forsvarsminister&lt;/em&gt;)</span>");
        assertThat(page).contains("class=\"item unique\" data-kind=\"quote\"",
                "<span class=\"speaker\">said by Maria &lt;i&gt;Sakharova&lt;/i&gt;</span>");
        // the claim matrix: the conflict row first whatever order align sent, marked by a word as well as a colour,
        // the differing values in its heading (in column order: align was sent the newest first), each source's sentences in its column with the values highlighted
        assertThat(page).contains("id=\"matrix\"", "<span class=\"outlet\">Ritzau &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</span>",
                "<span class=\"outlet\">NTB</span>");
        assertThat(page.indexOf("id=\"claim-c2\"")).as("the conflict comes first").isPositive()
                .isLessThan(page.indexOf("id=\"claim-c1\""));
        String conflict = page.substring(page.indexOf("id=\"claim-c2\""), page.indexOf("</tr>", page.indexOf("id=\"claim-c2\"")));
        assertThat(conflict).contains("data-status=\"conflict\"", "⚠ conflict",
                "<li>first contact &lt;b&gt;since&lt;/b&gt;: august 2014 vs marts 2014</li>", "<mark class=\"value conflict\">");
        assertThat(conflict.split("<td class=\"cell\"", -1)).as("both sources' sentences").hasSize(3);
        assertThat(conflict).contains("data-article-id=\"" + a + "\"", "data-article-id=\"" + b + "\"");
        // what one source alone says, under that source's heading, the other source's cell empty
        assertThat(page).contains("Only NTB says it (1)");
        String unique = page.substring(page.indexOf("id=\"claim-c1\""), page.indexOf("</tr>", page.indexOf("id=\"claim-c1\"")));
        assertThat(unique).contains("single source", "class=\"cell empty\" data-article-id=\"" + a + "\"");
        // the summary counts what the JSON says and lists the conflict, linked to its row
        assertThat(page).contains("id=\"count-conflict\">1 conflict</span>", "id=\"count-agree\">0 agreed</span>",
                "id=\"count-unique\">1 said by one source</span>", "<a href=\"#claim-c2\">first contact &lt;b&gt;since&lt;/b&gt;: august 2014 vs marts 2014</a>");
        assertThat(page).contains("Comparison version 1 of 1", "/api/v1/events/" + event + "/report?format=md",
                "/api/v1/events/" + event + "/report?format=csv", "/api/v1/events/" + event + "/report?format=json");
        // linked passages: the sentences cut from each article by the align offsets
        assertThat(page).contains("id=\"links\"", "class=\"passage\"",
                "Ash Carter &lt;script&gt;".substring(0, 12));
        assertThat(page).contains(Texts.FERRY_NB.substring(0, 12));
    }

    @Test
    void cellsReadInAnotherNormAreTranslatedWithTheOriginalOneClickAway() {
        String a = Api.create(Api.article("DR", Texts.FERRY_DA + " " + Api.unique(), "2007-09-03"));
        String b = Api.create(Api.article("TV2", Texts.FERRY_DA + " Kilde: TV2 " + Api.unique(), "2007-09-03"));
        String event = Api.awaitProcessed(a).getString("event");
        assertThat(Api.awaitProcessed(b).getString("event")).isEqualTo(event);

        String page = given().when().get("/events/" + event + "?read=nb")
                .then().statusCode(200).contentType("text/html").extract().asString();
        String conflict = page.substring(page.indexOf("id=\"claim-c2\""), page.indexOf("</tr>", page.indexOf("id=\"claim-c2\"")));
        // the stand-in translate prefixes each paragraph with the direction: one per sentence came back
        assertThat(conflict).contains("data-reading=\"translated\"", "<div class=\"translated\" lang=\"nb\"><p>[da&gt;nb] ",
                "<details class=\"original\"><summary>original</summary>");
        // stored: the second reading is served from the table
        assertThat(Database.count(dataSource, "select count(*) from sentence_translation where article_id in (?, ?) "
                + "and target = 'nb'", java.util.UUID.fromString(a), java.util.UUID.fromString(b))).isEqualTo(2);
        String original = given().when().get("/events/" + event).then().statusCode(200).extract().asString();
        assertThat(original).doesNotContain("[da&gt;nb]");
    }

    @Test
    void theEventListShowsEventsWithCounts() {
        Map<String, Object> article = Api.article("DR", Texts.SUGAR_TAX_DA + " " + Api.unique(), "2007-10-01");
        article.put("title", "Sukkerafgift " + SCRIPT);
        String event = Api.awaitProcessed(Api.create(article)).getString("event");

        String page = given().when().get("/").then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).contains("id=\"events\"", "data-event-id=\"" + event + "\"", "href=\"/events/" + event + "\"");
        assertThat(page).doesNotContain(SCRIPT).contains("Sukkerafgift &lt;script&gt;");
    }

    @Test
    void aPageNumberPastTheEndIsAnEmptyPageNotAnOverflow() {
        for (String page : new String[] {"42949673", "2147483647", "-5", "abc"}) {
            given().when().get("/?page=" + page).then().statusCode(200).contentType("text/html");
        }
    }

    @Test
    void anUnknownEventIsAnHtmlNotFoundPage() {
        for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "nope"}) {
            String page = given().when().get("/events/" + id)
                    .then().statusCode(404).contentType("text/html").extract().asString();
            assertThat(page).contains("id=\"not-found\"");
        }
    }
}
