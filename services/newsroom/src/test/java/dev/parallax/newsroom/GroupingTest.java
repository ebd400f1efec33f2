package dev.parallax.newsroom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.parallax.newsroom.service.grouping.GroupingKeysBackfill;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Grouping into events and the comparison that follows, end to end through the worker. */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class GroupingTest {

    @Inject
    DataSource dataSource;

    @Inject
    GroupingKeysBackfill backfill;

    @Test
    void oneStoryInThreeLanguagesIsOneEventAndUnrelatedOrDistantReportsAreNot() {
        String danish = Api.create(withUrl(Api.article("Ritzau", Texts.FERRY_DA, "2003-02-10")));
        String eventId = Api.awaitProcessed(danish).getString("event");

        // a single article is not compared yet
        given().accept(ContentType.JSON).when().get("/api/v1/events/" + eventId + "/comparison")
                .then().statusCode(404).contentType("application/problem+json");

        String bokmal = Api.create(withUrl(Api.article("NTB", Texts.FERRY_NB, "2003-02-11")));
        assertThat(Api.awaitProcessed(bokmal).getString("event")).isEqualTo(eventId);

        JsonPath comparison = Api.get("/api/v1/events/" + eventId + "/comparison");
        assertThat(comparison.getString("computed")).isNotBlank();
        assertThat(comparison.getList("articles", String.class)).containsExactlyInAnyOrder(danish, bokmal);
        assertThat(comparison.getList("documents.id", String.class)).containsExactlyInAnyOrder(danish, bokmal);
        assertThat(comparison.getList("links")).hasSize(1);
        assertThat(comparison.getList("comparison.status", String.class)).contains("agree", "conflict", "unique");
        // the claims align sent are stored with the comparison and served with it, document ids being article ids
        assertThat(comparison.getList("claims.id", String.class)).containsExactly("c1", "c2");
        assertThat(comparison.getList("claims[1].members.doc", String.class)).containsExactlyInAnyOrder(danish, bokmal);
        assertThat(comparison.getList("claims[1].facts", Integer.class)).containsExactly(0, 1);

        String unrelated = Api.create(withUrl(Api.article("DR", Texts.SUGAR_TAX_DA, "2003-02-11")));
        String unrelatedEvent = Api.awaitProcessed(unrelated).getString("event");
        assertThat(unrelatedEvent).isNotEqualTo(eventId);

        // the same story far outside the date window is another event
        String later = Api.create(withUrl(Api.article("NRK", Texts.FERRY_NN, "2003-03-20")));
        assertThat(Api.awaitProcessed(later).getString("event")).isNotIn(eventId, unrelatedEvent);

        // a third report inside the window joins, and the comparison is recomputed to cover it
        String nynorsk = Api.create(withUrl(Api.article("NRK", Texts.FERRY_NN, "2003-02-12")));
        assertThat(Api.awaitProcessed(nynorsk).getString("event")).isEqualTo(eventId);
        assertThat(Api.get("/api/v1/events/" + eventId + "/comparison").getList("articles", String.class))
                .containsExactlyInAnyOrder(danish, bokmal, nynorsk);

        JsonPath event = Api.get("/api/v1/events/" + eventId);
        assertThat(event.getList("articles.id", String.class)).containsExactlyInAnyOrder(danish, bokmal, nynorsk);
        assertThat(event.getList("sources", String.class)).containsExactly("Ritzau", "NTB", "NRK");
        assertThat(event.getString("first")).isEqualTo("2003-02-10");
        assertThat(event.getString("last")).isEqualTo("2003-02-12");
        assertThat(event.getString("articles[0].text")).isNull();
    }

    @Test
    void theAlignRequestCarriesArticleIdsTextsAndDates() {
        String a = Api.create(withUrl(Api.article("Ritzau", Texts.FERRY_DA, "2004-06-01")));
        String b = Api.create(withUrl(Api.article("NTB", Texts.FERRY_NB, "2004-06-01")));
        String eventId = Api.awaitProcessed(b).getString("event");
        Api.awaitProcessed(a);
        JsonPath comparison = Api.get("/api/v1/events/" + eventId + "/comparison");
        List<Map<String, Object>> mentions = comparison.getList("comparison[0].mentions");
        assertThat(mentions).extracting(m -> m.get("doc")).containsExactlyInAnyOrder(a, b);
        given().accept(ContentType.JSON).when().get("/api/v1/events/" + eventId)
                .then().statusCode(200).body("comparison.conflict", equalTo(1));
    }

    @Test
    void anArchiveLoadedWithoutKeysGetsThemAndIsFoundThroughThem() {
        // an archive loaded into the database directly: grouped, processed, no grouping keys
        UUID event = UUID.randomUUID();
        UUID archived = UUID.randomUUID();
        Database.execute(dataSource, "insert into event (id, title, first_published, last_published) "
                + "values (?, 'Færge på grund', date '2005-03-01', date '2005-03-01')", event);
        Database.execute(dataSource, "insert into article (id, source, text, published, content_hash, language, status, "
                + "event_id, processed) values (?, 'Arkiv', ?, date '2005-03-01', ?, 'da', 'processed', ?, now())",
                archived, Texts.FERRY_DA, "a".repeat(64), event);

        while (backfill.fillBatch() > 0) {
            // other tests' articles may be waiting too
        }
        assertThat(Database.count(dataSource, "select count(*) from article where id = ? and grouping_keys is not null "
                + "and cardinality(grouping_keys) > 3", archived)).isEqualTo(1);
        assertThat(Database.count(dataSource, "select count(*) from article where grouping_keys is null "
                + "and event_id is not null")).isZero();

        // a report of the same story finds it through the keys' index and joins its event
        String bokmal = Api.create(withUrl(Api.article("NTB", Texts.FERRY_NB, "2005-03-02")));
        assertThat(Api.awaitProcessed(bokmal).getString("event")).isEqualTo(event.toString());
    }

    @Test
    void aReportSimilarToTwoEventsMergesThemKeepingTheAbsorbedOnesHistory() {
        // two halves of one report, too different to join each other, arrive first (as after an outage)
        String first = Api.create(withUrl(Api.article("Ritzau", "Færgen mellem Hirtshals og Kristiansand gik torsdag "
                + "aften på grund ud for den norske kyst. Ifølge rederiet var der 312 passagerer og 64 "
                + "besætningsmedlemmer om bord, og ingen kom til skade.", "2006-09-14")));
        String second = Api.create(withUrl(Api.article("NTB", "Passagererne fra færgen blev senere bragt i land i "
                + "Kristiansand med bugserbåde. Havarikommissionen undersøger nu, hvorfor færgen kom ud af kurs i det "
                + "dårlige vejr ved Hirtshals.", "2006-09-14")));
        String eventOfFirst = Api.awaitProcessed(first).getString("event");
        String eventOfSecond = Api.awaitProcessed(second).getString("event");
        assertThat(eventOfSecond).as("the halves start events of their own").isNotEqualTo(eventOfFirst);

        // the whole report is like both: one story, one event
        String whole = Api.create(withUrl(Api.article("DR", Texts.FERRY_DA, "2006-09-15")));
        String event = Api.awaitProcessed(whole).getString("event");
        assertThat(event).isIn(eventOfFirst, eventOfSecond);
        for (String article : List.of(first, second, whole)) {
            assertThat(Api.get("/api/v1/articles/" + article).getString("event")).isEqualTo(event);
        }
        String absorbed = event.equals(eventOfFirst) ? eventOfSecond : eventOfFirst;
        assertThat(Database.count(dataSource, "select count(*) from event where id = ? and merged_into = ?",
                UUID.fromString(absorbed), UUID.fromString(event))).isEqualTo(1);

        // the merged event leaves the list, its link shows the event it went into, and that one is compared anew
        assertThat(Api.get("/api/v1/events?from=2006-09-01&to=2006-09-30").getList("events.id", String.class))
                .contains(event).doesNotContain(absorbed);
        assertThat(Api.get("/api/v1/events/" + absorbed).getString("id")).isEqualTo(event);
        assertThat(Api.get("/api/v1/events/" + event + "/comparison").getList("articles", String.class))
                .containsExactlyInAnyOrder(first, second, whole);
    }

    private static Map<String, Object> withUrl(Map<String, Object> article) {
        article.put("url", "https://example.org/grouping/" + Api.unique());
        return article;
    }
}
