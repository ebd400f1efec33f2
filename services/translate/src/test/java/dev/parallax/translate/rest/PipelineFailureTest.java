package dev.parallax.translate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.parallax.apertium.NativePipeline;
import dev.parallax.translate.service.Direction;
import dev.parallax.translate.service.apertium.PipelineManager;
import dev.parallax.translate.service.apertium.PipelinePool;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A pipeline that dies in the middle of a request: 503 for that request, a fresh pipeline for the next. */
@QuarkusTest
@WithTestResource(LangidWireMock.class)
class PipelineFailureTest {

    @Inject
    PipelineManager pipelines;

    @Test
    void killingAStageMidRequestGives503AndTheNextRequestWorks() throws Exception {
        // distinct paragraphs, so neither the cache nor de-duplication shortens the work
        String article = IntStream.range(0, 150)
                .mapToObj(i -> "Avsnitt " + i + ": Forsvarsminister Sergej Sjojgu sa torsdag at Russland og USA ikke har blitt "
                        + "enige om noe som helst når det gjelder situasjonen i Syria, men at partene vil fortsette samtalene.")
                .collect(Collectors.joining("\n\n"));
        PipelinePool pool = pipelines.pool(Direction.NB_DA).orElseThrow();

        CompletableFuture<Response> request = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of("text", article, "source", "nb", "target", "da")).post("/api/v1/translate"));
        List<NativePipeline> busy = List.of();
        while (busy.isEmpty() && !request.isDone()) {
            Thread.sleep(5);
            busy = pool.busy();
        }
        assertThat(busy).as("the request must still be running when its pipeline is killed").isNotEmpty();
        List<Long> pids = busy.get(0).pids();
        ProcessHandle.of(pids.get(pids.size() / 2)).ifPresent(ProcessHandle::destroyForcibly);

        Response failed = request.get();
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.header("Retry-After")).isNotBlank();
        assertThat(pids).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Han sier at det er godt.", "source", "nb", "target", "da"))
                .post("/api/v1/translate").then()
                .statusCode(200).body("translation", containsString("Han siger"));
        assertThat(pool.pids()).doesNotContainAnyElementsOf(pids);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("translate_pipeline_restarts_total{mode=\"nob-dan\""));
    }
}
