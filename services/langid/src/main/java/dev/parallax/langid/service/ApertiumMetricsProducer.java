package dev.parallax.langid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.parallax.apertium.ApertiumMetrics;

/** The warm analysers' process counts, restarts and failures on /q/metrics (Quarkus binds every MeterBinder bean). */
@ApplicationScoped
class ApertiumMetricsProducer {

    @Produces
    @Singleton
    ApertiumMetrics apertiumMetrics() {
        return new ApertiumMetrics();
    }
}
