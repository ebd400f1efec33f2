package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.parallax.align.TestLexicon;
import dev.parallax.align.service.Report;
import dev.parallax.align.service.claims.ClaimBuilder;
import dev.parallax.align.service.facts.ComparedFact.Status;
import dev.parallax.align.service.linking.Link;
import dev.parallax.text.SentenceSegmenter;

/** Conflicts and agreements between two hand-made reports with chosen sentence links. */
class FactComparerTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2030, 11, 13);
    /** The similarity of linked sentences of independently written reports (translations link at 0.6-0.8). */
    private static final double INDEPENDENT_LINK = 0.35;

    private static Report report(String id, String language, String text) {
        return new Report(id, text, language, WEDNESDAY, SentenceSegmenter.nordic().split(text));
    }

    /** Link sentence a of the first report to sentence b of the second, for each pair given. */
    private static List<Link> links(int... pairs) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            links.add(new Link(INDEPENDENT_LINK, new TreeMap<>(Map.of(0, List.of(pairs[i]), 1, List.of(pairs[i + 1])))));
        }
        return links;
    }

    private static List<ComparedFact> compare(Report a, Report b, int... linkPairs) {
        List<Report> reports = List.of(a, b);
        List<Link> links = links(linkPairs);
        return new FactComparer(TestLexicon.get()).compare(reports, links, ClaimBuilder.partition(reports, links));
    }

    private static List<List<String>> conflicts(List<ComparedFact> comparison) {
        return comparison.stream().filter(f -> f.status() == Status.CONFLICT)
                .map(f -> f.mentions().stream().map(Fact::text).toList()).toList();
    }

    @Test
    void aDateInUnlinkedSentencesOnOneTopicConflicts() {
        // the opening date sits in sentences no link joins (other verb, other order): their rare lemmas say one slot
        Report nb = report("a", "nb", "Kommunestyret vedtok budsjettet i går. Det nye badeanlegget på Fosshaugane skal åpne 15. mai i år. "
                + "Ordføreren er godt fornøyd.");
        Report nn = report("b", "nn", "Ordføraren er godt nøgd. Budsjettet vart vedteke i går. "
                + "Etter planen tek badeanlegget på Fosshaugane imot dei første gjestene 12. juni i år.");
        assertThat(conflicts(compare(nb, nn, 0, 1, 2, 0))).containsExactly(List.of("15. mai", "12. juni"));
    }

    @Test
    void aDateInUnlinkedSentencesOnAnotherTopicIsNoConflict() {
        Report nb = report("a", "nb", "Kommunestyret vedtok budsjettet i går. Skolen på Hafstad stenger for sommeren 19. juni.");
        Report nn = report("b", "nn", "Budsjettet vart vedteke i går. Badeanlegget på Fosshaugane opnar 12. juni.");
        assertThat(conflicts(compare(nb, nn, 0, 0))).isEmpty();
    }

    @Test
    void countsOfAnotherMagnitudeInUnlinkedSentencesAreNoConflict() {
        // people counted in two connections of one topic: the region's population, the town's
        Report da = report("a", "da", "Oversvømmelsen ramte et område, hvor 1,8 millioner mennesker bor. Regeringen har sendt hjælp.");
        Report nb = report("b", "nb", "Regjeringen har sendt hjelp. Oversvømmelsen rammet byen, der 250 000 mennesker bor.");
        assertThat(conflicts(compare(da, nb, 1, 0))).isEmpty();
    }

    @Test
    void minutesSpelledInTwoNormsAreOneUnitNotAConversion() {
        // "minut" and "minutt" are one unit: 57 and 62 are no rounding of each other
        Report da = report("a", "da", "Gæsterne udlignede i det 57. minut efter en hurtig kontra.");
        Report nn = report("b", "nn", "Gjestene utlikna etter 62 minutt.");
        assertThat(conflicts(compare(da, nn, 0, 0))).containsExactly(List.of("57. minut", "62 minutt"));
    }

    @Test
    void aFallingPairBeforeAResultNounIsAScoreNotARange() {
        // "3-1 seier" cannot be a range (a range rises: "10-12 personer"), so it is the result, not a count of 1 win
        Report nb = report("a", "nb", "Viking tok en 3-1 seier borte mot Brann.");
        Report nn = report("b", "nn", "Viking vann 3-1 borte mot Brann.");
        List<ComparedFact> comparison = compare(nb, nn, 0, 0);
        assertThat(comparison).filteredOn(f -> f.status() == Status.AGREE && f.kind().equals("other"))
                .extracting(f -> f.mentions().stream().map(Fact::text).toList())
                .containsExactly(List.of("3-1", "3-1"));
        assertThat(comparison).noneMatch(f -> f.mentions().stream().anyMatch(m -> m.text().equals("1")));
    }

    @Test
    void aWeekdayWithoutTenseMayBeTheNextOne() {
        // published on Wednesday, "fredag" may be the Friday to come: the report of Friday says "i dag"
        Report nb = report("a", "nb", "Forhandlingene fortsetter fredag i Oslo.");
        String text = "Forhandlingane held fram i dag i Oslo.";
        Report nn = new Report("b", text, "nn", WEDNESDAY.plusDays(2), SentenceSegmenter.nordic().split(text));
        assertThat(conflicts(compare(nb, nn, 0, 0))).isEmpty();
        String thursday = "Forhandlingane held fram i dag i Oslo.";
        Report nnThursday = new Report("c", thursday, "nn", WEDNESDAY.plusDays(1), SentenceSegmenter.nordic().split(thursday));
        assertThat(conflicts(compare(nb, nnThursday, 0, 0))).containsExactly(List.of("fredag", "i dag"));
    }

    @Test
    void twoCountsInAnotherOrderAreNoConflict() {
        // the bare "tre" and "ni" are read as no fact (nothing named is counted), yet each report writes both numbers
        Report da = report("a", "da", "Ni arbejdere fik en advarsel, og tre af dem blev afskediget.");
        Report nb = report("b", "nb", "Tre arbeidere ble sagt opp, og i alt ni fikk en advarsel.");
        assertThat(conflicts(compare(da, nb, 0, 0))).isEmpty();
    }

    private static List<ComparedFact> quotes(List<ComparedFact> comparison, Status status) {
        return comparison.stream().filter(f -> f.kind().equals("quote") && f.status() == status).toList();
    }

    @Test
    void aQuoteTranslatedIntoAnotherNormIsOneStatementAndItsSpeakersAreCompared() {
        // few letters shared across the norms, the lemmas the same: one statement where the sentences are linked
        Report da = report("a", "da", "»Mandskabet ydede en fremragende indsats hele natten«, siger politimester Sune Falk.");
        Report nn = report("b", "nn", "«Mannskapet gjorde ein framifrå innsats heile natta», seier ordføraren Hege Ruud.");
        assertThat(quotes(compare(da, nn, 0, 0), Status.CONFLICT)).hasSize(1);
        Report sameSpeaker = report("c", "nn", "«Mannskapet gjorde ein framifrå innsats heile natta», seier politimeister Sune Falk.");
        assertThat(quotes(compare(da, sameSpeaker, 0, 0), Status.AGREE)).hasSize(1);
        // in sentences no link joins, words in common are not enough to take two quotes for one
        assertThat(quotes(compare(da, nn), Status.CONFLICT)).isEmpty();
    }

    @Test
    void anOrganisationNamedInEachNormsWordsIsOneSpeaker() {
        Report da = report("a", "da", "»Over 300 familier har mistet deres hjem«, sagde Røde Kors.");
        Report nn = report("b", "nn", "«Meir enn 300 familiar har mista heimen sin», sa Raudekrossen.");
        assertThat(quotes(compare(da, nn, 0, 0), Status.CONFLICT)).isEmpty();
    }

    @Test
    void patientsAdmittedToAnotherHospitalConflictButOneHospitalInEachNormsWordsDoesNot() {
        Report da = report("a", "da", "De to sårede er indlagt på Skejby Sygehus.");
        Report nb = report("b", "nb", "De to skadde er innlagt på Aalborg sykehus.");
        assertThat(conflicts(compare(da, nb, 0, 0))).containsExactly(List.of("Skejby Sygehus", "Aalborg sykehus"));
        Report nbSame = report("c", "nb", "De to skadde ligger på Sørlandssykehuset.");
        Report nn = report("d", "nn", "Dei to skadde ligg på Sørlandssjukehuset.");
        assertThat(conflicts(compare(nbSame, nn, 0, 0))).isEmpty();
    }

    @Test
    void theAgeOfOnePersonConflictsWhereverTheReportsGiveIt() {
        Report da = report("a", "da", "Bestyrelsen har ansat den 52-årige Hanne Kjeldgaard som direktør. Hun tiltræder i januar.");
        Report nb = report("b", "nb", "Hanne Kjeldgaard blir ny direktør fra januar. Kjeldgaard er 49 år gammel og kommer fra Equinor.");
        assertThat(conflicts(compare(da, nb, 0, 0))).containsExactly(List.of("52-årige", "49 år gammel"));
        // another person's age is another fact
        Report other = report("c", "nb", "Hanne Kjeldgaard blir ny direktør fra januar. Forgjengeren Per Lunde er 49 år gammel.");
        assertThat(conflicts(compare(da, other, 0, 0))).isEmpty();
    }

    @Test
    void yearsAfterPeopleAreTheirAgeNotALengthOfTime() {
        Report da = report("a", "da", "Blandt de smittede er 15 børn under fem år. Børnehaven er lukket i fem uger.");
        List<Fact> values = new FactComparer(TestLexicon.get()).extract(List.of(da)).values();
        assertThat(values).filteredOn(f -> f.text().endsWith("fem år"))
                .extracting(f -> ((dev.parallax.align.service.facts.value.Amount) f.value()).dimension()).containsExactly("age");
        assertThat(values).filteredOn(f -> f.text().endsWith("fem uger"))
                .extracting(f -> ((dev.parallax.align.service.facts.value.Amount) f.value()).dimension()).containsExactly("time");
    }

    @Test
    void timesTakenAreDurationsToTheHundredth() {
        Report nb = report("a", "nb", "Hun løp 1500 meter på 3.56,41 på Bislett. Maratonvinneren brukte 2:05:33.");
        Report da = report("b", "da", "Hun løb 1500 meter på 3.56,14 på Bislett. Maratonvinderen brugte 2:05:33.");
        List<ComparedFact> comparison = compare(nb, da, 0, 0, 1, 1);
        assertThat(conflicts(comparison)).containsExactly(List.of("3.56,41", "3.56,14"));
        assertThat(comparison).filteredOn(f -> f.status() == Status.AGREE && f.kind().equals("duration"))
                .extracting(f -> f.mentions().get(0).text()).containsExactly("2:05:33");
    }

    @Test
    void aQuarterPastOrToAnHourIsAClockTimeRoundedToTheQuarter() {
        Report nb = report("a", "nb", "Løpet startet klokken 21.14 i kveld.");
        Report da = report("b", "da", "Løbet gik af stablen kvart over ni om aftenen.");
        List<ComparedFact> comparison = compare(nb, da, 0, 0);
        assertThat(conflicts(comparison)).isEmpty();
        assertThat(comparison).filteredOn(f -> f.status() == Status.AGREE && f.kind().equals("time"))
                .extracting(f -> f.mentions().get(1).text()).containsExactly("kvart over ni");
        Report nn = report("c", "nn", "Løpet starta kvart på ti i kveld.");
        assertThat(conflicts(compare(nb, nn, 0, 0))).containsExactly(List.of("klokken 21.14", "kvart på ti"));
    }

    @Test
    void aBareDecimalBesideAPercentageIsOneToo() {
        Report nb = report("a", "nb", "Arbeidsgiverne har tilbudt 3,2 prosent, mens forbundet krever 4,1 og 12 nye stillinger.");
        List<Fact> values = new FactComparer(TestLexicon.get()).extract(List.of(nb)).values();
        assertThat(values).filteredOn(f -> f.value() instanceof dev.parallax.align.service.facts.value.Amount)
                .extracting(Fact::text, f -> ((dev.parallax.align.service.facts.value.Amount) f.value()).dimension())
                .contains(org.assertj.core.groups.Tuple.tuple("3,2 prosent", "percent"), org.assertj.core.groups.Tuple.tuple("4,1", "percent"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("12", "percent"));
    }

    @Test
    void twoDecimalsOnOneScaleInUnlinkedSentencesOnOneTopicConflict() {
        Report nb = report("a", "nb", "Regjeringen la fram budsjettet i går. Forbrukertilliten i Norge endte på 3,4 i oktober, "
                + "viser tall fra Finans Norge.");
        Report nn = report("b", "nn", "Budsjettet vart lagt fram i går. Ifølgje Finans Norge enda forbrukartilliten i Noreg på 2,8 i oktober.");
        assertThat(conflicts(compare(nb, nn, 0, 0))).containsExactly(List.of("3,4", "2,8"));
    }

    @Test
    void countsOfTheSameNounConflictInLinkedSentences() {
        Report da = report("a", "da", "Ilden ødelagde 12 sommerhuse i nat. Politiet efterforsker sagen.");
        Report nb = report("b", "nb", "Politiet etterforsker saken. Brannen ødela 19 sommerhus i natt.");
        assertThat(conflicts(compare(da, nb, 0, 1, 1, 0))).containsExactly(List.of("12", "19"));
    }

    @Test
    void theOnlyCountOfANounInEachReportConflictsEvenUnlinked() {
        Report nb = report("a", "nb", "Totalt 230 fjernvarmekunder mistet varmen. Feilen ble rettet i går.");
        Report nn = report("b", "nn", "Feilen vart retta i går. Om lag 260 kundar var utan varme.");
        assertThat(conflicts(compare(nb, nn, 1, 0))).containsExactly(List.of("230", "260"));
    }

    @Test
    void differentNounsBoundsAndOtherCurrenciesDoNotConflict() {
        Report da = report("a", "da", "Fabrikken har over 800 ansatte. Ombygningen kostede 30 millioner kroner.");
        Report nb = report("b", "nb", "Brannen rammet 12 ansatte. Ombyggingen kostet 45 millioner kroner.");
        assertThat(conflicts(compare(da, nb, 1, 1))).isEmpty();
    }

    @Test
    void convertedMeasurementsWithinATenthAgree() {
        Report da = report("a", "da", "Bilen kørte 95 km, før den stoppede.");
        Report nb = report("b", "nb", "Bilen kjørte 100 km før den stanset.");
        assertThat(conflicts(compare(da, nb, 0, 0))).isEmpty();
    }

    @Test
    void aValueTheOtherReportAlsoStatesIsNoConflict() {
        Report nb = report("a", "nb", "Brannen ødela 12 hus. Senere brant 19 hus til.");
        Report nn = report("b", "nn", "Brannen øydela 19 hus.");
        assertThat(conflicts(compare(nb, nn, 0, 0, 1, 0))).isEmpty();
    }

    @Test
    void theOnlyLengthsOfTwoLinkedSentencesConflict() {
        Report nb = report("a", "nb", "Tunnelen var stengt i to timer på grunn av ras.");
        Report nn = report("b", "nn", "Tunnelen var stengd i fire timar etter raset.");
        assertThat(conflicts(compare(nb, nn, 0, 0))).containsExactly(List.of("to timer", "fire timar"));
    }

    @Test
    void lengthsOfOneThingConflictAcrossInflection() {
        Report da = report("a", "da", "Den timelange pressekonference sluttede brat. Ministeren svarede på spørgsmål i 20 minutter.");
        Report nb = report("b", "nb", "Den 40 minutter lange konferansen endte brått.");
        assertThat(conflicts(compare(da, nb, 0, 0))).containsExactly(List.of("timelange", "40 minutter"));
    }

    @Test
    void contractLengthsInCompoundsConflict() {
        Report da = report("a", "da", "Træneren har skrevet under på en treårig aftale.");
        Report nn = report("b", "nn", "Treneren har skrive under på ein toårsavtale.");
        assertThat(conflicts(compare(da, nn, 0, 0))).containsExactly(List.of("treårig", "toårsavtale"));
    }

    @Test
    void monthsWithoutAYearConflictInLinkedSentences() {
        Report nb = report("a", "nb", "Valget skal holdes i mars.");
        Report nn = report("b", "nn", "Valet skal haldast i april.");
        assertThat(conflicts(compare(nb, nn, 0, 0))).containsExactly(List.of("mars", "april"));
        // unlinked, the two sentences still share every word that matters (the election, held): one slot
        assertThat(conflicts(compare(nb, nn))).containsExactly(List.of("mars", "april"));
    }

    @Test
    void weekdaysConflictWhenBothSayWhenSomethingStarted() {
        Report da = report("a", "da", "Strejken har varet siden mandag. Ledelsen vil ikke forhandle.");
        Report nb = report("b", "nb", "Ledelsen vil ikke forhandle. Streiken startet tirsdag morgen.");
        assertThat(conflicts(compare(da, nb, 0, 1, 1, 0))).containsExactly(List.of("mandag", "tirsdag morgen"));
        Report plain = report("c", "nb", "Ledelsen vil ikke forhandle. Streiken var tema tirsdag.");
        assertThat(conflicts(compare(da, plain, 0, 1, 1, 0))).isEmpty();
    }

    @Test
    void twoRangesConflictWhenTheirEndsDiffer() {
        Report da = report("a", "da", "Operationen ventes at vare 2-3 timer.");
        Report nb = report("b", "nb", "Operasjonen ventes å vare 2–5 timer.");
        assertThat(conflicts(compare(da, nb, 0, 0))).containsExactly(List.of("2-3 timer", "2–5 timer"));
        Report same = report("c", "nb", "Operasjonen ventes å vare to til tre timer.");
        assertThat(conflicts(compare(da, same, 0, 0))).isEmpty();
        // a range and a value inside it can both be true
        Report point = report("d", "nb", "Operasjonen ventes å vare 150 minutter.");
        assertThat(conflicts(compare(da, point, 0, 0))).isEmpty();
    }

    @Test
    void aDateIsNotRestatedByAnotherSentencesWeekday() {
        // 16 and 23 November 2030 are both Saturdays: "Lørdag" in the next sentence must not count as either date
        Report da = report("a", "da", "Festivalen åbner lørdag 16. november i Aarhus. Lørdag spiller fem orkestre.");
        Report nb = report("b", "nb", "Festivalen åpner lørdag 23. november i Aarhus. Lørdag spiller fem orkestre.");
        assertThat(conflicts(compare(da, nb, 0, 0, 1, 1))).containsExactly(List.of("16. november", "23. november"));
    }

    @Test
    void aWeekdayCapitalisedInATitleIsNoDay() {
        Report da = report("a", "da", "Hun var gæst i programmet Søndag Aften med sin nye bog.");
        Report nb = report("b", "nb", "Hun var gjest i programmet mandag med sin nye bok.");
        assertThat(conflicts(compare(da, nb, 0, 0))).isEmpty();
        assertThat(new FactComparer(TestLexicon.get()).extract(List.of(da)).values()).isEmpty();
    }

    @Test
    void deadlinesConflictWhateverTheirWording() {
        Report da = report("a", "da", "Broen skal efter planen stå færdig senest i 2031.");
        Report nn = report("b", "nn", "Brua skal etter planen stå ferdig innan 2033.");
        assertThat(conflicts(compare(da, nn, 0, 0))).containsExactly(List.of("2031", "2033"));
    }

    @Test
    void aWholeNumberAndAFractionAreOneFigureOfAWordTheLexiconLacks() {
        Report da = report("a", "da", "Kasteren har i år 300 strikeouts på 220 2/3 innings.");
        Report nb = report("b", "nb", "Kasteren har i år 300 strikeouts på 250 2/3 omganger.");
        assertThat(conflicts(compare(da, nb, 0, 0))).containsExactly(List.of("220 2/3", "250 2/3"));
    }

    @Test
    void aMatchPlayResultIsAScoreNotACount() {
        Report da = report("a", "da", "Parret har to sejre. De vandt 3 & 2 over de forsvarende mestre.");
        Report nb = report("b", "nb", "Paret har to seirer. De vant 3 & 2 over de forsvarende mesterne.");
        List<ComparedFact> comparison = compare(da, nb, 0, 0, 1, 1);
        assertThat(conflicts(comparison)).isEmpty();
        assertThat(comparison).anySatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.AGREE);
            assertThat(f.mentions()).extracting(Fact::text).containsExactly("3 & 2", "3 & 2");
        });
    }

    @Test
    void aCountAgreesAcrossNounsForPeopleAndNumberWords() {
        Report da = report("a", "da", "Ulykken kostede 13 personer livet.");
        Report nn = report("b", "nn", "Tretten menneske omkom i ulukka.");
        List<ComparedFact> comparison = compare(da, nn, 0, 0);
        assertThat(comparison).anyMatch(f -> f.kind().equals("number") && f.status() == Status.AGREE
                && f.mentions().size() == 2);
        assertThat(conflicts(comparison)).isEmpty();
    }

    @Test
    void yearsAgoAndYearsOfAPeriodAreNotCounts() {
        Report da = report("a", "da", "Hun blev valgt for 25 år siden.");
        Report nb = report("b", "nb", "De siste tre årene har hun ledet partiet.");
        assertThat(conflicts(compare(da, nb))).isEmpty();
    }

    @Test
    void aLaterUpdateOfACountIsNoConflict() {
        Report da = report("a", "da", "Mindst 12 mennesker omkom i branden.");
        Report nb = report("b", "nb", "Dødstallet etter brannen er nå steget til 14 mennesker.");
        assertThat(conflicts(compare(da, nb, 0, 0))).isEmpty();
        Report nn = report("c", "nn", "Talet på døde etter brannen har auka til 11 menneske.");
        assertThat(conflicts(compare(da, nn, 0, 0))).as("an update below the other's bound").isNotEmpty();
    }

    @Test
    void peopleCountedInAnotherConnectionAreNoConflict() {
        Report da = report("a", "da", "Stormen ramte en region med 3 millioner mennesker.");
        Report nb = report("b", "nb", "I byen bor det 200 000 mennesker, opplyser kommunen.");
        assertThat(conflicts(compare(da, nb, 0, 0))).isEmpty();
        Report toll = report("c", "nb", "Stormen drepte 30 mennesker i regionen.");
        Report other = report("d", "da", "Stormen dræbte 40 mennesker i regionen.");
        assertThat(conflicts(compare(other, toll, 0, 0))).containsExactly(List.of("40", "30"));
    }

    @Test
    void anAgreementOfTwoReportsIsNeverInsideTheConflictWithTheThird() {
        Report da = report("a", "da", "I alt 14 personer kom til skade i ulykken.");
        Report nb = report("b", "nb", "Totalt 16 personer ble skadet i ulykken.");
        Report nn = report("c", "nn", "Fjorten personar vart skadde i ulukka.");
        List<Report> reports = List.of(da, nb, nn);
        List<Link> links = List.of(new Link(INDEPENDENT_LINK, new TreeMap<>(Map.of(0, List.of(0), 1, List.of(0)))),
                new Link(INDEPENDENT_LINK, new TreeMap<>(Map.of(0, List.of(0), 2, List.of(0)))),
                new Link(INDEPENDENT_LINK, new TreeMap<>(Map.of(1, List.of(0), 2, List.of(0)))));
        List<ComparedFact> comparison = new FactComparer(TestLexicon.get()).compare(reports, links, ClaimBuilder.partition(reports, links));
        assertThat(conflicts(comparison)).containsExactlyInAnyOrder(List.of("14", "16"), List.of("16", "Fjorten"));
        assertThat(comparison).filteredOn(f -> f.status() == Status.AGREE && f.kind().equals("number"))
                .singleElement().satisfies(f -> assertThat(f.mentions()).extracting(Fact::text).containsExactly("14", "Fjorten"));
    }
}
