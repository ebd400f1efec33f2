package dev.parallax.newsroom.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Asks align to compare an event's articles. Failures surface as exceptions (the caller retries later). */
@ApplicationScoped
public class AlignClient {

    private final AlignApi api;
    private final AlignResults results;

    AlignClient(@RestClient AlignApi api, AlignResults results) {
        this.api = api;
        this.results = results;
    }

    /**
     * The raw answer, checked to have the contract's shape: a malformed answer fails here rather than
     * on the editors' page.
     */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 500, jitter = 200)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    public ObjectNode align(AlignRequest request) {
        ObjectNode response = api.align(request);
        if (response == null || !response.has("documents")) {
            throw new IllegalStateException("align answered without documents");
        }
        results.read(response);
        return response;
    }
}

