package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class ArticleResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private long articles() {
        return Database.count(dataSource, "select count(*) from article");
    }

    @Test
    void anArticleIsStoredReadBackAndProcessed() {
        String url = "https://example.org/a/" + Api.unique();
        Map<String, Object> body = Api.article("Ritzau", Texts.FERRY_DA, "2011-03-04");
        body.put("title", "Færge på grund");
        body.put("url", url);

        var created = Api.post(body).then().statusCode(201).body("status", equalTo("pending")).extract();
        String id = created.path("id");
        assertThat(id).isNotNull();
        assertThat(created.header("Location")).endsWith("/api/v1/articles/" + id);

        JsonPath stored = Api.get("/api/v1/articles/" + id);
        assertThat(stored.getString("source")).isEqualTo("Ritzau");
        assertThat(stored.getString("title")).isEqualTo("Færge på grund");
        assertThat(stored.getString("text")).isEqualTo(Texts.FERRY_DA);
        assertThat(stored.getString("published")).isEqualTo("2011-03-04");
        assertThat(stored.getString("url")).isEqualTo(url);

        JsonPath processed = Api.awaitProcessed(id);
        assertThat(processed.getString("language")).isEqualTo("da");
        assertThat(processed.getDouble("languageConfidence")).isEqualTo(0.97);
        assertThat(processed.getString("event")).isNotNull();
        Api.get("/api/v1/events/" + processed.getString("event"));
    }

    @Test
    void rePostingTheSameUrlAnswersTheStoredArticle() {
        String url = "https://example.org/b/" + Api.unique();
        Map<String, Object> body = Api.article("NTB", Texts.FERRY_NB, "2011-04-05");
        body.put("url", url);
        String id = Api.create(body);
        long before = articles();

        // same url, even with another text: the url is the identity
        body.put("text", Texts.SUGAR_TAX_DA);
        Api.post(body).then().statusCode(200).body("id", equalTo(id));
        assertThat(articles()).isEqualTo(before);
        assertThat(Database.count(dataSource, "select count(*) from article where url = ?", url)).isEqualTo(1);
    }

    @Test
    void rePostingWithoutUrlMatchesOnSourceAndText() {
        String text = Texts.SUGAR_TAX_DA + " " + Api.unique();
        String id = Api.create(Api.article("Ritzau", text, "2011-05-06"));
        long before = articles();

        Api.post(Api.article("Ritzau", text, "2011-05-06")).then().statusCode(200).body("id", equalTo(id));
        assertThat(articles()).isEqualTo(before);

        // another source with the same text is another article
        String other = Api.create(Api.article("DR", text, "2011-05-06"));
        assertThat(other).isNotEqualTo(id);
    }

    @Test
    void concurrentDuplicatesStoreOneArticle() throws Exception {
        String url = "https://example.org/c/" + Api.unique();
        Map<String, Object> body = Api.article("Ritzau", Texts.FERRY_DA, "2011-06-07");
        body.put("url", url);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<io.restassured.response.Response>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> Api.post(body));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<io.restassured.response.Response> f : pool.invokeAll(posts)) {
                statuses.add(f.get().statusCode());
                ids.add(f.get().path("id"));
            }
            assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
            assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.count(dataSource, "select count(*) from article where url = ?", url)).isEqualTo(1);
    }

    @Test
    void aLanguageOverrideIsKeptAndNotDetected() {
        Map<String, Object> body = Api.article("NRK", Texts.FERRY_NN + " " + Api.unique(), "2011-07-08");
        body.put("language", "NN");
        String id = Api.post(body).then().statusCode(201).body("language", equalTo("nn")).extract().path("id");
        JsonPath processed = Api.awaitProcessed(id);
        assertThat(processed.getString("language")).isEqualTo("nn");
        assertThat(processed.getString("languageConfidence")).isNull();
    }

    @Test
    void aMissingPublishedDateMeansToday() {
        Map<String, Object> body = Api.article("TV2", Texts.SUGAR_TAX_DA + " " + Api.unique(), null);
        body.remove("published");
        String id = Api.create(body);
        assertThat(Api.get("/api/v1/articles/" + id).getString("published"))
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    static Stream<Arguments> badArticles() {
        String longText = "a".repeat(200_001);
        return Stream.of(
                Arguments.of("{}", 400),
                Arguments.of("[]", 400),
                Arguments.of("null", 400),
                Arguments.of("{\"source\": \"Ritzau\"", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"2015-09-18\",}", 400),
                Arguments.of("{\"text\": \"Tekst\", \"published\": \"2015-09-18\"}", 400),
                Arguments.of("{\"source\": \"  \", \"text\": \"Tekst\", \"published\": \"2015-09-18\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"published\": \"2015-09-18\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \" \\n \", \"published\": \"2015-09-18\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"18/09/2015\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"2015-02-30\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"language\": \"klingon\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"url\": \"has space\"}", 400),
                Arguments.of("{\"source\": {\"name\": \"Ritzau\"}, \"text\": \"Tekst\"}", 400),
                // dates PostgreSQL cannot store, or would store as another (year 0 becomes 1 BC)
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"+9999999-01-01T00:00:00Z\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"-9999-01-01T00:00:00Z\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"0000-01-01\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"+999999999-12-31\"}", 400),
                // further ahead than newsroom.max-days-ahead (100 years in tests, 1 day in production)
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"" + java.time.LocalDate.now()
                        .plusYears(101) + "\"}", 400),
                // strict JSON: a key twice, content after the document, a number for text
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"text\": \"Andet\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\"} trailing", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\"}{}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": 5}", 400),
                Arguments.of("{\"source\": true, \"text\": \"Tekst\"}", 400),
                // no text to read: zero-width characters only; not text at all: an unpaired surrogate
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"\\u200B\\u200C\\u200D\\uFEFF\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst \\ud800 mere\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"title\": \"\\udc00\"}", 400),
                Arguments.of("{\"source\": \"Ritzau\", \"text\": \"" + longText + "\"}", 413));
    }

    @ParameterizedTest
    @MethodSource("badArticles")
    void badInputIsAProblemAndStoresNothing(String body, int status) {
        long before = articles();
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/articles")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        long before = articles();
        given().contentType(ContentType.JSON).when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void aNonJsonContentTypeIsUnsupported() {
        long before = articles();
        given().contentType(ContentType.TEXT).body("source=Ritzau&text=Tekst")
                .when().post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheByteLimitIsTooLarge() {
        long before = articles();
        String huge = "{\"source\": \"Ritzau\", \"text\": \"" + "ø".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void controlCharactersAreRemovedOnceAtTheEdgeAndTheRestStored() {
        String marker = Api.unique();
        Map<String, Object> article = Api.article("Rit\u0000zau " + marker, "Fær\u0000gen sejlede\u0007 i går. " + marker,
                "2016-04-04");
        article.put("title", "Over\u0000skrift");
        article.put("url", "https://example.org/nul/" + marker + "\u0000");
        String id = Api.create(article);
        JsonPath stored = Api.get("/api/v1/articles/" + id);
        assertThat(stored.getString("source")).isEqualTo("Ritzau " + marker);
        assertThat(stored.getString("title")).isEqualTo("Overskrift");
        assertThat(stored.getString("url")).isEqualTo("https://example.org/nul/" + marker);
        assertThat(stored.getString("text")).isEqualTo("Færgen sejlede i går. " + marker);
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLargeAsAProblem() throws Exception {
        long before = articles();
        // no Content-Length: the body streams in until the HTTP layer's limit stops it
        byte[] chunk = ("{\"source\": \"Ritzau\", \"text\": \"" + "a".repeat(3_000_000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk)))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void unknownAndMalformedArticleIdsAreNotFound() {
        for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "not-a-uuid", "123"}) {
            given().accept(ContentType.JSON).when().get("/api/v1/articles/" + id)
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
    }
}
