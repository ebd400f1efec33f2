package dev.parallax.align.service.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.ComparedFact;
import dev.parallax.align.service.facts.ComparedFact.Status;
import dev.parallax.align.service.facts.Fact;
import dev.parallax.align.service.facts.Slot;
import dev.parallax.align.service.facts.value.DateValue;
import dev.parallax.align.service.linking.Link;
import dev.parallax.text.SentenceSegmenter;

class ClaimBuilderTest {

    private static Report report(String id, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Sætning nummer ").append(i + 1).append(" handler om noget. ");
        }
        String t = text.toString().trim();
        return new Report(id, t, "da", null, SentenceSegmenter.nordic().split(t));
    }

    private static Link link(double score, int docA, List<Integer> a, int docB, List<Integer> b) {
        return new Link(score, new TreeMap<>(Map.of(docA, a, docB, b)));
    }

    @Test
    void everySentenceOfEveryReportIsInExactlyOnePassage() {
        List<Report> reports = List.of(report("a", 4), report("b", 3));
        List<Passage> passages = ClaimBuilder.partition(reports,
                List.of(link(0.8, 0, List.of(0), 1, List.of(0)), link(0.5, 0, List.of(1, 2), 1, List.of(2))));
        List<String> seen = new ArrayList<>();
        passages.forEach(p -> p.members().forEach((doc, sentences) -> sentences.forEach(s -> seen.add(doc + ":" + s))));
        assertThat(seen).containsExactlyInAnyOrder("0:0", "0:1", "0:2", "0:3", "1:0", "1:1", "1:2");
        assertThat(passages).filteredOn(Passage::shared).hasSize(2);
    }

    @Test
    void overlappingLinksJoinButAChainOfWeakLinksDoesNotGlueAReportTogether() {
        List<Report> reports = List.of(report("a", 6), report("b", 6));
        List<Link> chain = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            chain.add(link(0.9 - i * 0.1, 0, List.of(i), 1, List.of(i)));
            chain.add(link(0.3, 0, List.of(i + 1), 1, List.of(i)));
        }
        List<Passage> passages = ClaimBuilder.partition(reports, chain);
        assertThat(passages).allMatch(p -> p.members().values().stream().allMatch(s -> s.size() <= ClaimBuilder.MAX_SENTENCES_PER_REPORT));
    }

    @Test
    void conflictsComeFirstThenSharedClaimsThenSingleSources() {
        List<Report> reports = List.of(report("a", 3), report("b", 3));
        List<Passage> passages = ClaimBuilder.partition(reports,
                List.of(link(0.8, 0, List.of(0), 1, List.of(0)), link(0.7, 0, List.of(2), 1, List.of(2))));
        Fact march = new Fact("date", 0, 2, 0, 5, "marts", DateValue.monthOnly(3), Slot.NONE);
        Fact august = new Fact("date", 1, 2, 0, 6, "august", DateValue.monthOnly(8), Slot.NONE);
        List<ComparedFact> comparison = List.of(new ComparedFact("date", Status.CONFLICT, "date: --03 vs --08", List.of(march, august)));
        List<Claim> claims = ClaimBuilder.claims(reports, passages, comparison);
        assertThat(claims).extracting(Claim::status).containsExactly(Status.CONFLICT, Status.AGREE, Status.UNIQUE, Status.UNIQUE);
        assertThat(claims.get(0).label()).isEqualTo("date: --03 vs --08");
        assertThat(claims.get(0).facts()).containsExactly(0);
        assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2", "c3", "c4");
        assertThat(claims.get(1).label()).startsWith("Sætning nummer 1");
    }
}
