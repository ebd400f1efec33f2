package dev.parallax.newsroom.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks translate for an article's text in another language. Failures surface as exceptions; the
 * caller shows the original instead and nothing is stored, so the next reader simply asks again.
 */
@ApplicationScoped
public class TranslateClient {

    private final TranslateApi api;

    TranslateClient(@RestClient TranslateApi api) {
        this.api = api;
    }

    /**
     * A long article takes translate several seconds, hence the wide timeout (the client's read
     * timeout, 60 s, normally ends a hung call first). A call that ran into the timeout is not
     * repeated: the same text would take as long again.
     */
    @Timeout(value = 75, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    public Translated translate(String text, String source, String target) {
        Translated answer = api.translate(new TranslateRequest(text, source, target));
        if (answer == null || answer.translation() == null || answer.translation().isBlank()) {
            throw new IllegalStateException("translate answered without a translation");
        }
        if (answer.target() != null && !answer.target().equals(target)) {
            throw new IllegalStateException("translate answered in '" + answer.target() + "', not '" + target + "'");
        }
        return answer;
    }
}
