package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NounStemTest {

    @Test
    void compoundsEndingInTheOtherNounAreTheSameHead() {
        assertThat(NounStem.sameHead("fjernvarmekundane", "kunder")).isTrue();
        assertThat(NounStem.sameHead("pressekonferansen", "konferanse")).isTrue();
    }

    @Test
    void foldsDanishBokmaalAndNynorskInflection() {
        assertThat(NounStem.sameHead("indbyggere", "innbyggjarane")).isTrue();
        assertThat(NounStem.sameHead("hyttene", "hytter")).isTrue();
        assertThat(NounStem.sameHead("huse", "hus")).isTrue();
    }

    @Test
    void nounsForPeopleCountTheSame() {
        assertThat(NounStem.sameHead("mennesker", "personar")).isTrue();
        assertThat(NounStem.sameHead("folk", "personer")).isTrue();
    }

    @Test
    void differentNounsAndFunctionWordsAreNotOneHead() {
        assertThat(NounStem.sameHead("kunder", "kroner")).isFalse();
        assertThat(NounStem.sameHead("biler", "busser")).isFalse();
        assertThat(NounStem.sameHead("etter", "etter")).isFalse(); // "tre timer etter …" names no thing
        assertThat(NounStem.sameHead("", "hus")).isFalse();
    }
}
