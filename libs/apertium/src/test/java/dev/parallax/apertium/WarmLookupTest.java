package dev.parallax.apertium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Against the real lt-proc and the Nynorsk analyser that `./parallax test` installs. */
class WarmLookupTest {

    private static final Path NYNORSK = Path.of("/usr/share/apertium/apertium-nno-nob/nno-nob.automorf.bin");

    @Test
    void analysesManyWordsPerCallOnOneWarmProcess() throws Exception {
        assumeTrue(Files.isReadable(NYNORSK), "apertium-nno-nob is not installed");
        try (WarmLookup lookup = WarmLookup.start("nn analyser", List.of("lt-proc", "-z", NYNORSK.toString()), Duration.ofSeconds(10))) {
            List<String> answers = lookup.ask(List.of("ikkje\nhus", "passasjerar"));
            assertThat(StreamUnits.units(answers.get(0))).hasSize(2).first().asString().startsWith("ikkje/ikkje<adv>");
            assertThat(StreamUnits.units(answers.get(1)).get(0)).contains("passasjer<n>");
        }
    }

    @Test
    void replacesAProcessThatDiedAndFailsOnlyTheCallThatHitIt() throws Exception {
        assumeTrue(Files.isReadable(NYNORSK), "apertium-nno-nob is not installed");
        try (WarmLookup lookup = WarmLookup.start("nn analyser", List.of("lt-proc", "-z", NYNORSK.toString()), Duration.ofSeconds(10))) {
            lookup.ask(List.of("hus"));
            ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("lt-proc"))
                    .forEach(ProcessHandle::destroyForcibly);
            Thread.sleep(200);
            assertThat(StreamUnits.units(lookup.ask(List.of("ikkje")).get(0)).get(0)).startsWith("ikkje/ikkje<adv>");
            assertThat(lookup.restarts()).isEqualTo(1);
            assertThat(lookup.failures()).isZero();
        }
    }

    @Test
    void killsAProcessThatMissesItsDeadline() throws Exception {
        // sleep never answers: it stands for a hung stage
        try (WarmLookup lookup = WarmLookup.start("hung", List.of("sleep", "30"), Duration.ofMillis(300))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> lookup.ask(List.of("x"))).isInstanceOf(PipelineFailedException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            assertThat(lookup.failures()).isEqualTo(1);
        }
    }

    @Test
    void aClosedLookupRefusesWork() throws Exception {
        WarmLookup lookup = WarmLookup.start("cat", List.of("cat"), Duration.ofSeconds(5));
        assertThat(lookup.ask(List.of("echo"))).containsExactly("echo");
        lookup.close();
        assertThatThrownBy(() -> lookup.ask(List.of("x"))).isInstanceOf(PipelineFailedException.class);
    }

    @Test
    void metricsSumTheLookupsThatAreOpen() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new ApertiumMetrics().bindTo(registry);
        double before = registry.get("apertium.lookups").gauge().value();
        double failedBefore = registry.get("apertium.lookup.failures").functionCounter().count();
        try (WarmLookup hung = WarmLookup.start("hung", List.of("sleep", "30"), Duration.ofMillis(200))) {
            assertThat(registry.get("apertium.lookups").gauge().value()).isEqualTo(before + 1);
            assertThatThrownBy(() -> hung.ask(List.of("x"))).isInstanceOf(PipelineFailedException.class);
            assertThat(registry.get("apertium.lookup.failures").functionCounter().count()).isEqualTo(failedBefore + 1);
        }
        assertThat(registry.get("apertium.lookups").gauge().value()).isEqualTo(before);
    }
}
