package dev.parallax.newsroom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Translated reading: the JSON endpoint and the event page's reports, against a WireMock translate.
 * Each test marks its article's text so that translate stubs and call counts concern that article only.
 */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class TranslationTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    /** Two paragraphs, as posted articles have them. */
    private static final String FERRY_DA_PARAGRAPHS = Texts.FERRY_DA.replace(" Kaptajnen meldte", "\n\nKaptajnen meldte");

    @DownstreamStubs.InjectStubs
    DownstreamStubs.Stubs stubs;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    private static String marker() {
        return "mark" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A Danish article (the langid stub's answer), processed; its text ends with the marker. */
    private static String processedDanish(String marker, String published) {
        String id = Api.create(Api.article("Ritzau", FERRY_DA_PARAGRAPHS + " NATO " + marker, published));
        Api.awaitProcessed(id);
        return id;
    }

    private long translateCalls(String marker) {
        return stubs.translate().findAll(postRequestedFor(urlEqualTo("/api/v1/translate"))
                .withRequestBody(containing(marker))).size();
    }

    private long storedTranslations(String article) {
        return Database.count(dataSource, "select count(*) from article_translation where article_id = ?",
                UUID.fromString(article));
    }

    private static JsonPath translation(String article, String target) {
        return Api.get("/api/v1/articles/" + article + "/translation?target=" + target);
    }

    @Test
    void aTranslationIsStoredAndReusedWithoutAskingTranslateAgain() {
        String marker = marker();
        String id = processedDanish(marker, "1998-01-05");
        String text = Api.get("/api/v1/articles/" + id).getString("text");

        JsonPath first = translation(id, "nb");
        assertThat(first.getString("article")).isEqualTo(id);
        assertThat(first.getString("source")).isEqualTo("da");
        assertThat(first.getString("target")).isEqualTo("nb");
        assertThat(first.getString("translation")).isEqualTo(EchoTranslation.translated(text, "da", "nb"));
        assertThat(first.getList("unknown", String.class)).containsExactly("NATO");
        assertThat(Instant.parse(first.getString("created"))).isBeforeOrEqualTo(Instant.now());

        JsonPath second = translation(id, " NB ");
        assertThat(second.getString("translation")).isEqualTo(first.getString("translation"));
        assertThat(second.getString("created")).isEqualTo(first.getString("created"));
        assertThat(translateCalls(marker)).isEqualTo(1);
        stubs.translate().verify(1, postRequestedFor(urlEqualTo("/api/v1/translate"))
                .withRequestBody(containing(marker))
                .withRequestBody(containing("\"source\":\"da\""))
                .withRequestBody(containing("\"target\":\"nb\"")));
        assertThat(storedTranslations(id)).isEqualTo(1);

        // another target is another translation
        assertThat(translation(id, "nn").getString("translation")).startsWith("[da>nn] ");
        assertThat(translateCalls(marker)).isEqualTo(2);
        assertThat(storedTranslations(id)).isEqualTo(2);
    }

    @Test
    void theArticlesOwnLanguageAnswersTheOriginalWithoutTranslate() {
        String marker = marker();
        String id = processedDanish(marker, "1998-02-05");

        JsonPath same = translation(id, "da");
        assertThat(same.getString("translation")).isEqualTo(Api.get("/api/v1/articles/" + id).getString("text"));
        assertThat(same.getString("source")).isEqualTo("da");
        assertThat(same.getString("target")).isEqualTo("da");
        assertThat(same.getList("unknown")).isEmpty();
        assertThat(same.getString("created")).isNull();
        assertThat(translateCalls(marker)).isZero();
        assertThat(storedTranslations(id)).isZero();
    }

    @Test
    void aMissingOrUnsupportedTargetIs400() {
        String id = Api.create(Api.article("Ritzau", Texts.SUGAR_TAX_DA + " " + marker(), "1998-03-05"));
        for (String query : new String[] {"", "?target=", "?target=%20", "?target=en", "?target=sv", "?target=nob",
                "?target=da,nb"}) {
            given().when().get("/api/v1/articles/" + id + "/translation" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", containsString("'target'"));
        }
    }

    @Test
    void anUnknownArticleIs404() {
        for (String id : new String[] {UUID.randomUUID().toString(), "nope"}) {
            given().when().get("/api/v1/articles/" + id + "/translation?target=nb")
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void anArticleWhoseLanguageIsNotKnownYetIs409() {
        String marker = marker();
        StubMapping langidDown = stubs.langid().stubFor(post(urlEqualTo("/api/v1/detect")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(503)));
        try {
            String id = Api.create(Api.article("Ritzau", Texts.FERRY_DA + " " + marker, "1998-04-05"));
            Api.awaitArticle(id, a -> a.getInt("attempts") >= 1, "attempted");

            given().when().get("/api/v1/articles/" + id + "/translation?target=nb")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("status", equalTo(409)).body("detail", containsString("not processed yet"));
            assertThat(translateCalls(marker)).isZero();
        } finally {
            stubs.langid().removeStub(langidDown);
        }
    }

    @Test
    void translateDownIsA503ForTheApiAndANoticeOnThePage() {
        String marker = marker();
        String id = processedDanish(marker, "1998-05-05");
        String event = Api.get("/api/v1/articles/" + id).getString("event");
        StubMapping down = stubs.translate().stubFor(post(urlEqualTo("/api/v1/translate")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(503)));
        try {
            var problem = given().when().get("/api/v1/articles/" + id + "/translation?target=nb")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(503))
                    .extract().asString();
            assertThat(problem).doesNotContain("Exception", "\tat ", "dev.parallax");
            assertThat(storedTranslations(id)).isZero();

            String page = given().when().get("/events/" + event + "?read=nb")
                    .then().statusCode(200).contentType("text/html").extract().asString();
            String report = report(page, id);
            assertThat(report).contains("data-reading=\"UNAVAILABLE\"", "class=\"notice\"", "not available right now");
            // the original, paragraphs kept, and no translation
            assertThat(report).contains("<p>" + FERRY_DA_PARAGRAPHS.substring(0, FERRY_DA_PARAGRAPHS.indexOf("\n")) + "</p>",
                    "<p>Kaptajnen meldte");
            assertThat(report).doesNotContain("[da>nb]", "translated from Danish");
            assertThat(storedTranslations(id)).isZero();
        } finally {
            stubs.translate().removeStub(down);
        }
        // translate is back (once its circuit breaker lets calls through again): now it is translated and stored
        JsonPath recovered = awaitTranslation(id, "nb");
        assertThat(recovered.getString("translation")).startsWith("[da>nb] ");
        assertThat(storedTranslations(id)).isEqualTo(1);
    }

    @Test
    void theEventPageShowsReportsTranslatedAndEscapedWithTheOriginalOneClickAway() throws JsonProcessingException {
        String marker = marker();
        String translated = "Fergen gikk på grunn " + SCRIPT + "\n\nKapteinen meldte grunnstøtingen " + marker;
        StubMapping hostile = stubs.translate().stubFor(post(urlEqualTo("/api/v1/translate")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json.writeValueAsString(
                        Map.of("translation", translated, "source", "da", "target", "nb", "unknown", List.of("<b>x</b>"))))));
        try {
            String id = processedDanish(marker, "1998-06-05");
            String event = Api.get("/api/v1/articles/" + id).getString("event");

            String page = given().when().get("/events/" + event + "?read=nb")
                    .then().statusCode(200).contentType("text/html").extract().asString();
            assertThat(page).doesNotContain(SCRIPT, "<b>x</b>");
            String report = report(page, id);
            assertThat(report).contains("data-reading=\"TRANSLATED\"", "lang=\"nb\"",
                    "translated from Danish by machine (Apertium)",
                    "<p>Fergen gikk på grunn &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>",
                    "<p>Kapteinen meldte grunnstøtingen " + marker + "</p>",
                    "&lt;b&gt;x&lt;/b&gt;");
            // the original, one click away
            assertThat(report).contains("<details class=\"original\">", "<summary>Original in Danish</summary>",
                    "<p>Kaptajnen meldte");
            // the selector: the current choice and links to the others
            assertThat(page).contains("aria-current=\"true\" data-read=\"nb\"",
                    "href=\"/events/" + event + "?read=original#reports\"", "href=\"/events/" + event + "?read=da#reports\"");

            // stored by the page: the API and a second page view reuse it
            assertThat(translation(id, "nb").getString("translation")).isEqualTo(translated);
            given().when().get("/events/" + event + "?read=nb").then().statusCode(200);
            assertThat(translateCalls(marker)).isEqualTo(1);
        } finally {
            stubs.translate().removeStub(hostile);
        }
    }

    @Test
    void withoutAChoiceOrInTheirOwnLanguageReportsAreShownAsPosted() {
        String marker = marker();
        String id = processedDanish(marker, "1998-07-05");
        String event = Api.get("/api/v1/articles/" + id).getString("event");

        for (String query : new String[] {"", "?read=original", "?read=klingon"}) {
            String report = report(given().when().get("/events/" + event + query)
                    .then().statusCode(200).extract().asString(), id);
            assertThat(report).contains("data-reading=\"ORIGINAL\"", "<p>Kaptajnen meldte").doesNotContain("[da>");
        }
        String report = report(given().when().get("/events/" + event + "?read=da")
                .then().statusCode(200).extract().asString(), id);
        assertThat(report).contains("data-reading=\"SAME_LANGUAGE\"", "already in Danish", "<p>Kaptajnen meldte");
        assertThat(translateCalls(marker)).isZero();
    }

    @Test
    void aSlowTranslationLeavesThePageWithTheOriginalAndIsStoredForTheNextReader() {
        String marker = marker();
        // longer than the page's wait (5 s in tests), shorter than the client's read timeout (10 s)
        StubMapping slow = stubs.translate().stubFor(post(urlEqualTo("/api/v1/translate")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withTransformers(EchoTranslation.NAME).withFixedDelay(7000)));
        try {
            String id = processedDanish(marker, "1998-08-05");
            String event = Api.get("/api/v1/articles/" + id).getString("event");

            String report = report(given().when().get("/events/" + event + "?read=nn")
                    .then().statusCode(200).extract().asString(), id);
            assertThat(report).contains("data-reading=\"IN_PROGRESS\"", "still being made", "<p>Kaptajnen meldte");

            // the API waits for the running translation instead of starting another one
            assertThat(translation(id, "nn").getString("translation")).startsWith("[da>nn] ");
            assertThat(translateCalls(marker)).isEqualTo(1);
            assertThat(storedTranslations(id)).isEqualTo(1);
        } finally {
            stubs.translate().removeStub(slow);
        }
    }

    /** The part of the page showing one article's report. */
    private static String report(String page, String article) {
        int start = page.indexOf("<article class=\"report\" id=\"article-" + article + "\"");
        assertThat(start).as("report of article " + article).isNotNegative();
        return page.substring(start, page.indexOf("</article>", start));
    }

    private static JsonPath awaitTranslation(String article, String target) {
        Instant deadline = Instant.now().plus(Api.PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var response = given().when().get("/api/v1/articles/" + article + "/translation?target=" + target);
            if (response.statusCode() == 200) {
                return response.jsonPath();
            }
            Api.sleep(100);
        }
        throw new AssertionError("no translation of " + article + " into " + target);
    }
}
