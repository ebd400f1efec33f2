package dev.parallax.apertium;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import dev.parallax.apertium.PipelineFailedException.Reason;

/**
 * One long-running chain of native processes ({@link ProcessBuilder#startPipeline}) working in
 * null-flush mode: a chunk written followed by a NUL byte comes out processed (translated, analysed),
 * followed by a NUL byte. Used by one request at a time (translate's pool or {@link WarmLookup} guarantees
 * it). Any failure kills every process of the chain: a pipeline that has misbehaved once is never trusted
 * with another request.
 */
public final class NativePipeline {

    private static final Logger LOG = Logger.getLogger(NativePipeline.class);
    private static final byte NUL = 0;

    private final String name;
    private final List<Process> processes;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final Path stderrLog;
    private final OutputCheck check;
    private final AtomicBoolean killed = new AtomicBoolean();
    private final Instant started = Instant.now();
    private volatile boolean timedOut;

    /**
     * Tells a complete answer from a truncated one: a stage that crashes mid-chunk can still let a NUL through
     * (the stock apertium command exits 0 with a fraction of the text). Throws to reject the output.
     */
    @FunctionalInterface
    public interface OutputCheck {
        void check(String input, String output) throws PipelineFailedException;
    }

    /** Accepts every answer. */
    public static final OutputCheck ANY_OUTPUT = (input, output) -> {
    };

    private NativePipeline(String name, List<Process> processes, Path stderrLog, OutputCheck check) {
        this.name = name;
        this.check = check;
        this.processes = processes;
        this.stderrLog = stderrLog;
        this.stdin = new BufferedOutputStream(processes.get(0).getOutputStream(), 1 << 16);
        this.stdout = new BufferedInputStream(processes.get(processes.size() - 1).getInputStream(), 1 << 16);
    }

    /**
     * Starts the stages; their stderr is appended to {@code stderrLog} (never to a pipe nobody reads), or
     * discarded when it is null. Every answer is checked by {@code check}.
     */
    public static NativePipeline start(String name, List<List<String>> commands, Path stderrLog, OutputCheck check)
            throws IOException {
        List<ProcessBuilder> builders = new ArrayList<>();
        for (List<String> command : commands) {
            builders.add(new ProcessBuilder(command).redirectError(stderrLog == null ? ProcessBuilder.Redirect.DISCARD
                    : ProcessBuilder.Redirect.appendTo(stderrLog.toFile())));
        }
        List<Process> processes = ProcessBuilder.startPipeline(builders);
        LOG.debugf("Started pipeline %s: %d processes", name, processes.size());
        return new NativePipeline(name, processes, stderrLog, check);
    }

    public String name() {
        return name;
    }

    public Instant started() {
        return started;
    }

    public List<Long> pids() {
        return processes.stream().map(Process::pid).toList();
    }

    public boolean isAlive() {
        return !killed.get() && processes.stream().allMatch(Process::isAlive);
    }

    /**
     * Sends the stream chunks and returns one raw output per chunk, in order. Writing happens on
     * {@code writers} while this thread reads, so a batch of chunks streams through all stages at once
     * without either side blocking on a full pipe. Past {@code deadline} the whole chain is killed.
     */
    public List<String> process(List<String> streamChunks, Instant deadline, ExecutorService writers,
            ScheduledExecutorService watchdog) throws PipelineFailedException {
        if (!isAlive()) {
            kill();
            throw new PipelineFailedException(Reason.DIED, "Pipeline " + name + " is not running");
        }
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new PipelineFailedException(Reason.TIMEOUT, "No time left for pipeline " + name);
        }
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            timedOut = true;
            LOG.warnf("Pipeline %s exceeded the request deadline; killing it", name);
            kill();
        }, remaining.toMillis(), TimeUnit.MILLISECONDS);
        Future<?> writing = writers.submit(() -> {
            for (String chunk : streamChunks) {
                stdin.write(chunk.getBytes(StandardCharsets.UTF_8));
                stdin.write(NUL);
            }
            stdin.flush();
            return null;
        });
        try {
            List<String> outputs = new ArrayList<>(streamChunks.size());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            for (int i = 0; i < streamChunks.size(); i++) {
                buffer.reset();
                readUntilNul(buffer);
                if (killed.get()) {
                    // killed (deadline, shutdown) while this chunk was under way: what still came out of the
                    // dying chain is not trusted, as a stage may have been killed before the one after it
                    throw failure(null);
                }
                String output = buffer.toString(StandardCharsets.UTF_8);
                check.check(streamChunks.get(i), output);
                outputs.add(output);
            }
            writing.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            return outputs;
        } catch (PipelineFailedException e) {
            kill();
            throw e;
        } catch (IOException | ExecutionException | TimeoutException e) {
            kill();
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new PipelineFailedException(Reason.DIED, "Interrupted while waiting for pipeline " + name, e);
        } finally {
            alarm.cancel(false);
            writing.cancel(true);
        }
    }

    private void readUntilNul(ByteArrayOutputStream buffer) throws IOException, PipelineFailedException {
        while (true) {
            int b = stdout.read();
            if (b < 0) {
                throw failure(null);
            }
            if (b == NUL) {
                return;
            }
            buffer.write(b);
        }
    }

    private PipelineFailedException failure(Throwable cause) {
        if (timedOut) {
            return new PipelineFailedException(Reason.TIMEOUT, "Pipeline " + name + " timed out", cause);
        }
        String exits = processes.stream()
                .filter(p -> !p.isAlive())
                .map(p -> p.info().command().orElse("pid " + p.pid()) + " exit " + p.exitValue())
                .findFirst().orElse("a pipe broke");
        return new PipelineFailedException(Reason.DIED, "Pipeline " + name + " died (" + exits + ")"
                + (stderrLog == null ? "" : ", see " + stderrLog), cause);
    }

    /** Kills every process of the chain (and anything they started) and closes the pipes. Idempotent. */
    public void kill() {
        if (!killed.compareAndSet(false, true)) {
            return;
        }
        for (Process process : processes) {
            // the process first, then what it started: killing a child first lets the parent go on and
            // write (a shell stage echoing after its sleep ended)
            List<ProcessHandle> started = process.descendants().toList();
            process.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
        }
        closeQuietly(stdin);
        closeQuietly(stdout);
    }

    /** Kills the chain and waits (bounded) until every process is gone. */
    public boolean killAndWait(Duration timeout) {
        kill();
        Instant until = Instant.now().plus(timeout);
        for (Process process : processes) {
            try {
                long left = Math.max(1, Duration.between(Instant.now(), until).toMillis());
                if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // the process is being killed; a failing close changes nothing
        }
    }
}
