package dev.parallax.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

import dev.parallax.text.Folding;
import dev.parallax.text.Tokenizer;
import dev.parallax.text.lang.NordicLanguageData.Qualifier;

class NordicLanguageDataTest {

    private final NordicLanguageData data = NordicLanguageData.get();

    private static String f(String word) {
        return Folding.fold(word);
    }

    @Test
    void monthsOfEveryNormFromCldrAndTheSupplement() {
        assertThat(data.month(f("marts"))).hasValue(3);
        assertThat(data.month(f("mars"))).hasValue(3);
        assertThat(data.month(f("desember"))).hasValue(12);
        assertThat(data.month(f("december"))).hasValue(12);
        assertThat(data.month(f("sept"))).hasValue(9);
        assertThat(data.month(f("mandag"))).isEmpty();
    }

    @Test
    void weekdaysOfEveryNorm() {
        assertThat(data.weekday(f("tysdag"))).contains(DayOfWeek.TUESDAY);
        assertThat(data.weekday(f("laurdag"))).contains(DayOfWeek.SATURDAY);
        assertThat(data.weekday(f("søndag"))).contains(DayOfWeek.SUNDAY);
        assertThat(data.weekday(f("sundag"))).contains(DayOfWeek.SUNDAY);
        assertThat(data.weekday(f("måndag"))).contains(DayOfWeek.MONDAY);
    }

    @Test
    void ordinalsFromCldrForDanishAndBokmaalAndFromTheSupplementForNynorsk() {
        assertThat(data.ordinal(f("tredje"))).hasValue(3);
        assertThat(data.ordinal(f("andet"))).hasValue(2);
        assertThat(data.ordinal(f("tjuende"))).hasValue(20);
        assertThat(data.ordinal(f("tjuande"))).hasValue(20);
    }

    @Test
    void unitsCarryTheirDimensionAndFactor() {
        assertThat(data.unit("km").orElseThrow().factors()).containsExactly(new BigDecimal("1000"));
        assertThat(data.unit(f("timar")).orElseThrow().isTime()).isTrue();
        assertThat(data.unit("mil").orElseThrow().factors()).hasSize(2);
        assertThat(data.unit(f("personer"))).isEmpty();
    }

    @Test
    void currenciesAndTheirAdjectives() {
        assertThat(data.currency("kr")).contains("LOCAL");
        assertThat(data.currency("euro")).contains("EUR");
        assertThat(data.currencyAdjective("norske")).contains("NOK");
    }

    @Test
    void qualifierPhrasesEndingBeforeANumber() {
        var tokens = Tokenizer.tokens("det var mer enn 800 ansatte og ca. 12 biler");
        assertThat(data.qualifiers().endingBefore(tokens, 4).orElseThrow().meaning()).isEqualTo(Qualifier.MIN);
        assertThat(data.qualifiers().endingBefore(tokens, 9).orElseThrow().meaning()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void relativeDaysAsPhrases() {
        var tokens = Tokenizer.tokens("Det skete i går kveld");
        var match = data.timeWords("relative").startingAt(tokens, 2).orElseThrow();
        assertThat(match.meaning().type()).isEqualTo("day");
        assertThat(match.meaning().value()).isEqualTo(-1);
        assertThat(match.to()).isEqualTo(5);
    }

    @Test
    void aPhraseMayMeanOneThingInOneGroupAndAnotherInAnother() {
        assertThat(data.timeWords("since").get("sidan").orElseThrow().type()).isEqualTo("since");
        assertThat(data.timeWords("ago-marker").get("sidan").orElseThrow().type()).isEqualTo("ago-marker");
    }

    @Test
    void roleNounsByTheirCompoundHead() {
        assertThat(data.isRoleNoun("forsvarsminister")).isTrue();
        assertThat(data.isRoleNoun("pressesekretæren")).isTrue();
        assertThat(data.isRoleNoun("ministeriet")).isFalse();
    }

    @Test
    void stopWordsAndFunctionWordGroups() {
        assertThat(data.isStopWord("ikkje")).isTrue();
        assertThat(data.isStopWord(f("passasjerer"))).isFalse();
        assertThat(data.functionWordForm("ikkje")).isEqualTo("ikke");
        assertThat(data.functionWordForm(f("frå"))).isEqualTo("fra");
    }
}
