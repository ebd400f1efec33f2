package dev.parallax.newsroom.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks langid for an article's language. Failures surface as exceptions: the caller leaves the
 * article pending and retries it later, so the retries here only smooth over brief hiccups.
 */
@ApplicationScoped
public class LangidClient {

    private final LangidApi api;

    LangidClient(@RestClient LangidApi api) {
        this.api = api;
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    public Detection detect(String text) {
        Detection detection = api.detect(new DetectRequest(text));
        if (detection == null || detection.language() == null || detection.language().isBlank()) {
            throw new IllegalStateException("langid answered without a language");
        }
        return detection;
    }
}
