package dev.parallax.translate.service.apertium;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import dev.parallax.apertium.NativePipeline;
import dev.parallax.apertium.PipelineFailedException;
import dev.parallax.apertium.PipelineFailedException.Reason;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * A bounded set of warm pipelines for one mode. Each request batch borrows one pipeline exclusively;
 * at most {@code size} exist, started by {@link #warm} or on demand, when a request finds every running
 * pipeline busy: concurrent requests do not queue behind one pipeline while the pool has room. A pipeline
 * that failed is killed and forgotten; the next borrower starts a fresh one.
 */
public final class PipelinePool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PipelinePool.class);
    /** Sent through a fresh pipeline so that every stage has loaded its data before real work arrives. */
    private static final String WARM_UP = StreamFormat.deformat("Test.");

    /** Starts one pipeline; {@code slot} numbers them for logs. */
    @FunctionalInterface
    public interface Starter {
        NativePipeline start(int slot) throws IOException;
    }

    private final String mode;
    private final int size;
    private final Starter starter;
    private final ExecutorService writers;
    private final ScheduledExecutorService watchdog;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<NativePipeline> idle = new ConcurrentLinkedDeque<>();
    private final Set<NativePipeline> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger slots = new AtomicInteger();
    private final MeterRegistry registry;
    private final Timer queueWait;
    private volatile boolean closed;

    public PipelinePool(String mode, int size, Starter starter, ExecutorService writers,
            ScheduledExecutorService watchdog, MeterRegistry registry) {
        if (size < 1) {
            throw new IllegalArgumentException("Pool size for " + mode + " must be at least 1");
        }
        this.mode = mode;
        this.size = size;
        this.starter = starter;
        this.writers = writers;
        this.watchdog = watchdog;
        this.permits = new Semaphore(size, true);
        this.registry = registry;
        this.queueWait = Timer.builder("translate.pipeline.queue.wait")
                .description("Time a batch waited for a free pipeline")
                .tag("mode", mode).register(registry);
        registry.gauge("translate.pipelines.live", List.of(io.micrometer.core.instrument.Tag.of("mode", mode)),
                live, Set::size);
    }

    public String mode() {
        return mode;
    }

    public int size() {
        return size;
    }

    /** Pipelines currently running (idle or busy). */
    public int liveCount() {
        return live.size();
    }

    /** Running pipelines that have warmed up and wait for work. */
    public int idleCount() {
        return idle.size();
    }

    /** Pipelines lent out right now (for operations and tests). */
    public List<NativePipeline> busy() {
        return live.stream().filter(p -> !idle.contains(p)).toList();
    }

    /** Process ids of every running pipeline stage. */
    public List<Long> pids() {
        return live.stream().flatMap(p -> p.pids().stream()).toList();
    }

    /** Translates a batch of stream chunks on one pipeline, waiting for one until {@code deadline}. */
    public List<String> process(List<String> streamChunks, Instant deadline) throws PipelineFailedException {
        NativePipeline pipeline = acquire(deadline);
        boolean healthy = false;
        try {
            List<String> outputs = pipeline.process(streamChunks, deadline, writers, watchdog);
            healthy = true;
            return outputs;
        } catch (PipelineFailedException e) {
            discard(pipeline, e.reason());
            throw e;
        } finally {
            if (healthy) {
                idle.push(pipeline);
            }
            permits.release();
        }
    }

    /**
     * Starts pipelines until {@code pipelines} (at most the pool size) are running and runs a warm-up chunk
     * through each new one. The rest of the pool starts on demand, when requests overlap.
     */
    public void warm(int pipelines, Duration timeout) throws PipelineFailedException {
        int target = Math.min(size, pipelines);
        Instant deadline = Instant.now().plus(timeout);
        while (!closed && live.size() < target) {
            acquirePermit(deadline);
            try {
                if (live.size() >= target) {
                    return;
                }
                NativePipeline pipeline = startPipeline();
                try {
                    pipeline.process(List.of(WARM_UP), deadline, writers, watchdog);
                } catch (PipelineFailedException e) {
                    discard(pipeline, e.reason());
                    throw e;
                }
                idle.push(pipeline);
            } finally {
                permits.release();
            }
        }
    }

    private void acquirePermit(Instant deadline) throws PipelineFailedException {
        long waitStart = System.nanoTime();
        try {
            long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!permits.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                throw new PipelineFailedException(Reason.BUSY, "Every " + mode + " pipeline stayed busy until the deadline");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineFailedException(Reason.BUSY, "Interrupted while waiting for a " + mode + " pipeline", e);
        } finally {
            queueWait.record(System.nanoTime() - waitStart, TimeUnit.NANOSECONDS);
        }
    }

    /** Lends out an idle pipeline, or starts one; the caller holds a permit until it gives it back. */
    private NativePipeline acquire(Instant deadline) throws PipelineFailedException {
        acquirePermit(deadline);
        try {
            if (closed) {
                throw new PipelineFailedException(Reason.DIED, "The " + mode + " pool is shut down");
            }
            NativePipeline pipeline;
            while ((pipeline = idle.poll()) != null) {
                if (pipeline.isAlive()) {
                    return pipeline;
                }
                discard(pipeline, Reason.DIED);
            }
            return startPipeline();
        } catch (PipelineFailedException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private NativePipeline startPipeline() throws PipelineFailedException {
        try {
            NativePipeline pipeline = starter.start(slots.incrementAndGet());
            live.add(pipeline);
            if (closed) {
                // close() may have run between the check and the start
                live.remove(pipeline);
                pipeline.kill();
                throw new PipelineFailedException(Reason.DIED, "The " + mode + " pool is shut down");
            }
            return pipeline;
        } catch (IOException e) {
            throw new PipelineFailedException(Reason.START_FAILED, "Could not start a " + mode + " pipeline: " + e.getMessage(), e);
        }
    }

    private void discard(NativePipeline pipeline, Reason reason) {
        pipeline.killAndWait(Duration.ofSeconds(2));
        if (live.remove(pipeline)) {
            LOG.warnf("Discarded pipeline %s (%s); the next request starts a fresh one", pipeline.name(), reason);
            Counter.builder("translate.pipeline.restarts")
                    .description("Pipelines killed after a failure and replaced")
                    .tag("mode", mode).tag("reason", reason.name().toLowerCase())
                    .register(registry).increment();
        }
    }

    /** Kills every pipeline and waits until their processes are gone. */
    @Override
    public void close() {
        closed = true;
        for (NativePipeline pipeline : List.copyOf(live)) {
            if (!pipeline.killAndWait(Duration.ofSeconds(5))) {
                LOG.warnf("Pipeline %s did not exit within 5 s of being killed", pipeline.name());
            }
            live.remove(pipeline);
        }
        idle.clear();
    }
}
