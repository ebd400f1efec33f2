package dev.parallax.support.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.parallax.support.problem.ProblemException;

class UntrustedTextTest {

    @Test
    void controlCharactersGoTabsAndLineBreaksStay() {
        assertThat(UntrustedText.normalise("a\u0000b\u0007c\td\ne\r\nf\u007f\u0085g", "text")).isEqualTo("abc\td\ne\r\nfg");
        assertThat(UntrustedText.normalise("plain", "text")).isSameAs("plain");
        assertThat(UntrustedText.normalise(null, "text")).isNull();
    }

    @Test
    void decomposedLettersAreComposed() {
        // "ø" is one code point in NFC; "å" written as a + combining ring becomes the single letter
        assertThat(UntrustedText.normalise("Tromsø og Ba\u030Arum", "text")).isEqualTo("Tromsø og Bårum");
    }

    @Test
    void anUnpairedSurrogateIsNotText() {
        for (String bad : new String[] {"a\uD800b", "a\uDC00", "\uD83D"}) {
            assertThatThrownBy(() -> UntrustedText.normalise(bad, "title"))
                    .isInstanceOf(ProblemException.class)
                    .hasMessageContaining("'title'")
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));
            assertThatThrownBy(() -> UntrustedText.requireClean(bad, "text")).isInstanceOf(ProblemException.class);
        }
        // a pair is a character outside the BMP, kept
        assertThat(UntrustedText.normalise("Nyhed \uD83D\uDCF0", "text")).isEqualTo("Nyhed \uD83D\uDCF0");
    }

    @Test
    void servicesThatAnswerOffsetsRejectControlsInsteadOfRemovingThem() {
        assertThatThrownBy(() -> UntrustedText.requireClean("a\u0000b", "documents[0].text"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("U+0000");
        String text = "Linje 1\nLinje\t2";
        assertThat(UntrustedText.requireClean(text, "text")).isSameAs(text);
    }

    @Test
    void onlyInvisibleCharactersIsNoText() {
        assertThat(UntrustedText.hasVisibleText("\u200B\u200C\u200D\uFEFF \u00A0\t\n")).isFalse();
        assertThat(UntrustedText.hasVisibleText("")).isFalse();
        assertThat(UntrustedText.hasVisibleText(null)).isFalse();
        assertThat(UntrustedText.hasVisibleText("\u200B x")).isTrue();
    }
}
