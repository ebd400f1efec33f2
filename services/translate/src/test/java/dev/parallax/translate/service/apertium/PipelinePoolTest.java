package dev.parallax.translate.service.apertium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parallax.apertium.NativePipeline;
import dev.parallax.apertium.PipelineFailedException;
import dev.parallax.apertium.PipelineFailedException.Reason;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Process management with ordinary tools standing in for Apertium stages ({@code cat} echoes a
 * NUL-terminated chunk at once), so that failures can be provoked on purpose.
 */
class PipelinePoolTest {

    @TempDir
    Path logs;

    private ExecutorService writers;
    private ScheduledExecutorService watchdog;
    private SimpleMeterRegistry registry;
    private PipelinePool pool;

    @BeforeEach
    void executors() {
        writers = Executors.newCachedThreadPool();
        watchdog = Executors.newSingleThreadScheduledExecutor();
        registry = new SimpleMeterRegistry();
    }

    @AfterEach
    void shutdown() {
        if (pool != null) {
            pool.close();
        }
        writers.shutdownNow();
        watchdog.shutdownNow();
    }

    private PipelinePool pool(int size, List<List<String>> commands) {
        pool = new PipelinePool("test", size,
                slot -> NativePipeline.start("test#" + slot, commands, logs.resolve(slot + ".log"), PipelineManager::complete),
                writers, watchdog, registry);
        return pool;
    }

    private static Instant inSeconds(int seconds) {
        return Instant.now().plusSeconds(seconds);
    }

    @Test
    void onePipelineAnswersManyBatchesInOrder() throws Exception {
        pool(1, List.of(List.of("cat"), List.of("cat")));

        assertThat(pool.process(List.of("første", "anden"), inSeconds(10))).containsExactly("første", "anden");
        List<Long> pids = pool.pids();
        assertThat(pool.process(List.of("tredje"), inSeconds(10))).containsExactly("tredje");
        assertThat(pool.pids()).isEqualTo(pids);
    }

    @Test
    void aHungPipelineIsKilledAtTheDeadlineWithAllItsProcesses() throws Exception {
        pool(1, List.of(List.of("cat"), List.of("sleep", "60")));
        pool.process(List.of(), inSeconds(5)); // starts the pipeline
        List<Long> pids = pool.pids();

        assertThatThrownBy(() -> pool.process(List.of("tekst"), Instant.now().plusMillis(300)))
                .isInstanceOfSatisfying(PipelineFailedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));

        assertThat(pool.liveCount()).isZero();
        assertThat(pids).hasSize(2).noneMatch(PipelinePoolTest::alive);
        assertThat(registry.get("translate.pipeline.restarts").tag("reason", "timeout").counter().count()).isEqualTo(1);
    }

    @Test
    void shortOutputFailsTheRequestAndTheNextGetsAFreshPipeline() throws Exception {
        Path flag = logs.resolve("strip-once");
        Files.createFile(flag);
        // the first pipeline strips letters (a stage that lost its text); later ones echo
        pool(1, List.of(List.of("sh", "-c", "if rm " + flag + " 2>/dev/null; then exec sed -u -z 's/[a-z]//g'; else exec cat; fi")));

        assertThatThrownBy(() -> pool.process(List.of("tekst som forsvinder"), inSeconds(10)))
                .isInstanceOfSatisfying(PipelineFailedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SHORT_OUTPUT));
        assertThat(pool.process(List.of("tekst"), inSeconds(10))).containsExactly("tekst");
    }

    @Test
    void aStageThatDiesFailsTheRequestAndIsReplaced() throws Exception {
        pool(1, List.of(List.of("cat"), List.of("cat")));
        pool.process(List.of("varm"), inSeconds(10));
        List<Long> before = pool.pids();
        ProcessHandle stage = ProcessHandle.of(before.get(1)).orElseThrow();
        stage.destroyForcibly();
        stage.onExit().join();

        assertThat(pool.process(List.of("igen"), inSeconds(10))).containsExactly("igen");
        assertThat(pool.pids()).doesNotContainAnyElementsOf(before);
        assertThat(before).noneMatch(PipelinePoolTest::alive);
    }

    @Test
    void closeLeavesNoProcessBehind() throws Exception {
        pool(2, List.of(List.of("cat"), List.of("cat"), List.of("cat")));
        pool.warm(2, Duration.ofSeconds(10));
        List<Long> pids = pool.pids();
        assertThat(pids).hasSize(6).allMatch(PipelinePoolTest::alive);

        pool.close();

        assertThat(pids).noneMatch(PipelinePoolTest::alive);
        assertThatThrownBy(() -> pool.process(List.of("x"), inSeconds(1))).isInstanceOf(PipelineFailedException.class);
    }

    @Test
    void warmingStartsOnlyTheRequestedPipelinesAndOverlappingRequestsStartTheRest() throws Exception {
        // echoes each NUL-terminated chunk, but sits on any chunk holding "lang" (a very long sentence)
        pool(2, List.of(List.of("bash", "-c",
                "while IFS= read -r -d '' chunk; do [[ $chunk == *lang* ]] && sleep 60; printf '%s\\0' \"$chunk\"; done")));
        pool.warm(1, Duration.ofSeconds(10));
        assertThat(pool.liveCount()).isEqualTo(1);

        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return pool.process(List.of("lang sætning"), inSeconds(30)).get(0);
            } catch (PipelineFailedException e) {
                return "failed";
            }
        }, writers);
        while (pool.busy().isEmpty()) {
            Thread.sleep(10);
        }

        // the second request does not queue behind the first: the pool starts its second pipeline
        assertThat(pool.process(List.of("kort"), inSeconds(10))).containsExactly("kort");
        assertThat(slow).isNotDone();
        assertThat(pool.liveCount()).isEqualTo(2);

        pool.close();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("failed");
    }

    @Test
    void aProgramThatCannotStartIsReported() {
        pool(1, List.of(List.of("/nonexistent/lt-proc")));

        assertThatThrownBy(() -> pool.process(List.of("x"), inSeconds(5)))
                .isInstanceOfSatisfying(PipelineFailedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.START_FAILED));
    }

    @Test
    void realApertiumPipelinesTranslateAndStopCompletely() throws IOException, PipelineFailedException {
        ModeFile mode = ModeFile.read(Path.of("/usr/share/apertium/modes/nob-dan.mode"));
        pool(2, PipelineRecipe.commands(mode, java.util.Optional.empty(), 1536L * 1024 * 1024, true));
        pool.warm(2, Duration.ofSeconds(60));

        List<String> out = pool.process(List.of(StreamFormat.deformat("Han sier at det er godt.")), inSeconds(30));
        assertThat(StreamFormat.reformat(out.get(0)).text()).startsWith("Han siger");
        List<Long> pids = pool.pids();
        assertThat(pids).hasSize(2 * mode.stages().size());

        pool.close();
        assertThat(pids).noneMatch(PipelinePoolTest::alive);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
