package dev.parallax.newsroom;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing switched on (as the deployment's tracing component does), the W3C trace context reaches langid, align
 * and translate: one trace per processed article, and a reader's request continues into translate. The sampler keeps
 * every span unrecorded, so nothing is exported and no collector is needed; the context is propagated all the same.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(DownstreamStubs.class)
class TracingTest {

    /** version-traceid-spanid-flags */
    private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$");

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    // spans are created and propagated but never sampled, hence never exported
                    "quarkus.otel.traces.sampler", "parentbased_always_off");
        }
    }

    @DownstreamStubs.InjectStubs
    DownstreamStubs.Stubs stubs;

    private static String marker() {
        return "trace" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Matcher traceparent(WireMockServer server, String path, String marker) {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(containing(marker)));
        assertThat(requests).as("requests to %s carrying %s", path, marker).isNotEmpty();
        String header = requests.get(requests.size() - 1).getHeader("traceparent");
        assertThat(header).as("traceparent sent to %s", path).isNotNull();
        Matcher matcher = TRACEPARENT.matcher(header);
        assertThat(matcher.matches()).as("W3C traceparent %s", header).isTrue();
        return matcher;
    }

    @Test
    void oneArticlesCallsToLangidAndAlignShareOneTrace() {
        String first = Api.create(Api.article("Ritzau", Texts.FERRY_DA + " " + marker(), "1997-04-05"));
        Api.awaitProcessed(first);
        String marker = marker();
        String second = Api.create(Api.article("NTB", Texts.FERRY_NB + " " + marker, "1997-04-05"));
        Api.awaitProcessed(second);

        // the second article's pass: langid, then align comparing both articles
        Matcher langid = traceparent(stubs.langid(), "/api/v1/detect", marker);
        Matcher align = traceparent(stubs.align(), "/api/v1/align", marker);
        assertThat(align.group(1)).as("align's call belongs to the trace of the article whose pass made it")
                .isEqualTo(langid.group(1));
        assertThat(align.group(2)).as("each call is its own client span").isNotEqualTo(langid.group(2));
    }

    @Test
    void aReadersRequestContinuesIntoTranslate() {
        String marker = marker();
        String id = Api.create(Api.article("Ritzau", Texts.FERRY_DA + " " + marker, "1997-05-05"));
        Api.awaitProcessed(id);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpan = "00f067aa0ba902b7";

        given().header("traceparent", "00-" + traceId + "-" + parentSpan + "-00")
                .when().get("/api/v1/articles/" + id + "/translation?target=nb")
                .then().statusCode(200);

        Matcher translate = traceparent(stubs.translate(), "/api/v1/translate", marker);
        assertThat(translate.group(1)).as("translate is called within the reader's trace").isEqualTo(traceId);
        assertThat(translate.group(2)).as("under the newsroom's own spans").isNotEqualTo(parentSpan);
    }
}
