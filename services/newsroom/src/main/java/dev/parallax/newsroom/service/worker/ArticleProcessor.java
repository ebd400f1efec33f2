package dev.parallax.newsroom.service.worker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import dev.parallax.newsroom.client.AlignClient;
import dev.parallax.newsroom.client.Detection;
import dev.parallax.newsroom.client.LangidClient;
import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.newsroom.service.Failures;
import dev.parallax.newsroom.service.comparison.ComparisonService;
import dev.parallax.newsroom.service.grouping.GroupingService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The background worker: language, event, comparison for every pending article, outside the
 * request that stored it. Each step commits on its own, so a retry resumes where the last attempt
 * stopped; a failed step leaves the article pending with its error and a later attempt time.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    private final WorkQueue queue;
    private final LangidClient langid;
    private final AlignClient align;
    private final GroupingService grouping;
    private final ComparisonService comparisons;
    private final NewsroomConfig config;
    private final MeterRegistry registry;
    private final Counter processed;
    private final Timer latency;
    private final Timer groupingTime;
    private final Timer comparisonTime;
    private final Counter coalesced;

    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean wanted;
    private volatile boolean stopping;
    /** Claimed by this instance and not finished: renewed by the heartbeat, released on shutdown. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService coordinator;
    private final ExecutorService workers;
    private final Semaphore slots;
    /**
     * The align calls running at once: one slot fewer than the worker has, so that a hung or slow align never
     * holds every slot and articles that need no comparison keep flowing (a bulkhead).
     */
    private final Semaphore alignCalls;

    ArticleProcessor(WorkQueue queue, LangidClient langid, AlignClient align, GroupingService grouping,
            ComparisonService comparisons, NewsroomConfig config, MeterRegistry registry) {
        this.queue = queue;
        this.langid = langid;
        this.align = align;
        this.grouping = grouping;
        this.comparisons = comparisons;
        this.config = config;
        this.registry = registry;
        this.processed = Counter.builder("newsroom.articles.processed")
                .description("Articles whose language, event and comparison are done").register(registry);
        this.latency = Timer.builder("newsroom.processing.latency")
                .description("Time from ingestion until an article is processed").register(registry);
        this.groupingTime = Timer.builder("newsroom.grouping.duration")
                .description("Time to assign an article to an event (serialized across replicas)").register(registry);
        this.comparisonTime = Timer.builder("newsroom.comparison.duration")
                .description("Time to compare an event's articles: the align call and storing its answer").register(registry);
        this.coalesced = Counter.builder("newsroom.comparisons.coalesced")
                .description("Times an article left its event's comparison to a member that joined after it").register(registry);
        // read at each scrape: the queue lives in PostgreSQL and is shared by every replica
        Gauge.builder("newsroom.queue.pending", queue, q -> q.backlog().pending())
                .description("Articles waiting to be processed (all replicas)").register(registry);
        Gauge.builder("newsroom.queue.failing", queue, q -> q.backlog().failing())
                .description("Pending articles whose last attempt failed").register(registry);
        Gauge.builder("newsroom.processing.in-flight", inFlight, Set::size)
                .description("Articles this replica is working on").register(registry);
        this.coordinator = Executors.newSingleThreadExecutor(named("newsroom-worker"));
        int concurrency = Math.max(1, config.processing().concurrency());
        this.workers = Executors.newFixedThreadPool(concurrency, named("newsroom-processing"));
        this.slots = new Semaphore(concurrency);
        this.alignCalls = new Semaphore(Math.max(1, concurrency - 1));
    }

    /**
     * Stops while the database is still there (the shutdown event comes before the persistence layer
     * closes): no new claims, a short grace for the articles in flight, then their claims given back so that
     * the next instance (or this one restarted) takes them at once instead of after the lease.
     */
    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
        coordinator.shutdown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(config.processing().shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        List<UUID> unfinished = List.copyOf(inFlight);
        try {
            queue.release(unfinished);
            if (!unfinished.isEmpty()) {
                LOG.infof("Released %d claimed articles on shutdown", unfinished.size());
            }
        } catch (RuntimeException e) {
            // their leases run out instead
            LOG.warnf("Could not release %d claimed articles: %s", unfinished.size(), e.toString());
        }
    }

    @PreDestroy
    void stop() {
        coordinator.shutdownNow();
        workers.shutdownNow();
    }

    /** Renews the leases of the articles in flight, so that only a dead instance's claims run out. */
    @Scheduled(every = "${newsroom.processing.heartbeat:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (stopping || inFlight.isEmpty()) {
            return;
        }
        try {
            queue.renew(List.copyOf(inFlight));
        } catch (RuntimeException e) {
            LOG.warnf("Could not renew the leases of %d articles: %s", inFlight.size(), e.toString());
        }
    }

    @Scheduled(every = "${newsroom.processing.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Asks the worker to look for due articles now (called after an ingest commits). */
    public void wake() {
        if (!config.processing().enabled() || stopping) {
            return;
        }
        wanted = true;
        if (draining.compareAndSet(false, true)) {
            coordinator.execute(this::drain);
        }
    }

    /**
     * Keeps up to {@code concurrency} articles in flight: claims as many as there are free slots, so a
     * slow align call holds one slot rather than a whole batch. Stops when nothing is due and nobody
     * asked again; the scheduler's next tick or the next ingest restarts it.
     */
    private void drain() {
        try {
            while (true) {
                slots.acquire();
                int free = 1 + slots.drainPermits();
                wanted = false;
                List<UUID> claimed;
                try {
                    // while every align permit is taken, grouped articles (their comparison is what is left) stay
                    // queued and the slots go to languages and grouping; a permit coming free wakes this loop
                    claimed = queue.claim(free, alignCalls.availablePermits() > 0);
                } catch (RuntimeException e) {
                    slots.release(free);
                    throw e;
                }
                slots.release(free - claimed.size());
                inFlight.addAll(claimed);
                for (UUID id : claimed) {
                    try {
                        workers.execute(() -> {
                            try {
                                process(id);
                                inFlight.remove(id);
                            } finally {
                                slots.release();
                            }
                        });
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        // shutting down: the claim stays in flight and is released
                        slots.release();
                    }
                }
                if (stopping) {
                    return;
                }
                if (claimed.isEmpty() && !wanted) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the database may be down: the scheduler tries again on its next tick
            LOG.warnf("Processing paused: %s", e.toString());
        } finally {
            draining.set(false);
            if (wanted && draining.compareAndSet(false, true)) {
                coordinator.execute(this::drain);
            }
        }
    }

    /** One article's pass; its calls to langid and align belong to one trace (a span per article). */
    @WithSpan("process article")
    void process(UUID id) {
        String stage = "load";
        try {
            Optional<WorkItem> loaded = queue.load(id);
            if (loaded.isEmpty()) {
                return;
            }
            WorkItem item = loaded.get();
            if (item.language() == null) {
                stage = "langid";
                Detection detection = langid.detect(item.text());
                queue.saveLanguage(id, detection.language().strip().toLowerCase(Locale.ROOT),
                        detection.confidence() == null ? null : Math.max(0, Math.min(1, detection.confidence())));
            }
            stage = "grouping";
            UUID eventId = item.eventId() != null ? item.eventId() : groupingTime.record(() -> grouping.assign(id));
            stage = "align";
            ComparisonService.Next next = comparisons.next(eventId, id);
            if (next instanceof ComparisonService.AwaitLaterMember wait) {
                // a member that joined later compares the event for both; no attempt spent, the slot freed
                queue.defer(id, java.time.Duration.between(java.time.Instant.now(), wait.recheckAt()));
                coalesced.increment();
                return;
            }
            if (next instanceof ComparisonService.Compare compare) {
                if (!alignCalls.tryAcquire()) {
                    // every align permit was taken between the claim and here: back in the queue at once, no attempt
                    // spent, the slot freed; it is claimed again when a permit comes free (claim(…, grouped))
                    queue.release(List.of(id));
                    registry.counter("newsroom.processing.deferred", "stage", "align").increment();
                    return;
                }
                try {
                    Timer.Sample comparing = Timer.start(registry);
                    var response = align.align(compare.plan().request());
                    stage = "store";
                    comparisons.store(compare.plan(), response).forEach(sinceIngest -> {
                        latency.record(sinceIngest);
                        processed.increment();
                    });
                    comparing.stop(comparisonTime);
                } finally {
                    alignCalls.release();
                    wake(); // the comparisons waiting for a permit
                }
            }
            stage = "finish";
            queue.markProcessed(id).ifPresent(sinceIngest -> {
                latency.record(sinceIngest);
                processed.increment();
            });
        } catch (RuntimeException e) {
            String error = stage + ": " + Failures.describe(e);
            LOG.warnf("Article %s stays pending (%s)", id, error);
            registry.counter("newsroom.processing.failures", "stage", stage).increment();
            try {
                queue.recordFailure(id, error);
            } catch (RuntimeException again) {
                // the lease runs out and another attempt follows; nothing is lost
                LOG.warnf("Could not record the failure of article %s: %s", id, again.toString());
            }
        }
    }


    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
