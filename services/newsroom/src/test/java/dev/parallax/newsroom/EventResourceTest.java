package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class EventResourceTest {

    @Test
    void eventsArePagedNewestFirst() {
        // three unrelated stories, far in the future so that they are the newest events
        List<String> events = new ArrayList<>();
        String[] texts = {Texts.FERRY_DA, Texts.SUGAR_TAX_DA, Texts.FERRY_NB};
        String[] dates = {"2090-01-01", "2091-01-01", "2092-01-01"};
        for (int i = 0; i < 3; i++) {
            String id = Api.create(Api.article("Kilde " + i, texts[i] + " " + Api.unique(), dates[i]));
            events.add(Api.awaitProcessed(id).getString("event"));
        }

        JsonPath first = Api.get("/api/v1/events?page=0&size=2");
        assertThat(first.getLong("total")).isGreaterThanOrEqualTo(3);
        assertThat(first.getList("events.id", String.class)).containsExactly(events.get(2), events.get(1));
        assertThat(first.getList("events[0].articles")).hasSize(1);
        assertThat(first.getString("events[0].first")).isEqualTo("2092-01-01");
        assertThat(first.getList("events[0].sources", String.class)).containsExactly("Kilde 2");
        assertThat(first.getList("events[0].languages", String.class)).containsExactly("da");

        JsonPath second = Api.get("/api/v1/events?page=1&size=2");
        assertThat(second.getList("events.id", String.class)).first().isEqualTo(events.get(0));
        assertThat(second.getLong("total")).isEqualTo(first.getLong("total"));

        JsonPath defaults = Api.get("/api/v1/events");
        assertThat(defaults.getInt("size")).isEqualTo(50);
        assertThat(defaults.getList("events")).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void badPagingParametersAreBadRequests() {
        for (String query : new String[] {"page=-1", "size=0", "size=201", "page=abc", "size=1.5"}) {
            given().accept(ContentType.JSON).when().get("/api/v1/events?" + query)
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
    }

    @Test
    void unknownAndMalformedEventIdsAreNotFound() {
        for (String path : new String[] {"/api/v1/events/00000000-0000-0000-0000-000000000000",
                "/api/v1/events/nope", "/api/v1/events/00000000-0000-0000-0000-000000000000/comparison",
                "/api/v1/events/nope/comparison"}) {
            given().accept(ContentType.JSON).when().get(path)
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void writingToTheReadOnlyEndpointsIsNotAllowed() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/events")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
