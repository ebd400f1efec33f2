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
        // claims: the conflict first whatever order align sent, marked by a word as well as a colour, with the
        // differing values side by side and each source's sentences
        assertThat(page).contains("id=\"claims\"", "class=\"claim item conflict\" id=\"claim-c2\"",
                "<span class=\"status\">conflict</span>", "date &lt;b&gt;since&lt;/b&gt;: 2014-03 vs 2014-08",
                "what one &lt;i&gt;source&lt;/i&gt; alone says");
        assertThat(page.indexOf("id=\"claim-c2\"")).as("the conflict comes first").isLessThan(page.indexOf("id=\"claim-c1\""));
        String conflict = page.substring(page.indexOf("id=\"claim-c2\""), page.indexOf("id=\"claim-c1\""));
        assertThat(conflict).contains("<span class=\"text\">marts 2014</span>", "<strong>vs</strong>",
                "<span class=\"text\">august 2014</span>", "2 sources");
        // linked passages: the sentences cut from each article by the align offsets
        assertThat(page).contains("id=\"links\"", "class=\"passage\"",
                "Ash Carter &lt;script&gt;".substring(0, 12));
        assertThat(page).contains(Texts.FERRY_NB.substring(0, 12));
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
    void anUnknownEventIsAnHtmlNotFoundPage() {
        for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "nope"}) {
            String page = given().when().get("/events/" + id)
                    .then().statusCode(404).contentType("text/html").extract().asString();
            assertThat(page).contains("id=\"not-found\"");
        }
    }
}
