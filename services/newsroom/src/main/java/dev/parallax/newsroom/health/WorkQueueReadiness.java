package dev.parallax.newsroom.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.parallax.newsroom.service.worker.WorkQueue;

/**
 * Ready when the article tables answer (the schema is migrated and usable); reports the backlog.
 * A backlog alone does not make the service unready: ingestion still works and the backlog drains
 * once langid and align are back.
 */
@Readiness
@ApplicationScoped
public class WorkQueueReadiness implements HealthCheck {

    private final WorkQueue queue;

    WorkQueueReadiness(WorkQueue queue) {
        this.queue = queue;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("newsroom-work-queue");
        try {
            WorkQueue.Backlog backlog = queue.backlog();
            return builder.up()
                    .withData("pending", backlog.pending())
                    .withData("failing", backlog.failing())
                    .build();
        } catch (RuntimeException e) {
            return builder.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
