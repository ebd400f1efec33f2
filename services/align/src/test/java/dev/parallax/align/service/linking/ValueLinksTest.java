package dev.parallax.align.service.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.linking.ValueLinks.Anchor;

class ValueLinksTest {

    @Test
    void sentencesThatAloneStateOneValueAreLinked() {
        List<Link> links = ValueLinks.add(List.of(), List.of(new Anchor(0, 2, "amount:count|187"), new Anchor(1, 5, "amount:count|187")));
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.members()).containsExactly(Map.entry(0, List.of(2)), Map.entry(1, List.of(5)));
            assertThat(l.score()).isEqualTo(ValueLinks.SCORE);
        });
    }

    @Test
    void aValueStatedTwiceInOneReportAnchorsNothingThere() {
        List<Link> links = ValueLinks.add(List.of(), List.of(new Anchor(0, 2, "amount:count|14"), new Anchor(0, 7, "amount:count|14"),
                new Anchor(1, 1, "amount:count|14")));
        assertThat(links).isEmpty();
    }

    @Test
    void pairsTheLettersLinkedAlreadyAreLeftAsTheyAre() {
        Link existing = new Link(0.7, new TreeMap<>(Map.of(0, List.of(2), 1, List.of(5))));
        assertThat(ValueLinks.add(List.of(existing), List.of(new Anchor(0, 2, "clock|11:20"), new Anchor(1, 5, "clock|11:20"))))
                .containsExactly(existing);
    }
}
