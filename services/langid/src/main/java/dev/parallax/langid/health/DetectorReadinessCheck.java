package dev.parallax.langid.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.parallax.langid.service.LanguageDetectionService;

/** Ready once the language models are loaded: before that every detection would fail. */
@Readiness
@ApplicationScoped
public class DetectorReadinessCheck implements HealthCheck {

    private final LanguageDetectionService service;

    public DetectorReadinessCheck(LanguageDetectionService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("language-detector").status(service.ready())
                .withData("lexicon", service.lexiconStatus()).build();
    }
}
