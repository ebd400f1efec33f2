package dev.parallax.newsroom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A downstream failure leaves the article pending with its error; the scheduler's retry completes
 * it once the dependency is back. Failing stubs match a marker in the article text, so other
 * articles are not affected.
 */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class ProcessingFailureTest {

    @DownstreamStubs.InjectStubs
    DownstreamStubs.Stubs stubs;

    @Test
    void langidUnavailableLeavesThePendingArticleForALaterRetry() {
        String marker = "marker-" + Api.unique();
        StubMapping down = stubs.langid().stubFor(post(urlEqualTo("/api/v1/detect")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        String id = Api.create(Api.article("Ritzau", Texts.FERRY_DA + " " + marker, "2005-01-01"));

        JsonPath failing = Api.awaitArticle(id, a -> a.getInt("attempts") >= 2, "retried");
        assertThat(failing.getString("status")).isEqualTo("pending");
        assertThat(failing.getString("lastError")).startsWith("langid").containsAnyOf("503", "circuit breaker");
        assertThat(failing.getString("language")).isNull();
        assertThat(failing.getString("event")).isNull();

        stubs.langid().removeStub(down);
        JsonPath processed = Api.awaitProcessed(id);
        assertThat(processed.getString("language")).isEqualTo("da");
        assertThat(processed.getString("event")).isNotNull();
        assertThat(processed.getString("lastError")).isNull();
    }

    @Test
    void langidNotAnsweringIsAFailureToo() {
        String marker = "marker-" + Api.unique();
        StubMapping down = stubs.langid().stubFor(post(urlEqualTo("/api/v1/detect")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String id = Api.create(Api.article("Ritzau", Texts.SUGAR_TAX_DA + " " + marker, "2005-03-01"));

        JsonPath failing = Api.awaitArticle(id, a -> a.getInt("attempts") >= 1, "retried");
        assertThat(failing.getString("status")).isEqualTo("pending");
        assertThat(failing.getString("lastError")).startsWith("langid");

        stubs.langid().removeStub(down);
        assertThat(Api.awaitProcessed(id).getString("language")).isEqualTo("da");
    }

    @Test
    void alignUnavailableKeepsTheEventAndStoresTheComparisonOnRetry() {
        String marker = "marker-" + Api.unique();
        String first = Api.create(Api.article("Ritzau", Texts.FERRY_DA + " " + marker, "2005-06-01"));
        String eventId = Api.awaitProcessed(first).getString("event");

        StubMapping down = stubs.align().stubFor(post(urlEqualTo("/api/v1/align")).atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(503)));
        String second = Api.create(Api.article("NTB", Texts.FERRY_NB + " " + marker, "2005-06-01"));

        JsonPath failing = Api.awaitArticle(second, a -> a.getInt("attempts") >= 2, "retried");
        assertThat(failing.getString("status")).isEqualTo("pending");
        // 503 from align, or the circuit breaker that the repeated 503s opened
        assertThat(failing.getString("lastError")).startsWith("align").containsAnyOf("503", "circuit breaker");
        // the steps before align are kept: the retry does not detect or group again
        assertThat(failing.getString("language")).isEqualTo("da");
        assertThat(failing.getString("event")).isEqualTo(eventId);
        io.restassured.RestAssured.given().when().get("/api/v1/events/" + eventId + "/comparison")
                .then().statusCode(404);

        stubs.align().removeStub(down);
        assertThat(Api.awaitProcessed(second).getString("event")).isEqualTo(eventId);
        assertThat(Api.get("/api/v1/events/" + eventId + "/comparison").getList("articles", String.class))
                .containsExactlyInAnyOrder(first, second);
        stubs.langid().verify(1, postRequestedFor(urlEqualTo("/api/v1/detect"))
                .withRequestBody(containing(marker)).withRequestBody(containing("Fergen mellom Hirtshals")));
    }

    @Test
    void aHungAlignNeverHoldsEverySlotAndArticlesWithoutAComparisonKeepFlowing() {
        String marker = "hung-" + Api.unique();
        // align answers this marker's events only after the client has given up (read timeout 3 s in tests)
        StubMapping hung = stubs.align().stubFor(post(urlEqualTo("/api/v1/align")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(aResponse().withFixedDelay(10_000).withStatus(503)));
        try {
            // five stories a month apart (beyond the grouping window), each with one processed report; dates no
            // other test uses, so that no report joins another test's story
            List<String> firsts = new ArrayList<>();
            for (int month = 1; month <= 5; month++) {
                firsts.add(Api.create(Api.article("Ritzau", Texts.FERRY_DA + " " + marker + " " + month, "1907-0" + month + "-10")));
            }
            firsts.forEach(Api::awaitProcessed);
            double deferredBefore = deferredAlignCalls();
            // a second report of each: five comparisons wanted at once, with four slots
            List<String> seconds = new ArrayList<>();
            for (int month = 1; month <= 5; month++) {
                seconds.add(Api.create(Api.article("NTB", Texts.FERRY_NB + " " + marker + " " + month, "1907-0" + month + "-10")));
            }
            // and reports that need no comparison (each its own story)
            List<String> singles = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                singles.add(Api.create(Api.article("DR", Texts.SUGAR_TAX_DA + " " + Api.unique(), "1908-0" + (i + 1) + "-20")));
            }
            singles.forEach(Api::awaitProcessed);
            // the singles went through beside the hung comparisons, which hold at most all slots but one
            for (String id : seconds) {
                assertThat(Api.get("/api/v1/articles/" + id).getString("status")).isEqualTo("pending");
            }
            Api.awaitArticle(seconds.get(0), a -> deferredAlignCalls() > deferredBefore, "deferred for want of an align slot");
        } finally {
            stubs.align().removeStub(hung);
        }
    }

    private static double deferredAlignCalls() {
        return io.restassured.RestAssured.given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("newsroom_processing_deferred_total{") && l.contains("stage=\"align\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
