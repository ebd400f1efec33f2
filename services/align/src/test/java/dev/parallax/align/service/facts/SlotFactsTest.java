package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.facts.ComparedFact.Status;
import dev.parallax.align.service.facts.value.Amount;

/** How the statements of one slot become agreements and conflicts, for every pair of reports. */
class SlotFactsTest {

    private static Fact count(int doc, String text, int value) {
        return new Fact("number", doc, 0, 0, text.length(), text, Amount.exact("count", BigDecimal.valueOf(value), ""), Slot.NONE);
    }

    private static List<List<String>> byStatus(List<ComparedFact> compared, Status status) {
        return compared.stream().filter(c -> c.status() == status).map(c -> c.mentions().stream().map(Fact::text).toList()).toList();
    }

    @Test
    void aReportAgreeingWithOneSideOfAConflictContradictsTheOtherSide() {
        Fact nb = count(0, "14", 14);
        Fact nn = count(1, "Fjorten", 14);
        Fact da = count(2, "16", 16);
        FactComparer.Pairing pairing = new FactComparer.Pairing(List.of(nb, nn, da));
        pairing.agree(nb, nn);
        pairing.conflict(nb, da);
        List<ComparedFact> compared = FactComparer.slotFacts(List.of(nb, nn, da), pairing);
        assertThat(byStatus(compared, Status.CONFLICT)).containsExactlyInAnyOrder(List.of("14", "16"), List.of("Fjorten", "16"));
        assertThat(byStatus(compared, Status.AGREE)).containsExactly(List.of("14", "Fjorten"));
    }

    @Test
    void aReportStatingBothValuesIsNotSaidToContradictEither() {
        Fact nb = count(0, "14", 14);
        Fact nn = count(1, "Fjorten", 14);
        Fact nnLater = count(1, "16", 16);
        Fact da = count(2, "16", 16);
        FactComparer.Pairing pairing = new FactComparer.Pairing(List.of(nb, nn, nnLater, da));
        pairing.agree(nb, nn);
        pairing.agree(nnLater, da);
        pairing.conflict(nb, da);
        List<ComparedFact> compared = FactComparer.slotFacts(List.of(nb, nn, nnLater, da), pairing);
        assertThat(byStatus(compared, Status.CONFLICT)).containsExactly(List.of("14", "16"));
    }
}
