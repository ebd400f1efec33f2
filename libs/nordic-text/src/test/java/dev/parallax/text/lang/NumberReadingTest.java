package dev.parallax.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;

class NumberReadingTest {

    private static BigDecimal read(String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        return NumberReading.at(tokens, 0).map(NumberReading.Reading::value).orElse(null);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "1.200 passagerer|1200", "12 500 mennesker|12500", "3,5 procent|3.5", "2,4 millioner kroner|2400000",
            "1,2 mia. kr.|1200000000", "45 mio. kr.|45000000", "250,000 people|250000", "6.2 på skalaen|6.2",
            "fjorten personer|14", "toogtyve år|22", "tjueto år|22", "to og tjue år|22", "hundrede og tyve|120",
            "eitt hundre og tjue|120", "tusen fem hundre|1500", "halvanden time|1.5", "halvannen million|1500000",
            "halvannan time|1.5", "to og en halv time|2.5", "ein halv time|0.5", "fire milliarder|4000000000",
            "syv dage|7", "sju dagar|7", "tjue menneske|20", "halvtreds år|50", "femti år|50", "to millionar|2000000"})
    void readsDigitsAndWordsInEveryNorm(String text, String expected) {
        assertThat(read(text)).isEqualByComparingTo(expected);
    }

    @Test
    void twoNumberWordsWithoutOgAreTwoNumbers() {
        List<Token> tokens = Tokenizer.tokens("to tre dage");
        NumberReading.Reading r = NumberReading.at(tokens, 0).orElseThrow();
        assertThat(r.value()).isEqualByComparingTo("2");
        assertThat(r.to()).isEqualTo(1);
    }

    @Test
    void anArticleAloneIsMarkedAsSuch() {
        NumberReading.Reading r = NumberReading.at(Tokenizer.tokens("en mand"), 0).orElseThrow();
        assertThat(r.onlyOne()).isTrue();
        assertThat(NumberReading.at(Tokenizer.tokens("en million"), 0).orElseThrow().onlyOne()).isFalse();
    }

    @Test
    void aWholeNumberAndAFractionAreOneNumber() {
        NumberReading.Reading r = NumberReading.at(Tokenizer.tokens("220 2/3 innings"), 0).orElseThrow();
        assertThat(r.value()).isEqualByComparingTo("220.667");
        assertThat(r.to()).isEqualTo(4);
        // "12 5/3" (a day and month after a number) is not a fraction, nor is one after a decimal
        assertThat(NumberReading.at(Tokenizer.tokens("den 12 5/3"), 1).orElseThrow().value()).isEqualByComparingTo("12");
        assertThat(NumberReading.at(Tokenizer.tokens("2,5 1/2"), 0).orElseThrow().value()).isEqualByComparingTo("2.5");
    }

    @Test
    void aClockTimeIsNoPlainNumber() {
        assertThat(NumberReading.digits("11:20")).isNull();
        assertThat(NumberReading.digits("2.04,3")).isNull();
        assertThat(read("mandag")).isNull();
    }
}
