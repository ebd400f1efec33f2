package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Test helpers over the HTTP API. */
final class Api {

    /** Generous: only a bound on how long a broken test hangs, not a speed assertion. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Api() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> article(String source, String text, String published) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", source);
        body.put("text", text);
        body.put("published", published);
        return body;
    }

    static Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles");
    }

    /** Posts and answers the new article's id, insisting on 201. */
    static String create(Map<String, Object> body) {
        return post(body).then().statusCode(201).extract().path("id");
    }

    static JsonPath get(String path) {
        return given().accept(ContentType.JSON).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the article until the condition holds; fails with its last state otherwise. */
    static JsonPath awaitArticle(String id, Predicate<JsonPath> condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonPath last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get("/api/v1/articles/" + id);
            if (condition.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("article " + id + " never became " + what + "; last state: "
                + (last == null ? null : last.prettify()));
    }

    static JsonPath awaitProcessed(String id) {
        return awaitArticle(id, a -> "processed".equals(a.getString("status")), "processed");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
