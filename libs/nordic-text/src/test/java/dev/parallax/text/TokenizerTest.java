package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void numbersKeepTheirSeparatorsAsWritten() {
        assertThat(Tokenizer.tokens("1.200 og 12 500 samt 3,5 kl. 11.20 og 2.04,3"))
                .filteredOn(Token::isNumber).extracting(Token::text)
                .containsExactly("1.200", "12 500", "3,5", "11.20", "2.04,3");
    }

    @Test
    void aYearNextToAGroupOfThreeIsNotOneNumber() {
        assertThat(Tokenizer.tokens("i 2014 200 mennesker")).filteredOn(Token::isNumber).extracting(Token::text)
                .containsExactly("2014", "200");
    }

    @Test
    void hyphenatedWordsStayWholeButANumberBeforeAHyphenIsItsOwnToken() {
        assertThat(Tokenizer.tokens("Syria-konflikten: den 22-årige"))
                .extracting(Token::text, Token::type, Token::spaceBefore)
                .containsExactly(tuple("Syria-konflikten", Token.Type.WORD, true), tuple(":", Token.Type.PUNCT, false),
                        tuple("den", Token.Type.WORD, true), tuple("22", Token.Type.NUMBER, true),
                        tuple("-", Token.Type.PUNCT, false), tuple("årige", Token.Type.WORD, false));
    }

    @Test
    void offsetsPointIntoTheTextAndWordsAreFolded() {
        String text = "Færgen sejlede i går";
        Token first = Tokenizer.tokens(text).get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("Færgen");
        assertThat(first.folded()).isEqualTo("faergen");
    }
}
