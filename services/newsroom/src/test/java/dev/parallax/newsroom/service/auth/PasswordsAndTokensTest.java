package dev.parallax.newsroom.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordsAndTokensTest {

    @Test
    void aPasswordMatchesItsHashAndNothingElse() {
        String hash = Passwords.hash("correct horse battery");
        assertThat(hash).startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$").doesNotContain("correct");
        assertThat(Passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(Passwords.matches("correct horse batterY", hash)).isFalse();
        assertThat(Passwords.matches("", hash)).isFalse();
        // a salt per password: the same password hashes differently
        assertThat(Passwords.hash("correct horse battery")).isNotEqualTo(hash);
    }

    @Test
    void aHashOfAnotherFormMatchesNothing() {
        assertThat(Passwords.matches("x", null)).isFalse();
        assertThat(Passwords.matches("x", "x")).isFalse();
        assertThat(Passwords.matches("x", "bcrypt$1$2$3")).isFalse();
        assertThat(Passwords.matches("x", "pbkdf2-sha256$many$AAAA$AAAA")).isFalse();
        assertThat(Passwords.matches("x", "pbkdf2-sha256$1000$!!$AAAA")).isFalse();
    }

    @Test
    void tokensAre256RandomBitsHashedWithSha256() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = ApiTokens.generate();
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(token).doesNotContain(".", "=", "+", "/");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(100);
        assertThat(ApiTokens.hash("abc")).hasSize(32)
                .isEqualTo(Base64.getDecoder().decode("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="));
    }
}
