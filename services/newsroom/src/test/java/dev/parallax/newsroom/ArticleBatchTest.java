package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * {@code POST /api/v1/articles/batch}: each article answered in its slot as the single endpoint would answer it.
 * Bodies are written as JSON text, so that a slot can hold what a Java object cannot (an unpaired surrogate, a key
 * twice). Stories are dated 1993 to 1995, which no other test uses.
 */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class ArticleBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private long articles() {
        return Database.count(dataSource, "select count(*) from article");
    }

    private long articlesWithUrl(String url) {
        return Database.count(dataSource, "select count(*) from article where url = ?", url);
    }

    private static String json(Map<String, Object> article) {
        try {
            return JSON.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> article(String source, String text, String published, String url) {
        Map<String, Object> article = Api.article(source, text, published);
        if (url != null) {
            article.put("url", url);
        }
        return article;
    }

    private static Response postBatch(List<String> elements) {
        return given().contentType(ContentType.JSON).body("{\"articles\": [" + String.join(", ", elements) + "]}")
                .when().post("/api/v1/articles/batch");
    }

    private static JsonPath batch(List<String> elements) {
        return postBatch(elements).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void eachArticleIsAnsweredInItsSlotInRequestOrderAndOnlyTheGoodOnesAreStored() {
        String run = Api.unique();
        String url = "https://example.org/batch/" + run + "/";
        // stored before the batch: the batch re-posts it
        String earlier = Api.create(article("Ritzau", Texts.FERRY_DA, "1993-01-11", url + "earlier"));
        String freshText = Texts.SUGAR_TAX_DA + " " + run;

        List<String> elements = List.of(
                /* 0 */ json(article("Ritzau", Texts.FERRY_DA + " " + run, "1993-01-11", url + "new")),
                /* 1 */ json(article(null, Texts.FERRY_DA, "1993-01-11", url + "no-source")),
                /* 2 */ json(article("DR", freshText, "1993-01-12", null)),
                /* 3 */ json(article("Ritzau", Texts.FERRY_DA, "1993-01-11", url + "earlier")),
                /* 4 */ json(article("Ritzau", "Another text, same url " + run, "1993-01-11", url + "new")),
                /* 5 */ json(article("DR", freshText, "1993-01-12", null)),
                /* 6 */ json(article("NTB", "a".repeat(200_001), "1993-01-11", url + "long")),
                /* 7 */ json(Map.of("source", "NRK", "text", Texts.FERRY_NN, "language", "klingon", "url", url + "klingon")),
                /* 8 */ "{\"source\": \"NRK\", \"text\": 5, \"url\": \"" + url + "number\"}",
                /* 9 */ "null",
                /* 10 */ "[\"Ritzau\", \"Tekst\"]",
                /* 11 */ json(article("NTB", Texts.FERRY_NB, "1993-02-30", url + "bad-date")),
                /* 12 */ json(article("NTB", Texts.FERRY_NB, java.time.LocalDate.now().plusYears(101).toString(),
                        url + "future")));

        JsonPath answer = batch(elements);

        assertThat(answer.getList("results.status", Integer.class))
                .containsExactly(201, 400, 201, 200, 200, 200, 413, 400, 400, 400, 400, 400, 400);
        List<String> ids = answer.getList("results.id", String.class);
        List<String> errors = answer.getList("results.error", String.class);
        assertThat(ids.get(0)).isNotNull().isNotEqualTo(earlier);
        assertThat(ids.get(3)).as("a re-post of an article stored before").isEqualTo(earlier);
        assertThat(ids.get(4)).as("the same url twice in one batch is stored once").isEqualTo(ids.get(0));
        assertThat(ids.get(5)).as("the same source and text twice in one batch is stored once").isEqualTo(ids.get(2));
        for (int slot : new int[] {0, 2, 3, 4, 5}) {
            assertThat(errors.get(slot)).as("error of slot " + slot).isNull();
        }
        for (int slot : new int[] {1, 6, 7, 8, 9, 10, 11, 12}) {
            assertThat(ids.get(slot)).as("id of slot " + slot).isNull();
            assertThat(errors.get(slot)).as("error of slot " + slot).isNotBlank();
        }
        assertThat(errors.get(1)).isEqualTo("source: is required and must not be blank");
        assertThat(errors.get(7)).startsWith("Unsupported 'language' 'klingon'");
        assertThat(errors.get(8)).isEqualTo("Invalid value '5' for field 'text'.");
        assertThat(errors.get(9)).isEqualTo(errors.get(10)).contains("JSON object");

        // what was stored is what was posted
        JsonPath stored = Api.get("/api/v1/articles/" + ids.get(0));
        assertThat(stored.getString("text")).isEqualTo(Texts.FERRY_DA + " " + run);
        assertThat(stored.getString("url")).isEqualTo(url + "new");
        assertThat(Api.get("/api/v1/articles/" + ids.get(2)).getString("source")).isEqualTo("DR");
        assertThat(articlesWithUrl(url + "new")).isEqualTo(1);
        assertThat(Database.count(dataSource, "select count(*) from article where text = ?", freshText)).isEqualTo(1);
        // nothing of a rejected slot
        for (String rejected : List.of("no-source", "long", "klingon", "number", "bad-date", "future")) {
            assertThat(articlesWithUrl(url + rejected)).as(rejected).isZero();
        }
        // the stored ones go through the worker like any other
        Api.awaitProcessed(ids.get(0));
        Api.awaitProcessed(ids.get(2));
    }

    @Test
    void aRejectedSlotReadsExactlyLikeTheSingleEndpointsProblem() {
        String url = "https://example.org/batch-same/" + Api.unique() + "/";
        List<String> elements = List.of(
                json(article("  ", "Tekst", "1993-02-01", url + 1)),
                json(article("Ritzau", " \n ", "1993-02-01", url + 2)),
                json(article("Ritzau", "Tekst", "18/02/1993", url + 3)),
                json(article("Ritzau", "Tekst", "1993-02-01", "has space")),
                json(article("Ritzau", "a".repeat(200_001), "1993-02-01", url + 5)),
                json(article("Ritzau", "a".repeat(200_001), "1993-02-01", "has space")),
                json(Map.of("source", "Ritzau", "text", "Tekst", "language", "x".repeat(17))),
                "{\"source\": {\"name\": \"Ritzau\"}, \"text\": \"Tekst\"}",
                "{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"+999999999-12-31\"}");
        JsonPath answer = batch(elements);
        for (int slot = 0; slot < elements.size(); slot++) {
            var single = given().contentType(ContentType.JSON).body(elements.get(slot)).when().post("/api/v1/articles")
                    .then().contentType("application/problem+json").extract();
            assertThat(answer.getInt("results[" + slot + "].status")).as("status of slot " + slot)
                    .isEqualTo(single.statusCode());
            assertThat(answer.getString("results[" + slot + "].error")).as("error of slot " + slot)
                    .isEqualTo(single.path("detail"));
        }
        // a text too long and a url with space: both said, 400 because not every violation is one of size
        assertThat(answer.getInt("results[5].status")).isEqualTo(400);
        assertThat(answer.getString("results[5].error")).contains("text: has 200001 characters", "url: must not hold");
    }

    @Test
    void hostileTextInASlotIsARejectedSlotOrStoredInertNeverAServerError() {
        String run = Api.unique();
        String url = "https://example.org/batch-hostile/" + run + "/";
        List<String> elements = List.of(
                /* unpaired surrogates: not text */
                "{\"source\": \"Ritzau\", \"text\": \"Tekst \\ud800 mere\", \"url\": \"" + url + "0\"}",
                "{\"source\": \"Ritzau\", \"title\": \"\\udc00\", \"text\": \"Tekst\", \"url\": \"" + url + "1\"}",
                "{\"source\": \"Rit\\udfffzau\", \"text\": \"Tekst\", \"url\": \"" + url + "2\"}",
                /* nothing visible: controls, zero-width characters */
                "{\"source\": \"Ritzau\", \"text\": \"\\u0000\\u0007\\u001b\", \"url\": \"" + url + "3\"}",
                "{\"source\": \"Ritzau\", \"text\": \"\\u200B\\u200C\\u200D\\uFEFF\", \"url\": \"" + url + "4\"}",
                /* controls inside text: removed, the rest stored; markup stored as the words it is */
                "{\"source\": \"Rit\\u0000zau\", \"text\": \"F\\u00e6r\\u0000gen <script>alert(1)</script> " + run
                        + "\\u001b[31m\", \"published\": \"1993-03-01\", \"url\": \"" + url + "5\\u0000\"}");

        JsonPath answer = batch(elements);

        assertThat(answer.getList("results.status", Integer.class)).containsExactly(400, 400, 400, 400, 400, 201);
        assertThat(answer.getString("results[0].error")).isEqualTo("text: holds an unpaired UTF-16 surrogate, which "
                + "is not text; send it encoded as UTF-8");
        assertThat(answer.getString("results[1].error")).startsWith("title: holds an unpaired");
        assertThat(answer.getString("results[2].error")).startsWith("source: holds an unpaired");
        assertThat(answer.getString("results[3].error")).isEqualTo("text: is required and must not be blank");
        for (int i = 0; i < 5; i++) {
            assertThat(articlesWithUrl(url + i)).isZero();
        }
        JsonPath stored = Api.get("/api/v1/articles/" + answer.getString("results[5].id"));
        assertThat(stored.getString("source")).isEqualTo("Ritzau");
        assertThat(stored.getString("text")).isEqualTo("Færgen <script>alert(1)</script> " + run + "[31m");
        assertThat(stored.getString("url")).isEqualTo(url + "5");
    }

    @Test
    void fiveHundredArticlesAreOneBatchAndFiveHundredAndOneAreTooLarge() {
        String text = Texts.FERRY_NB + " " + Api.unique();
        String element = json(article("NTB", text, "1993-04-05", null));
        long before = articles();

        JsonPath answer = batch(Collections.nCopies(500, element));
        List<Integer> statuses = answer.getList("results.status", Integer.class);
        assertThat(statuses).hasSize(500).startsWith(201).filteredOn(s -> s == 200).hasSize(499);
        assertThat(new HashSet<>(answer.getList("results.id", String.class))).hasSize(1);
        assertThat(articles()).isEqualTo(before + 1);

        long stored = articles();
        postBatch(Collections.nCopies(501, json(article("NTB", text + " more", "1993-04-05", null))))
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", equalTo("articles: must hold at most 500 articles; send more in further batches"));
        assertThat(articles()).isEqualTo(stored);
    }

    @Test
    void aBatchOfNewArticlesIsStoredInOrderAndCounted() {
        String run = Api.unique();
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // a week apart: each its own story, so the worker has no comparisons to make
            elements.add(json(article("Batch " + run, Texts.SUGAR_TAX_DA + " " + run + " " + i,
                    java.time.LocalDate.of(1993, 6, 1).plusWeeks(i).toString(), "https://example.org/order/" + run + "/" + i)));
        }
        double batchesBefore = metric("newsroom_articles_batches_total");
        double storedBefore = metric("newsroom_articles_batched_total{status=\"201\"}");

        JsonPath answer = batch(elements);

        assertThat(answer.getList("results.status", Integer.class)).hasSize(40).containsOnly(201);
        List<String> ids = answer.getList("results.id", String.class);
        assertThat(new HashSet<>(ids)).hasSize(40);
        for (int i = 0; i < 40; i += 13) {
            assertThat(Api.get("/api/v1/articles/" + ids.get(i)).getString("url"))
                    .isEqualTo("https://example.org/order/" + run + "/" + i);
        }
        // the worker takes the oldest first: the batch's order
        assertThat(Database.count(dataSource, "select count(*) from (select url, row_number() over (order by created) "
                + "as n from article where source = ?) a where url <> 'https://example.org/order/' || ? || '/' || (n - 1)",
                "Batch " + run, run)).isZero();
        assertThat(metric("newsroom_articles_batches_total")).isEqualTo(batchesBefore + 1);
        assertThat(metric("newsroom_articles_batched_total{status=\"201\"}")).isEqualTo(storedBefore + 40);
        ids.forEach(Api::awaitProcessed);

        // posted again: every one already stored, nothing new
        long before = articles();
        JsonPath again = batch(elements);
        assertThat(again.getList("results.status", Integer.class)).hasSize(40).containsOnly(200);
        assertThat(again.getList("results.id", String.class)).isEqualTo(ids);
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void concurrentBatchesOfTheSameArticlesStoreEachOnce() throws Exception {
        String run = Api.unique();
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            elements.add(json(article("Race " + run, Texts.FERRY_DA + " " + run + " " + i,
                    java.time.LocalDate.of(1995, 1, 2).plusWeeks(i).toString(), "https://example.org/race/" + run + "/" + i)));
        }
        // per batch, the results put back into the order of elements
        List<List<Map<String, Object>>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<List<Map<String, Object>>>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                // each batch in another order, so that they collide on different articles
                int shift = i;
                List<String> rotated = new ArrayList<>(elements);
                Collections.rotate(rotated, shift);
                posts.add(() -> {
                    List<Map<String, Object>> results = new ArrayList<>(batch(rotated).getList("results"));
                    Collections.rotate(results, -shift);
                    return results;
                });
            }
            for (Future<List<Map<String, Object>>> answer : pool.invokeAll(posts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 10; i++) {
            Map<Object, Integer> statuses = new HashMap<>();
            Set<Object> ids = new HashSet<>();
            for (List<Map<String, Object>> answer : answers) {
                statuses.merge(answer.get(i).get("status"), 1, Integer::sum);
                ids.add(answer.get(i).get("id"));
            }
            assertThat(statuses).as("article " + i).containsOnlyKeys(200, 201).containsEntry(201, 1);
            assertThat(ids).as("article " + i).doesNotContainNull().hasSize(1);
            assertThat(articlesWithUrl("https://example.org/race/" + run + "/" + i)).isEqualTo(1);
        }
    }

    static Stream<Arguments> badBatches() {
        String good = "{\"source\": \"Ritzau\", \"text\": \"Tekst\", \"published\": \"1993-05-05\"}";
        return Stream.of(
                Arguments.of("{}", 400),
                Arguments.of("null", 400),
                Arguments.of("[]", 400),
                Arguments.of("[" + good + "]", 400),
                Arguments.of(good, 400),
                Arguments.of("{\"articles\": null}", 400),
                Arguments.of("{\"articles\": []}", 400),
                Arguments.of("{\"articles\": \"" + good.replace("\"", "\\\"") + "\"}", 400),
                Arguments.of("{\"articles\": {\"0\": " + good + "}}", 400),
                Arguments.of("{\"articles\": [" + good, 400),
                Arguments.of("{\"articles\": [" + good + ",]}", 400),
                Arguments.of("{\"articles\": [" + good + "]} trailing", 400),
                Arguments.of("{\"articles\": [" + good + "], \"articles\": [" + good + "]}", 400),
                Arguments.of("articles=" + good, 400));
    }

    @ParameterizedTest
    @MethodSource("badBatches")
    void aBodyThatIsNoBatchIsAProblemAndStoresNothing(String body, int status) {
        long before = articles();
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/articles/batch")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyAndAnotherMediaTypeAreProblems() {
        long before = articles();
        given().contentType(ContentType.JSON).when().post("/api/v1/articles/batch")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("{\"articles\": []}").when().post("/api/v1/articles/batch")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(articles()).isEqualTo(before);
    }

    private static double metric(String name) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name.replace("}", ",")))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
