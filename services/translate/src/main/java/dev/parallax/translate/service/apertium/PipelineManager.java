package dev.parallax.translate.service.apertium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.parallax.apertium.NativePipeline;
import dev.parallax.apertium.PipelineFailedException;
import dev.parallax.translate.config.TranslateConfig;
import dev.parallax.translate.service.Direction;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Owns every Apertium process of the service: inspects the installation, compiles the project's
 * lexical fixes, keeps one {@link PipelinePool} per direction, and kills everything when Quarkus stops.
 */
@Startup
@ApplicationScoped
public class PipelineManager {

    private static final Logger LOG = Logger.getLogger(PipelineManager.class);

    private final TranslateConfig config;
    private final MeterRegistry registry;
    private final Map<Direction, PipelinePool> pools = new EnumMap<>(Direction.class);
    private ApertiumInstallation installation;
    private Map<String, Path> lexicalFixes = Map.of();
    private Path workDir;
    private boolean ownsWorkDir;
    private ExecutorService writers;
    private ScheduledExecutorService watchdog;
    private ExecutorService warmer;
    private volatile boolean warm;
    private volatile String warmFailure;

    public PipelineManager(TranslateConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @PostConstruct
    void start() {
        TranslateConfig.Apertium apertium = config.apertium();
        List<String> modes = Arrays.stream(Direction.values()).map(Direction::mode).toList();
        List<String> extra = apertium.stageMemoryMib() > 0 ? List.of("prlimit") : List.of();
        installation = ApertiumInstallation.inspect(apertium.modesDir(), modes, extra);
        if (!installation.complete()) {
            LOG.errorf("Apertium is incomplete; translation is unavailable. Missing: %s", installation.missing());
            return;
        }
        try {
            ownsWorkDir = apertium.workDir().isEmpty();
            workDir = ownsWorkDir ? Files.createTempDirectory("parallax-translate-")
                    : Files.createDirectories(apertium.workDir().get());
        } catch (IOException e) {
            installation = new ApertiumInstallation(installation.modes(), List.of("writable work directory (" + e.getMessage() + ")"));
            LOG.error("Cannot create the work directory; translation is unavailable", e);
            return;
        }
        if (apertium.lexicalFixes()) {
            lexicalFixes = LexicalFixes.compile(modes, workDir);
        }
        writers = Executors.newCachedThreadPool(daemonThreads("apertium-writer"));
        watchdog = Executors.newSingleThreadScheduledExecutor(daemonThreads("apertium-watchdog"));
        long memoryBytes = apertium.stageMemoryMib() * 1024 * 1024;
        for (Direction direction : Direction.values()) {
            ModeFile mode = installation.modes().get(direction.mode());
            List<List<String>> commands = PipelineRecipe.commands(mode,
                    Optional.ofNullable(lexicalFixes.get(direction.mode())), memoryBytes, apertium.reportUnknown());
            int size = apertium.poolSizes().getOrDefault(direction.mode(), apertium.poolSize());
            pools.put(direction, new PipelinePool(direction.mode(), size,
                    slot -> NativePipeline.start(direction.mode() + "#" + slot, commands,
                            workDir.resolve(direction.mode() + "-" + slot + ".stderr.log"), PipelineManager::complete),
                    writers, watchdog, registry));
        }
        if (apertium.start() == TranslateConfig.StartMode.BOOT) {
            warmer = Executors.newSingleThreadExecutor(daemonThreads("apertium-warmer"));
            warmer.submit(this::warmAll);
        } else {
            warm = true;
        }
    }

    private void warmAll() {
        try {
            TranslateConfig.Apertium apertium = config.apertium();
            for (PipelinePool pool : pools.values()) {
                pool.warm(apertium.warmSizes().getOrDefault(pool.mode(), apertium.warmSize()), Duration.ofMinutes(2));
            }
            warm = true;
            LOG.infof("All %d directions warm", pools.size());
            warmFailure = null;
        } catch (PipelineFailedException e) {
            // readiness stays DOWN with the reason; try again rather than stay unready for good
            warmFailure = e.getMessage();
            LOG.errorf("Warming the pipelines failed: %s; retrying in 30 s", e.getMessage());
            if (!warmer.isShutdown()) {
                watchdog.schedule(() -> warmer.submit(this::warmAll), 30, TimeUnit.SECONDS);
            }
        }
    }

    public ApertiumInstallation installation() {
        return installation;
    }

    public Optional<PipelinePool> pool(Direction direction) {
        return Optional.ofNullable(pools.get(direction));
    }

    public Map<String, Path> lexicalFixes() {
        return Map.copyOf(lexicalFixes);
    }

    /** True once the pools configured to start at boot are warm (always true for lazy start). */
    public boolean warm() {
        return warm;
    }

    public Optional<String> warmFailure() {
        return Optional.ofNullable(warmFailure);
    }

    public boolean startsLazily() {
        return config.apertium().start() == TranslateConfig.StartMode.LAZY;
    }

    @PreDestroy
    void stop() {
        if (warmer != null) {
            warmer.shutdownNow();
        }
        pools.values().forEach(PipelinePool::close);
        if (writers != null) {
            writers.shutdownNow();
            watchdog.shutdownNow();
        }
        LOG.info("All Apertium pipelines stopped");
        if (ownsWorkDir && workDir != null) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.debugf("Could not remove %s: %s", workDir, e.getMessage());
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * A translation is checked, not trusted: a stage that crashes mid-chunk can still let a NUL through (the
     * stock apertium command exits 0 with a fraction of the text). Closely related languages give output of
     * about the input's length, so far less is a failure.
     */
    static void complete(String input, String output) throws PipelineFailedException {
        long in = input.chars().filter(Character::isLetterOrDigit).count();
        long out = output.chars().filter(Character::isLetterOrDigit).count();
        if ((in > 0 && out == 0) || (in >= 20 && out * 10 < in * 3)) {
            throw new PipelineFailedException(PipelineFailedException.Reason.SHORT_OUTPUT,
                    "Translation returned " + out + " letters for " + in);
        }
    }
}
