package dev.parallax.newsroom.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Asks align to compare an event's articles. Failures surface as exceptions (the caller retries later). */
@ApplicationScoped
public class AlignClient {

    private final AlignApi api;
    private final ObjectMapper mapper;

    AlignClient(@RestClient AlignApi api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
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
        parse(response);
        return response;
    }

    public AlignResult parse(ObjectNode response) {
        try {
            return mapper.treeToValue(response, AlignResult.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("align answered in an unexpected shape: " + e.getOriginalMessage(), e);
        }
    }
}
