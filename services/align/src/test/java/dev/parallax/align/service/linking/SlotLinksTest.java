package dev.parallax.align.service.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.facts.ComparedFact;
import dev.parallax.align.service.facts.ComparedFact.Status;
import dev.parallax.align.service.facts.Fact;
import dev.parallax.align.service.facts.Slot;
import dev.parallax.align.service.facts.value.Amount;
import dev.parallax.align.service.facts.value.NameValue;

class SlotLinksTest {

    private static Fact count(int doc, int sentence, int value) {
        return new Fact("number", doc, sentence, 0, 2, String.valueOf(value), Amount.exact("count", BigDecimal.valueOf(value), ""), Slot.NONE);
    }

    private static Link link(int docA, int a, int docB, int b) {
        return new Link(0.5, new TreeMap<>(Map.of(docA, List.of(a), docB, List.of(b))));
    }

    @Test
    void sentencesOfOneSlotAreLinkedWhereNoLinkJoinedThem() {
        ComparedFact conflict = new ComparedFact("number", Status.CONFLICT, "personer: 14 vs 16", List.of(count(0, 3, 14), count(1, 5, 16)));
        ComparedFact agreement = new ComparedFact("number", Status.AGREE, "passasjerer 187", List.of(count(0, 1, 187), count(1, 2, 187)));
        List<Link> added = SlotLinks.of(List.of(conflict, agreement), List.of(link(0, 1, 1, 2)));
        assertThat(added).extracting(Link::members).containsExactly(new TreeMap<>(Map.of(0, List.of(3), 1, List.of(5))));
    }

    @Test
    void valuesStatedTwiceByAReportNamesAndDaysAreNoEvidence() {
        ComparedFact twice = new ComparedFact("number", Status.AGREE, "år 3",
                List.of(count(0, 1, 3), count(0, 4, 3), count(1, 2, 3)));
        Fact oslo = new Fact("place", 0, 2, 0, 4, "Oslo", new NameValue("oslo", "Oslo", "place"), Slot.NONE);
        Fact osloToo = new Fact("place", 1, 6, 0, 4, "Oslo", new NameValue("oslo", "Oslo", "place"), Slot.NONE);
        ComparedFact place = new ComparedFact("place", Status.AGREE, "Oslo", List.of(oslo, osloToo));
        assertThat(SlotLinks.of(List.of(twice, place), List.of())).isEmpty();
    }
}
