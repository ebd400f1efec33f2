package dev.parallax.translate.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks the langid service which language a text is in. Fault tolerance lives here, not in callers:
 * a slow or failing langid costs a request at most a few seconds, and a dead one is not called at all
 * while the breaker is open.
 */
@ApplicationScoped
public class LangidClient {

    /** Langid decides on the beginning of a long text as well as on all of it, at a fraction of the cost. */
    static final int MAX_SAMPLE_CHARS = 10_000;

    private final LangidRestClient client;

    public LangidClient(@RestClient LangidRestClient client) {
        this.client = client;
    }

    /** The detected language code ({@code da}, {@code nb}, {@code nn}, {@code sv}, …, or {@code und}). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public String detect(String text) {
        LangidRestClient.DetectResponse response = client.detect(new LangidRestClient.DetectRequest(sample(text)));
        if (response == null || response.language() == null) {
            throw new IllegalStateException("langid answered without a language");
        }
        return response.language();
    }

    static String sample(String text) {
        if (text.length() <= MAX_SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_SAMPLE_CHARS);
        return text.substring(0, cut > MAX_SAMPLE_CHARS / 2 ? cut : MAX_SAMPLE_CHARS);
    }
}
