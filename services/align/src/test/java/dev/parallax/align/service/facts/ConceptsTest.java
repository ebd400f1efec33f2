package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptsTest {

    @Test
    void compoundsEndingInTheOtherNounAreTheSameHead() {
        assertThat(Concepts.sameHead(Concepts.key("fjernvarmekundane"), Concepts.key("kunder"))).isTrue();
        assertThat(Concepts.sameHead(Concepts.key("pressekonferansen"), Concepts.key("konferanse"))).isTrue();
    }

    @Test
    void foldsDanishBokmaalAndNynorskInflection() {
        assertThat(Concepts.key("indbyggere")).isEqualTo(Concepts.key("innbyggjarane"));
        assertThat(Concepts.key("hyttene")).isEqualTo(Concepts.key("hytter"));
        assertThat(Concepts.key("passasjerar")).isEqualTo(Concepts.key("passasjerer"));
    }

    @Test
    void nounsForPeopleCountTheSame() {
        assertThat(Concepts.key("mennesker")).isEqualTo(Concepts.PEOPLE_KEY).isEqualTo(Concepts.key("personar"));
        assertThat(Concepts.key("folk")).isEqualTo(Concepts.PEOPLE_KEY);
    }

    @Test
    void differentNounsAreNotOneHead() {
        assertThat(Concepts.sameHead(Concepts.key("kunder"), Concepts.key("kroner"))).isFalse();
        assertThat(Concepts.sameHead(Concepts.key("biler"), Concepts.key("busser"))).isFalse();
        assertThat(Concepts.sameHead("", Concepts.key("hus"))).isFalse();
    }

    @Test
    void nounClassesFromTheLanguageData() {
        assertThat(Concepts.isHuman("kvinde")).isTrue();
        assertThat(Concepts.isHuman("kontrakt")).isFalse();
        assertThat(Concepts.runsForATerm("lejekontrakten")).isTrue();
        assertThat(Concepts.isLand("skog")).isTrue();
    }
}
