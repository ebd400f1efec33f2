package dev.parallax.translate.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The translate endpoints against the real Apertium installation; langid is stubbed. */
@QuarkusTest
@WithTestResource(LangidWireMock.class)
class TranslateResourceTest {

    private static final String PROBLEM = "application/problem+json";

    WireMockServer langid;

    @BeforeEach
    void resetLangid() {
        langid.resetAll();
    }

    private static io.restassured.response.ValidatableResponse translate(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/translate").then();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "da | nb | Regeringen har fremlagt et nyt forslag om skat. | Regjeringen | forslag om skatt",
            "nb | da | Regjeringen har lagt fram et nytt forslag om skatt. | Regeringen | forslag om skat",
            "da | nn | Regeringen har fremlagt et nyt forslag om skat. | Regjeringa | eit nytt forslag",
            "nn | da | Statsministeren seier at ho vil snakke med partia. | Statsministeren siger | hun vil tale med partierne",
            "nn | nb | Regjeringa har lagt fram eit nytt forslag om skatt. | Regjeringen | et nytt forslag",
            "nb | nn | Regjeringen har lagt fram et nytt forslag om skatt. | Regjeringa | eit nytt forslag"})
    void everyDirectionTranslates(String source, String target, String text, String expectedStart, String expectedPart) {
        translate(Map.of("text", text, "source", source, "target", target))
                .statusCode(200)
                .body("source", equalTo(source))
                .body("target", equalTo(target))
                .body("translation", org.hamcrest.Matchers.startsWith(expectedStart))
                .body("translation", containsString(expectedPart))
                .body("translation", org.hamcrest.Matchers.endsWith("."));
    }

    @Test
    void danishSigerBecomesSierNotSiker() {
        String nb = translate(Map.of("text", "Han siger, at det er godt. Hun sagde nej.", "source", "da", "target", "nb"))
                .statusCode(200).extract().path("translation");
        String nn = translate(Map.of("text", "Han siger, at det er godt. Hun sagde nej.", "source", "da", "target", "nn"))
                .statusCode(200).extract().path("translation");

        assertThat(nb).contains("Han sier").contains("Hun sa nei").doesNotContain("sik");
        assertThat(nn).contains("Han seier").contains("sa nei").doesNotContain("sik");
    }

    @Test
    void norwegianUlikeBecomesForskelligeNotUlige() {
        translate(Map.of("text", "De har ulike meninger om saken.", "source", "nb", "target", "da"))
                .statusCode(200).body("translation", equalTo("De har forskellige meninger om sagen."));
        translate(Map.of("text", "Dei har ulike meiningar om saka.", "source", "nn", "target", "da"))
                .statusCode(200).body("translation", containsString("forskellige"));
    }

    @Test
    void aSixtyWordBokmaalSentenceCompletesIntoDanish() {
        String sentence = "Forsvarsminister Sergej Sjojgu og utenriksminister Sergej Lavrov sa torsdag at Russland og USA "
                + "ikke har blitt enige om noe som helst når det gjelder situasjonen i Syria, men at partene vil fortsette "
                + "samtalene i Genève neste uke dersom amerikanerne er villige til å diskutere en felles løsning på "
                + "konflikten som har vart i mer enn fire år og drevet millioner av mennesker på flukt fra landet.";
        assertThat(sentence.split("\\s+")).hasSizeGreaterThanOrEqualTo(60);

        String danish = translate(Map.of("text", sentence, "source", "nb", "target", "da"))
                .statusCode(200).extract().path("translation");

        assertThat(danish).startsWith("Forsvarsminister Sergej Sjojgu og udenrigsminister")
                .contains("Syrien").endsWith("fra landet.");
        assertThat(danish.split("\\s+").length).isBetween(55, 75);
    }

    @Test
    void aHundredThousandCharacterArticleComesBackWhole() {
        // distinct paragraphs (numbered), so neither the cache nor de-duplication shortens the work
        String article = java.util.stream.IntStream.rangeClosed(1, 530)
                .mapToObj(i -> i + ". Han siger, at samtalen mellem de to forsvarsministre varede " + (i + 10)
                        + " minutter, og at de aftalte at fortsætte dialogen om Syrien i den kommende uge, "
                        + "selv om mange spørgsmål stadig er uafklarede.")
                .collect(java.util.stream.Collectors.joining("\n\n"));
        assertThat(article.length()).isGreaterThan(100_000);

        String nb = translate(Map.of("text", article, "source", "da", "target", "nb"))
                .statusCode(200).extract().path("translation");

        String[] paragraphs = nb.split("\n\n", -1);
        assertThat(paragraphs).hasSize(530);
        for (int i = 0; i < paragraphs.length; i++) {
            assertThat(paragraphs[i]).startsWith((i + 1) + ". Han sier").contains(" " + (i + 11) + " minutt")
                    .endsWith("uavklarte.");
        }
    }

    @Test
    void paragraphsHeadingsAndEmphasisKeepTheirLayout() {
        String text = "# Betydningsfuldt skift\n\n*18. september 2015* – Telefonsamtalen varede 50 minutter.\n\n"
                + "  Carter og Lavrov drøftede Syrien.\nForsvarsministeren sagde ja.\n\n\nSlut";

        String nb = translate(Map.of("text", text, "source", "da", "target", "nb"))
                .statusCode(200).extract().path("translation");

        String[] paragraphs = nb.split("\n", -1);
        assertThat(paragraphs).hasSize(9);
        assertThat(paragraphs[0]).startsWith("# Betydningsfull").doesNotEndWith(".");
        assertThat(paragraphs[1]).isEmpty();
        assertThat(paragraphs[2]).startsWith("*18. september 2015* – Telefonsamtalen").endsWith("minutt.");
        assertThat(paragraphs[4]).startsWith("  Carter og Lavrov").endsWith("Syria.");
        assertThat(paragraphs[5]).isEqualTo("Forsvarsministeren sa ja.");
        assertThat(paragraphs[6]).isEmpty();
        assertThat(paragraphs[7]).isEmpty();
        assertThat(paragraphs[8]).isEqualTo("Slutt");
    }

    @Test
    void apertiumMarksAndReservedCharactersDoNotLeak() {
        String nb = translate(Map.of("text", "AFP skriver om Mellemøsten [sic] a/b ^x$ <y> {z} e@mail.dk #1 ~k.",
                "source", "da", "target", "nb")).statusCode(200).extract().path("translation");

        assertThat(nb).startsWith("AFP skriver om Mellom").contains("[sic] a/b ^x$ <y> {z} e@mail.dk #1 ~k")
                .doesNotContain("#AFP").doesNotContain("\\");
    }

    @Test
    void acronymsSurviveAndUnknownWordsAreReported() {
        translate(Map.of("text", "Forsvarsminister Sergei Shoigu sagde, at ISIS og IS angreb, iflg. AFP.",
                "source", "da", "target", "nb"))
                .statusCode(200)
                .body("translation", containsString("ISIS og IS "))
                .body("translation", containsString(" AFP."))
                .body("translation", not(containsString("#")))
                .body("translation", not(containsString("*")))
                .body("unknown", org.hamcrest.Matchers.hasItem("Shoigu"));
    }

    @Test
    void aRepeatedParagraphIsServedFromTheCache() {
        String paragraph = "Udenrigsminister John Kerry talte med sin russiske kollega i " + System.nanoTime() + " minutter.";
        double before = cachedChunks();
        String first = translate(Map.of("text", paragraph, "source", "da", "target", "nb")).statusCode(200)
                .extract().path("translation");
        assertThat(cachedChunks()).isEqualTo(before);

        translate(Map.of("text", paragraph + "\n\n" + paragraph, "source", "da", "target", "nb")).statusCode(200)
                .body("translation", equalTo(first + "\n\n" + first));
        assertThat(cachedChunks()).isEqualTo(before + 2);
    }

    private static double cachedChunks() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("translate_chunks_total{") && line.contains("cached=\"true\"")
                        && line.contains("mode=\"dan-nob\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void sameSourceAndTargetReturnsTheTextUnchanged() {
        translate(Map.of("text", "Han siger  det.\n", "source", "da", "target", "da"))
                .statusCode(200).body("translation", equalTo("Han siger  det.\n"));
    }

    @Test
    void omittedSourceIsDetectedByLangid() {
        langid.stubFor(post(urlEqualTo("/api/v1/detect"))
                .withRequestBody(equalToJson("{\"text\": \"Hun sier at det er godt.\"}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"language\":\"nb\",\"confidence\":0.93,\"scores\":{\"nb\":0.93,\"nn\":0.04,\"da\":0.03}}")));

        translate(Map.of("text", "Hun sier at det er godt.", "target", "da"))
                .statusCode(200)
                .body("source", equalTo("nb"))
                .body("translation", containsString("Hun siger"));
        langid.verify(1, postRequestedFor(urlEqualTo("/api/v1/detect")));
    }

    @Test
    void detectedLanguageOutsideThePairsIs400() {
        langid.stubFor(post(urlEqualTo("/api/v1/detect")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"language\":\"sv\",\"confidence\":0.9}")));

        translate(Map.of("text", "Hon säger att det är bra.", "target", "da"))
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("'sv'")).body("detail", containsString("da->nb"));
    }

    @Test
    void langidDownIs503WithRetryAfter() {
        langid.stubFor(post(urlEqualTo("/api/v1/detect")).willReturn(aResponse().withStatus(500)));

        translate(Map.of("text", "Hun sier at det er godt.", "target", "da"))
                .statusCode(503).contentType(PROBLEM).header("Retry-After", not(org.hamcrest.Matchers.emptyOrNullString()));
        langid.verify(moreThanOrExactly(2), postRequestedFor(urlEqualTo("/api/v1/detect")));
    }

    @Test
    void pairsListsAllSixDirections() {
        given().when().get("/api/v1/pairs").then()
                .statusCode(200)
                .body("pairs", hasSize(6))
                .body("pairs.findAll { it.source == 'da' }.target", org.hamcrest.Matchers.containsInAnyOrder("nb", "nn"))
                .body("pairs.findAll { it.source == 'nn' }.target", org.hamcrest.Matchers.containsInAnyOrder("nb", "da"));
    }

    @Test
    void pairsRejectsOtherMethodsWithProblemJson() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/pairs").then()
                .statusCode(405).contentType(PROBLEM);
    }

    @Test
    void unsupportedPairIs400NamingTheSupportedOnes() {
        translate(Map.of("text", "Hej", "source", "sv", "target", "da"))
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("da->nb")).body("detail", containsString("nb->nn"));
        translate(Map.of("text", "Hej", "source", "da", "target", "en"))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("target 'en'"));
    }

    @Test
    void blankOrMissingFieldsAre400() {
        translate(Map.of("text", "   ", "source", "da", "target", "nb")).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("text"));
        translate(Map.of("source", "da", "target", "nb")).statusCode(400).contentType(PROBLEM);
        translate(Map.of("text", "Hej", "source", "da")).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("target"));
    }

    @Test
    void emptyBodyIs400() {
        given().contentType(ContentType.JSON).when().post("/api/v1/translate").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void strictJsonAndTextAre400() {
        translate("{\"text\": \"Hej\", \"source\": \"da\", \"target\": \"nb\", \"target\": \"nn\"}")
                .statusCode(400).contentType(PROBLEM);
        translate("{\"text\": \"Hej\", \"source\": \"da\", \"target\": \"nb\"} trailing").statusCode(400).contentType(PROBLEM);
        translate("{\"text\": \"\\u200B\\u200C\", \"source\": \"da\", \"target\": \"nb\"}").statusCode(400).contentType(PROBLEM);
        translate("{\"text\": \"Hej \\ud800\", \"source\": \"da\", \"target\": \"nb\"}").statusCode(400).contentType(PROBLEM);
        translate("{\"text\": true, \"source\": \"da\", \"target\": \"nb\"}").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void controlCharactersAreRemovedBeforeTranslating() {
        translate(Map.of("text", "Han\u0000 siger\u0007 nej.", "source", "da", "target", "nb"))
                .statusCode(200).body("translation", org.hamcrest.Matchers.not(containsString("\u0000")))
                .body("translation", containsString("sier"));
    }

    @Test
    void malformedJsonIs400() {
        translate("{\"text\": \"Hej\", \"target\": ").statusCode(400).contentType(PROBLEM);
        translate("{\"text\": 5, \"target\": [1]}").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void nonJsonContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("Han siger det").when().post("/api/v1/translate").then()
                .statusCode(415).contentType(PROBLEM);
    }

    @Test
    void textOverTheLimitIs413() {
        translate(Map.of("text", "a".repeat(200_001), "source", "da", "target", "nb"))
                .statusCode(413).contentType(PROBLEM).body("detail", containsString("200000"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        translate(Map.of("text", "ord ".repeat(600_000), "source", "da", "target", "nb"))
                .statusCode(413).contentType(PROBLEM);
    }

    @Test
    void readinessNamesTheWarmDirections() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'apertium' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'apertium' }.data.lexicalFixes", containsString("dan-nob"));
    }
}
