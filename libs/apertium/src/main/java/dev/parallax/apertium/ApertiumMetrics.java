package dev.parallax.apertium;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The warm lookups' health as metrics, summed over every {@link WarmLookup} of the JVM (analysers and dictionaries
 * start at boot and live as long as the service): how many run, how often one was replaced, how many calls failed.
 * A service exposes them by producing this binder as a bean; Quarkus Micrometer binds every {@link MeterBinder}.
 */
public final class ApertiumMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("apertium.lookups", () -> WarmLookup.live().size())
                .description("Warm Apertium lookup processes (analysers, dictionaries) running").register(registry);
        FunctionCounter.builder("apertium.lookup.restarts", WarmLookup.class,
                        ignored -> WarmLookup.live().stream().mapToLong(WarmLookup::restarts).sum())
                .description("Warm Apertium lookups replaced after their process died or failed").register(registry);
        FunctionCounter.builder("apertium.lookup.failures", WarmLookup.class,
                        ignored -> WarmLookup.live().stream().mapToLong(WarmLookup::failures).sum())
                .description("Calls to warm Apertium lookups that failed (deadline, death, no start)").register(registry);
    }
}
