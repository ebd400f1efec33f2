package dev.parallax.newsroom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock stand-ins for langid, translate and align. Translate answers every request with its text
 * prefixed by the direction (see {@link EchoTranslation}). By default langid answers Danish and align answers a
 * small comparison (a conflict whose label carries HTML, an agreement, a link, two claims listed with the unique
 * one first, so the page must order them) that echoes the first
 * two document ids it is sent. Tests add stubs matched on a marker in the article text to make one
 * article's calls fail without disturbing others.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** Injects the {@link Stubs} into a test's field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectStubs {
    }

    public record Stubs(WireMockServer langid, WireMockServer align, WireMockServer translate) {
    }

    static final String ALIGN_RESPONSE = """
            {"documents": [
               {"id": "{{jsonPath request.body '$.documents[0].id'}}", "language": "da",
                "sentences": [{"start": 0, "end": 12}, {"start": 13, "end": 30}]},
               {"id": "{{jsonPath request.body '$.documents[1].id'}}", "language": "nb",
                "sentences": [{"start": 0, "end": 12}, {"start": 13, "end": 30}]}],
             "links": [{"score": 0.91, "members": [
               {"doc": "{{jsonPath request.body '$.documents[0].id'}}", "sentences": [0]},
               {"doc": "{{jsonPath request.body '$.documents[1].id'}}", "sentences": [0, 1]}]}],
             "comparison": [
               {"kind": "date", "status": "conflict", "label": "first contact <b>since</b>",
                "mentions": [
                  {"doc": "{{jsonPath request.body '$.documents[0].id'}}", "start": 0, "end": 10, "text": "marts 2014", "value": "2014-03"},
                  {"doc": "{{jsonPath request.body '$.documents[1].id'}}", "start": 0, "end": 11, "text": "august 2014", "value": "2014-08"}]},
               {"kind": "person", "status": "agree", "label": "Ash Carter",
                "mentions": [
                  {"doc": "{{jsonPath request.body '$.documents[0].id'}}", "start": 0, "end": 9, "text": "Ash Carter", "value": "Ashton Carter",
                   "role": "amerikanske <em>forsvarsminister</em>"},
                  {"doc": "{{jsonPath request.body '$.documents[1].id'}}", "start": 0, "end": 13, "text": "Ashton Carter", "value": "Ashton Carter"}]},
               {"kind": "place", "status": "unique", "label": "Latakia",
                "mentions": [{"doc": "{{jsonPath request.body '$.documents[1].id'}}", "start": 0, "end": 7, "text": "Latakia", "value": "Latakia"}]},
               {"kind": "quote", "status": "unique", "label": "Vi har aldrig afvist dialog",
                "mentions": [{"doc": "{{jsonPath request.body '$.documents[0].id'}}", "start": 0, "end": 27,
                              "text": "Vi har aldrig afvist dialog", "speaker": "Maria <i>Sakharova</i>"}]}],
             "claims": [
               {"id": "c1", "status": "unique", "label": "what one <i>source</i> alone says",
                "members": [{"doc": "{{jsonPath request.body '$.documents[0].id'}}", "sentences": [1]}], "facts": [3]},
               {"id": "c2", "status": "conflict", "label": "date <b>since</b>: 2014-03 vs 2014-08",
                "members": [{"doc": "{{jsonPath request.body '$.documents[0].id'}}", "sentences": [0]},
                            {"doc": "{{jsonPath request.body '$.documents[1].id'}}", "sentences": [0, 1]}], "facts": [0, 1]}]}
            """;

    private WireMockServer langid;
    private WireMockServer align;
    private WireMockServer translate;

    @Override
    public Map<String, String> start() {
        langid = new WireMockServer(options().dynamicPort());
        align = new WireMockServer(options().dynamicPort().globalTemplating(true));
        translate = new WireMockServer(options().dynamicPort().extensions(new EchoTranslation()));
        langid.start();
        align.start();
        translate.start();
        stubDefaults(new Stubs(langid, align, translate));
        return Map.of(
                "quarkus.rest-client.langid.url", langid.baseUrl(),
                "quarkus.rest-client.align.url", align.baseUrl(),
                "quarkus.rest-client.translate.url", translate.baseUrl());
    }

    /** The healthy behaviour, at low priority so that marker-specific stubs win. */
    public static void stubDefaults(Stubs stubs) {
        stubs.langid().stubFor(post(urlEqualTo("/api/v1/detect")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"language": "da", "confidence": 0.97, "scores": {"da": 0.97, "nb": 0.02, "nn": 0.01}}""")));
        stubs.align().stubFor(post(urlEqualTo("/api/v1/align")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ALIGN_RESPONSE)));
        stubs.translate().stubFor(post(urlEqualTo("/api/v1/translate")).atPriority(10)
                .willReturn(aResponse().withTransformers(EchoTranslation.NAME)));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Stubs(langid, align, translate),
                new TestInjector.AnnotatedAndMatchesType(InjectStubs.class, Stubs.class));
    }

    @Override
    public void stop() {
        if (langid != null) {
            langid.stop();
        }
        if (align != null) {
            align.stop();
        }
        if (translate != null) {
            translate.stop();
        }
    }
}
