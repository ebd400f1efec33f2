package dev.parallax.translate.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.parallax.translate.service.Direction;
import dev.parallax.translate.service.apertium.PipelineManager;

/**
 * Ready when Apertium is complete (programs, the six modes and their data) and, when pipelines start at
 * boot, once every direction is warm. Reports what is missing by name.
 */
@Readiness
@ApplicationScoped
public class ApertiumReadinessCheck implements HealthCheck {

    private final PipelineManager pipelines;

    public ApertiumReadinessCheck(PipelineManager pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("apertium");
        if (!pipelines.installation().complete()) {
            return response.down()
                    .withData("missing", String.join(", ", pipelines.installation().missing()))
                    .build();
        }
        response.withData("start", pipelines.startsLazily() ? "lazy" : "boot");
        response.withData("lexicalFixes", String.join(", ", pipelines.lexicalFixes().keySet()));
        for (Direction direction : Direction.values()) {
            pipelines.pool(direction).ifPresent(pool -> response.withData(pool.mode(),
                    pool.liveCount() + "/" + pool.size() + " running, " + pool.idleCount() + " idle"));
        }
        if (pipelines.warmFailure().isPresent()) {
            return response.down().withData("warmFailure", pipelines.warmFailure().get()).build();
        }
        if (!pipelines.warm()) {
            return response.down().withData("warming", "pipelines are starting").build();
        }
        return response.up().build();
    }
}
