package dev.parallax.apertium;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

/**
 * One warm Apertium process (or chain) asked synchronously: a morphological analyser ({@code lt-proc -z})
 * or a bilingual dictionary ({@code lt-proc -b -z}) looked up many times per request. Calls are serialised;
 * each has a deadline, past which the process is killed; a process that failed or died is replaced by a
 * fresh one on the next call, so one bad answer never poisons the following ones. Never one process per
 * request: starting lt-proc costs more than a thousand lookups.
 */
public final class WarmLookup implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WarmLookup.class);

    /** Writer and watchdog threads are shared by every lookup of the JVM; they are daemons and do little. */
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(daemon("apertium-writer"));
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(daemon("apertium-watchdog"));

    /** Every lookup of this JVM not closed yet, for {@link ApertiumMetrics}. */
    private static final List<WarmLookup> LIVE = new CopyOnWriteArrayList<>();

    private final String name;
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final List<List<String>> commands;
    private final Duration timeout;
    private NativePipeline process;
    private boolean closed;

    private WarmLookup(String name, List<List<String>> commands, Duration timeout) {
        this.name = name;
        this.commands = commands;
        this.timeout = timeout;
    }

    /** Starts the process now, so that a missing program or data file shows at start-up. */
    public static WarmLookup start(String name, List<String> command, Duration timeout) throws IOException {
        WarmLookup lookup = new WarmLookup(name, List.of(command), timeout);
        synchronized (lookup) {
            lookup.process = NativePipeline.start(name, lookup.commands, null, NativePipeline.ANY_OUTPUT);
        }
        LIVE.add(lookup);
        return lookup;
    }

    /** One answer per chunk, in order; a chunk must not contain a NUL. */
    public synchronized List<String> ask(List<String> chunks) throws PipelineFailedException {
        if (closed) {
            throw new PipelineFailedException(PipelineFailedException.Reason.DIED, name + " is closed");
        }
        if (process == null || !process.isAlive()) {
            if (process != null) {
                LOG.warnf("%s is not running; starting a new one", name);
                process.kill();
            }
            try {
                process = NativePipeline.start(name, commands, null, NativePipeline.ANY_OUTPUT);
                restarts.incrementAndGet();
            } catch (IOException e) {
                failures.incrementAndGet();
                throw new PipelineFailedException(PipelineFailedException.Reason.START_FAILED,
                        "Could not start " + name + ": " + e.getMessage(), e);
            }
        }
        try {
            return process.process(chunks, Instant.now().plus(timeout), WRITERS, WATCHDOG);
        } catch (PipelineFailedException e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    /** How many times a dead or failed process was replaced. */
    public long restarts() {
        return restarts.get();
    }

    /** How many calls failed (deadline passed, process died, no start). */
    public long failures() {
        return failures.get();
    }

    /** The lookups of this JVM not closed yet. */
    static List<WarmLookup> live() {
        return List.copyOf(LIVE);
    }

    @Override
    public synchronized void close() {
        closed = true;
        LIVE.remove(this);
        if (process != null) {
            process.killAndWait(Duration.ofSeconds(5));
            process = null;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
