package dev.parallax.support.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServiceSecretsTest {

    private static final String CURRENT = "current-secret-0123456789";
    private static final String NEXT = "next-secret-abcdefghijklmn";

    private final ServiceSecrets secrets = ServiceSecrets.of(Optional.of(List.of(CURRENT, " " + NEXT + " ")));

    @Test
    void acceptsABearerHeaderWithAnyConfiguredSecret() {
        assertThat(secrets.accepts("Bearer " + CURRENT)).isTrue();
        assertThat(secrets.accepts("Bearer " + NEXT)).as("a second secret, for rotation; blanks around it ignored").isTrue();
        assertThat(secrets.accepts("bearer  " + CURRENT + " ")).as("the scheme is case-insensitive").isTrue();
    }

    @Test
    void refusesEverythingElse() {
        assertThat(secrets.accepts(null)).isFalse();
        assertThat(secrets.accepts("")).isFalse();
        assertThat(secrets.accepts("Bearer ")).isFalse();
        assertThat(secrets.accepts(CURRENT)).as("no scheme").isFalse();
        assertThat(secrets.accepts("Basic " + CURRENT)).isFalse();
        assertThat(secrets.accepts("Bearer " + CURRENT.substring(1))).as("a prefix of a secret").isFalse();
        assertThat(secrets.accepts("Bearer " + CURRENT + "x")).isFalse();
        assertThat(secrets.accepts("Bearer " + CURRENT.toUpperCase())).isFalse();
    }

    @Test
    void noSecretOrAShortOneStopsTheServiceWithTheVariableToSet() {
        assertThatThrownBy(() -> ServiceSecrets.of(Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PARALLAX_AUTH_SERVICE_SECRETS");
        assertThatThrownBy(() -> ServiceSecrets.of(Optional.of(List.of(" ", ""))))
                .hasMessageContaining("PARALLAX_AUTH_SERVICE_SECRETS");
        assertThatThrownBy(() -> ServiceSecrets.of(Optional.of(List.of(CURRENT, "short"))))
                .hasMessageContaining("at least 16");
    }

    @Test
    void bearerReadsTheTokenOfTheHeader() {
        assertThat(ServiceSecrets.bearer("Bearer abc")).isEqualTo("abc");
        assertThat(ServiceSecrets.bearer("BEARER   abc  ")).isEqualTo("abc");
        assertThat(ServiceSecrets.bearer("Bearerabc")).isNull();
        assertThat(ServiceSecrets.bearer("Basic YWJj")).isNull();
    }

    @Test
    void probesAndMetricsStayOpenAndNothingElse() {
        assertThat(ServiceSecretGuard.isOpen("/q/health")).isTrue();
        assertThat(ServiceSecretGuard.isOpen("/q/health/ready")).isTrue();
        assertThat(ServiceSecretGuard.isOpen("/q/metrics")).isTrue();
        assertThat(ServiceSecretGuard.isOpen("/q/openapi")).isTrue();
        assertThat(ServiceSecretGuard.isOpen("/q/healthz")).isFalse();
        assertThat(ServiceSecretGuard.isOpen("/api/v1/detect")).isFalse();
        assertThat(ServiceSecretGuard.isOpen("/q/dev-ui")).isFalse();
    }
}
