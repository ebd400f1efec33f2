package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.parallax.align.Seeds;
import dev.parallax.align.TestLexicon;
import dev.parallax.align.mapping.AlignmentMapper;
import dev.parallax.align.rest.AlignResponse;
import dev.parallax.align.rest.AlignResponse.ClaimOut;
import dev.parallax.align.rest.AlignResponse.FactOut;
import dev.parallax.align.rest.AlignResponse.MentionOut;
import dev.parallax.align.service.Report;
import dev.parallax.align.service.ReportAligner;
import dev.parallax.align.service.linking.SentenceLinker;
import dev.parallax.text.SentenceSegmenter;

/** What an editor must see when the three 2015 seed reports are compared (seeds/README.md). */
class SeedComparisonTest {

    private static List<FactOut> comparison;
    private static List<ClaimOut> claims;
    private static List<Report> reports;

    @BeforeAll
    static void align() {
        SentenceSegmenter segmenter = SentenceSegmenter.nordic();
        reports = List.of(
                report("000", LocalDate.of(2015, 9, 18), segmenter),
                report("001", LocalDate.of(2015, 9, 18), segmenter),
                report("002", LocalDate.of(2015, 9, 17), segmenter));
        AlignResponse response = AlignmentMapper.toResponse(
                new ReportAligner(new SentenceLinker(), new FactComparer(TestLexicon.get())).align(reports));
        comparison = response.comparison();
        claims = response.claims();
    }

    private static Report report(String id, LocalDate published, SentenceSegmenter segmenter) {
        String text = Seeds.text(id);
        return new Report(id, text, "da", published, segmenter.split(text));
    }

    private static FactOut find(String kind, String status, String mentionText) {
        return comparison.stream()
                .filter(f -> f.kind().equals(kind) && f.status().equals(status))
                .filter(f -> f.mentions().stream().anyMatch(m -> m.text().equals(mentionText)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " " + kind + " with " + mentionText));
    }

    private static Set<String> docs(FactOut f) {
        return f.mentions().stream().map(MentionOut::doc).collect(Collectors.toSet());
    }

    @Test
    void carterAndShoiguAgreeWhateverTheSpelling() {
        FactOut carter = find("person", "agree", "Ash Carter");
        assertThat(carter.mentions()).extracting(MentionOut::text).contains("Ashton Carter");
        assertThat(carter.mentions()).extracting(MentionOut::value).containsOnly("Ashton Carter");
        FactOut shoigu = find("person", "agree", "Sergei Shoigu");
        assertThat(shoigu.mentions()).extracting(MentionOut::text).contains("Sergej Sjojgu");
    }

    @Test
    void peopleCarryTheRolesTheReportsGiveThem() {
        assertThat(find("person", "agree", "Ash Carter").mentions()).extracting(MentionOut::doc, MentionOut::role)
                .contains(tuple("000", "amerikanske forsvarsminister"), tuple("001", "amerikanske forsvarsminister"));
        assertThat(find("person", "agree", "Sergei Shoigu").mentions()).extracting(MentionOut::role)
                .contains("russiske forsvarsminister");
        assertThat(find("person", "agree", "Peter Cook").mentions()).extracting(MentionOut::doc, MentionOut::role)
                .contains(tuple("000", "Pentagons pressesekretær"), tuple("001", "talsmand"));
    }

    @Test
    void fridayIsTheEighteenthOfSeptemberAsIsThisMorning() {
        FactOut day = find("date", "agree", "fredag");
        assertThat(day.mentions()).extracting(MentionOut::value).containsOnly("2015-09-18");
        assertThat(day.mentions()).extracting(MentionOut::text).contains("her til morgen");
    }

    @Test
    void marchAndAugust2014Conflict() {
        FactOut conflict = find("date", "conflict", "marts 2014");
        assertThat(conflict.mentions()).extracting(MentionOut::doc, MentionOut::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("000", "2014-03"), org.assertj.core.groups.Tuple.tuple("001", "2014-08"));
    }

    @Test
    void theTwoSidesGiveDifferentLengthsOfTheCall() {
        FactOut lengths = find("duration", "conflict", "50 minutter");
        assertThat(lengths.mentions()).extracting(MentionOut::text).containsExactly("50 minutter", "timelang");
    }

    @Test
    void peterCookIsInBothLatakiaAndSakharovaOnlyIn001StoltenbergOnlyIn002() {
        assertThat(docs(find("person", "agree", "Peter Cook"))).containsExactlyInAnyOrder("000", "001");
        assertThat(docs(find("place", "unique", "Latakia"))).containsExactly("001");
        assertThat(docs(find("person", "unique", "Maria Sakharova"))).containsExactly("001");
        assertThat(docs(find("person", "unique", "Stoltenberg"))).containsExactly("002");
        assertThat(docs(find("place", "unique", "Aleppo"))).containsExactly("002");
    }

    @Test
    void nothingElseConflicts() {
        assertThat(comparison.stream().filter(f -> f.status().equals("conflict"))).hasSize(2);
    }

    @Test
    void theClaimWithTheMarchAugustConflictComesFirst() {
        ClaimOut first = claims.get(0);
        assertThat(first.status()).isEqualTo("conflict");
        List<String> conflictLabels = first.facts().stream().map(comparison::get)
                .filter(f -> f.status().equals("conflict")).map(FactOut::label).toList();
        assertThat(conflictLabels).anyMatch(l -> l.contains("marts 2014") && l.contains("august 2014"));
        assertThat(first.members()).extracting(AlignResponse.MemberOut::doc).contains("000", "001");
    }

    @Test
    void everySentenceOfEveryReportIsInExactlyOneClaim() {
        for (Report report : reports) {
            List<Integer> sentences = claims.stream().flatMap(c -> c.members().stream())
                    .filter(m -> m.doc().equals(report.id())).flatMap(m -> m.sentences().stream()).sorted().toList();
            assertThat(sentences).as("sentences of " + report.id())
                    .isEqualTo(java.util.stream.IntStream.range(0, report.sentences().size()).boxed().toList());
        }
        assertThat(claims).extracting(ClaimOut::status).containsSubsequence("conflict", "agree", "unique");
    }
}
