package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void transliterationVariantsShareAKey() {
        assertThat(NameKey.of("Shoigu")).isEqualTo(NameKey.of("Sjojgu")).isEqualTo(NameKey.of("Shojgu"));
        assertThat(NameKey.of("Sakharova")).isEqualTo(NameKey.of("Zakharova"));
        assertThat(NameKey.of("Zelensky")).isEqualTo(NameKey.of("Zelenskyj")).isEqualTo(NameKey.of("Selenskyj"));
        assertThat(NameKey.of("Sergei")).isEqualTo(NameKey.of("Sergej")).isEqualTo(NameKey.of("Sergey"));
        assertThat(NameKey.of("Konashenkov")).isEqualTo(NameKey.of("Konasjenkov"));
        assertThat(NameKey.of("Шойгу")).isEqualTo(NameKey.of("Shoigu"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(NameKey.of("Carter")).isNotEqualTo(NameKey.of("Kerry"));
        assertThat(NameKey.of("Lavrov")).isNotEqualTo(NameKey.of("Rjabkov"));
        assertThat(NameKey.of("Putin")).isNotEqualTo(NameKey.of("Peskov"));
    }
}
