package dev.parallax.align.service.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parallax.text.Folding;

class SentenceLinkerTest {

    private final SentenceLinker linker = new SentenceLinker();

    @Test
    void linksTranslatedSentencesInAnyOrderAndLeavesUnmatchedOnesOut() {
        List<String> danish = List.of(
                "Den amerikanske forsvarsminister Ashton Carter talte fredag i telefon med sin russiske kollega.",
                "Forholdet mellem de to lande har længe været køligt på grund af Ukraine-krisen.",
                "Rusland har sendt teknikere og soldater til en luftbase ved kystbyen Latakia.",
                "Fodboldklubben vandt søndagens kamp efter forlænget spilletid.");
        List<String> bokmal = List.of(
                "Russland har sendt teknikere og soldater til en flybase ved kystbyen Latakia.",
                "Den amerikanske forsvarsministeren Ashton Carter snakket fredag i telefonen med sin russiske kollega.",
                "Forholdet mellom de to landene har lenge vært kjølig på grunn av Ukraina-krisen.",
                "Regjeringen legger fram statsbudsjettet i oktober.");
        List<Link> links = linker.link(List.of(danish, bokmal));

        assertThat(links).extracting(l -> l.members().get(0).get(0) + "-" + l.members().get(1).get(0))
                .containsExactlyInAnyOrder("0-1", "1-2", "2-0");
        assertThat(links).allSatisfy(l -> assertThat(l.score()).isBetween(0.2, 1.0));
    }

    @Test
    void linksOneLongSentenceToTheTwoShortOnesThatSayTheSame() {
        List<String> longForm = List.of(
                "Kongen åbnede udstillingen i København.",
                "Pentagon oplyser, at forsvarsministeren talte med sin russiske kollega, og at samtalen varede 50 minutter.",
                "Vejret var godt hele ugen.");
        List<String> shortForms = List.of(
                "Vejret var fint hele uken.",
                "Pentagon opplyser at forsvarsministeren snakket med sin russiske kollega.",
                "Samtalen varte i 50 minutter.",
                "Kongen åpnet utstillingen i København.");
        List<Link> links = linker.link(List.of(longForm, shortForms));

        Link call = links.stream().filter(l -> l.members().get(0).contains(1)).findFirst().orElseThrow();
        assertThat(call.members().get(1)).containsExactly(1, 2);
        assertThat(links).hasSize(3);
    }

    @Test
    void linksEveryPairOfDocumentsAndNothingUnrelated() {
        List<String> a = List.of("Stoltenberg opfordrer Rusland til at spille en konstruktiv rolle i Syrien.");
        List<String> b = List.of("Stoltenberg oppfordrer Russland til å spille en konstruktiv rolle i Syria.");
        List<String> c = List.of("Dronningen holdt nytårstale fra Amalienborg.");
        List<Link> links = linker.link(List.of(a, b, c));

        assertThat(links).hasSize(1);
        assertThat(links.get(0).members()).containsOnlyKeys(0, 1);
    }

    @Test
    void largeRequestsLinkOnEveryCoreWithExactlyTheSequentialResult() {
        List<String> pool = List.of(
                "Den amerikanske forsvarsminister talte fredag i telefon med sin russiske kollega.",
                "Forholdet mellem de to lande har længe været køligt på grund af Ukraine-krisen.",
                "Russland har sendt teknikere og soldater til en flybase ved kystbyen Latakia.",
                "Regjeringen legger fram statsbudsjettet i oktober.",
                "Fodboldklubben vandt søndagens kamp efter forlænget spilletid.",
                "Statsministeren seier at ho vil snakke med partia før jul.",
                "Pentagon oplyser, at samtalen varede 50 minutter.",
                "Vejret var fint hele ugen i Bergen og Aarhus.");
        List<List<String>> documents = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            List<String> doc = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                doc.add(pool.get((d * 3 + k) % pool.size()) + " (" + (k % 5) + ")");
            }
            documents.add(doc);
        }
        assertThat(SentenceLinker.worthParallel(documents)).isTrue();
        List<Link> parallel = linker.link(documents, true);
        assertThat(parallel).isNotEmpty();
        assertThat(parallel).isEqualTo(linker.link(documents, false));
    }

    @Test
    void danishSoftConsonantsMeetNorwegianHardOnes() {
        for (String[] pair : new String[][] {{"gaden", "gaten"}, {"ugen", "uken"}, {"bog", "bok"}, {"mad", "mat"}, {"leve", "leve"}}) {
            assertThat(SentenceLinker.normalise(Folding.fold(pair[0]))).isEqualTo(SentenceLinker.normalise(Folding.fold(pair[1])));
        }
        assertThat(SentenceLinker.normalise("ugen")).isNotEqualTo(SentenceLinker.normalise("ulven"));
    }

    @Test
    void functionWordsOfDanishBokmalAndNynorskTakeOneSpelling() {
        String nynorsk = SentenceLinker.normalise(Folding.fold("kva sa ho då eg ikkje var der berre ein dag"));
        String bokmal = SentenceLinker.normalise(Folding.fold("hva sa hun da jeg ikke var der bare en dag"));
        String danish = SentenceLinker.normalise(Folding.fold("hvad sagde hun da jeg ikke var der bare en dag"));
        assertThat(nynorsk).isEqualTo(bokmal).isEqualTo(danish);
        // only whole words: "eget" (own) and "ege" stay apart from "eg"; words of different meaning stay apart
        assertThat(SentenceLinker.functionWords("egen eg ikkjeno")).isEqualTo("egen jeg ikkjeno");
        assertThat(SentenceLinker.functionWords("kan kunne hans hennes")).isEqualTo("kan kunne hans hennes");
    }

    @Test
    void functionWordsLetANynorskParaphraseFindItsDanishPartnerOverASentenceOnTheSameTopic() {
        List<String> danish = List.of(
                "Jeg ved ikke, hvad der skete, men det var ikke min skyld, siger træneren.",
                "Holdet spiller igen på lørdag mod de regerende mestre.");
        List<String> nynorsk = List.of(
                "Laget speler igjen laurdag mot dei regjerande meistrane.",
                "Eg veit ikkje kva som skjedde, men det var ikkje mi skuld, seier treneren.");
        List<Link> links = linker.link(List.of(danish, nynorsk));
        assertThat(links).extracting(l -> l.members().get(0) + "-" + l.members().get(1))
                .containsExactlyInAnyOrder("[0]-[1]", "[1]-[0]");
    }

    @Test
    void mergedSentenceLinksBothHalvesEvenWhenTheOtherReportHasASentenceBetweenThem() {
        // the Bokmål report left out the middle sentence and ran the other two together
        List<String> danish = List.of(
                "Regeringen fremlægger finansloven i næste uge.",
                "Finansministeren vil bruge flere penge på sygehusene i Jylland og på Fyn.",
                "Oppositionen kalder planen for uansvarlig.",
                "Skattelettelserne til de rige bliver udskudt til næste år.",
                "Fodboldlandsholdet tabte søndag til Sverige.");
        List<String> bokmal = List.of(
                "Regjeringen legger fram statsbudsjettet neste uke.",
                "Finansministeren vil bruke mer penger på sykehusene i Jylland og på Fyn; skattelettelsene til de rike blir utsatt til neste år.",
                "Fotballandslaget tapte søndag mot Sverige.");
        List<Link> links = linker.link(List.of(danish, bokmal));

        Link merged = links.stream().filter(l -> l.members().get(1).contains(1)).findFirst().orElseThrow();
        assertThat(merged.members().get(0)).containsExactly(1, 3);
        assertThat(links).noneMatch(l -> l.members().get(0).contains(2));
    }

    @Test
    void shortHalfOfAMergedSentenceJoinsThroughWhatTheLongHalfLeavesUnexplained() {
        // "Han nægter." barely moves the cosine of the long merged sentence, but it is all that is left of it
        List<String> danish = List.of(
                "Politiet i Aarhus anholdt tirsdag aften en 45-årig mand, der mistænkes for at have stjålet tre malerier fra kunstmuseet ARoS.",
                "Han nægter sig skyldig.",
                "Museet åbner igen på fredag.");
        List<String> nynorsk = List.of(
                "Politiet i Aarhus arresterte tysdag kveld ein 45 år gammal mann som er mistenkt for å ha stole tre måleri frå kunstmuseet ARoS; han nektar straffskuld.",
                "Museet opnar igjen på fredag.");
        List<Link> links = linker.link(List.of(danish, nynorsk));

        Link merged = links.stream().filter(l -> l.members().get(1).contains(0)).findFirst().orElseThrow();
        assertThat(merged.members().get(0)).containsExactly(0, 1);
    }

    @Test
    void aRepeatedShortSentenceIsLinkedByItsNeighboursNotByChance() {
        List<String> danish = List.of(
                "Oversvømmelserne ramte først de lavtliggende kvarterer ved havnen i Esbjerg.",
                "Det er virkelig slemt.",
                "Redningsfolk evakuerede over tre hundrede beboere med både natten igennem.",
                "Borgmesteren besøgte i dag et midlertidigt herberg i idrætshallen.",
                "Det er virkelig slemt.",
                "Kommunen lover hjælp til de familier, der har mistet alt.");
        List<String> bokmal = List.of(
                "Flommen rammet først de lavtliggende strøkene ved havnen i Esbjerg.",
                "Det er virkelig ille.",
                "Redningsfolk evakuerte over tre hundre beboere med båter hele natten.",
                "Ordføreren besøkte i dag et midlertidig herberge i idrettshallen.",
                "Det er virkelig ille.",
                "Kommunen lover hjelp til familiene som har mistet alt.");
        List<Link> links = linker.link(List.of(danish, bokmal));

        assertThat(links).extracting(l -> l.members().get(0) + "-" + l.members().get(1))
                .contains("[1]-[1]", "[4]-[4]")
                .doesNotContain("[1]-[4]", "[4]-[1]");
    }

    @Test
    void growthNeverTakesANeighbourThatMakesThePassageFarTooLong() {
        List<String> danish = List.of(
                "Statsministeren mødte fredag den svenske statsminister i Malmø.",
                "De to talte om grænsekontrollen ved Øresundsbroen, om pendlerne mellem Skåne og Sjælland, om den "
                        + "fælles energiforsyning og om samarbejdet om forsvaret af Østersøen, som begge lande vil styrke.",
                "Mødet varede to timer.");
        List<String> bokmal = List.of(
                "Statsministeren møtte fredag den svenske statsministeren i Malmö.",
                "Møtet varte to timer.");
        List<Link> links = linker.link(List.of(danish, bokmal));

        assertThat(links).extracting(l -> l.members().get(0) + "-" + l.members().get(1))
                .containsExactlyInAnyOrder("[0]-[0]", "[2]-[1]");
    }

    @Test
    void aLeadSentenceSummingUpTwoFactsLinksAlsoToTheSecondFactStatedFarAway() {
        List<String> lead = List.of(
                "En lastbil og en bus stødte sammen på motorvejen ved Vejle i nat, og 23 passagerer blev kørt på sygehuset.",
                "Motorvejen var spærret i begge retninger til klokken seks.",
                "Chaufføren af lastbilen er sigtet for uagtsom kørsel.",
                "Borgmesteren roste redningsfolkenes indsats.");
        List<String> spread = List.of(
                "En buss og en lastebil kolliderte på motorveien ved Vejle i natt.",
                "Politiet holdt veien stengt for all trafikk fram til morgenen.",
                "Lastebilsjåføren er siktet, opplyser politiet.",
                "Ordføreren takket mannskapene for innsatsen.",
                "Hele 23 passasjerer fra bussen ble kjørt til sykehuset.");
        List<Link> links = linker.link(List.of(lead, spread));

        // the lead's first half is the collision, its second the passengers taken to hospital, four sentences on
        assertThat(links).filteredOn(l -> l.members().get(0).contains(0))
                .extracting(l -> l.members().get(1)).containsExactlyInAnyOrder(List.of(0), List.of(4));
        assertThat(links).filteredOn(l -> l.members().get(1).contains(4)).hasSize(1);
    }

    @Test
    void aSentenceLeftOverInATranslationGetsNoLinkToAPartnerThatIsFullyExplained() {
        // reports that match almost word for word: the typical link is strong, and a sentence whose partner was
        // left out only shares the topic with its best match
        List<String> danish = List.of(
                "Regeringen fremlagde i dag finansloven for næste år i Folketinget.",
                "Finansministeren vil bruge tre milliarder kroner mere på sygehusene.",
                "Oppositionen kalder finansloven for uambitiøs.");
        List<String> bokmal = List.of(
                "Regjeringen la i dag fram finansloven for neste år i Folketinget.",
                "Opposisjonen kaller finansloven uambisiøs.");
        List<Link> links = linker.link(List.of(danish, bokmal));

        assertThat(links).extracting(l -> l.members().get(0).get(0) + "-" + l.members().get(1).get(0))
                .containsExactlyInAnyOrder("0-0", "2-1");
    }

    @Test
    void numbersMatchWhetherWrittenAsWordsOrDigitsWithOrWithoutThousandsSeparator() {
        assertThat(linker.features("Fjorten personer ble skadet")).isEqualTo(linker.features("14 personer ble skadet"));
        assertThat(linker.features("Om bord var 2.300 gæster")).isEqualTo(linker.features("Om bord var 2300 gæster"));
        assertThat(linker.features("De gav halvanden milliard")).isEqualTo(linker.features("De gav 1,5 milliard"));
        // a decimal comma and a list of numbers are no thousands separator
        assertThat(linker.features("3,500 liter")).isNotEqualTo(linker.features("3500 liter"));
        assertThat(linker.features("I 2019 1.200 tilskuere")).isNotEqualTo(linker.features("I 20191200 tilskuere"));
    }

    @Test
    void theMutualBestBarIsLowerOnlyForReportsThatShareLittleWordingThroughout() {
        // rows: sentences of report A, columns: report B; each row's best is on the diagonal and mutual
        double[][] independent = {
                {0.32, 0.05, 0.02, 0.04},
                {0.03, 0.21, 0.06, 0.01},
                {0.05, 0.02, 0.35, 0.07},
                {0.01, 0.04, 0.03, 0.29}};
        double[][] translated = {
                {0.78, 0.05, 0.02, 0.04},
                {0.03, 0.21, 0.06, 0.01},
                {0.05, 0.02, 0.71, 0.07},
                {0.01, 0.04, 0.03, 0.66}};
        int[] diagonal = {0, 1, 2, 3};

        // independent reports (median mutual best 0.32): 0.6 x 0.32 = 0.192, so their 0.21 paraphrase may anchor
        assertThat(linker.mutualBar(independent, diagonal, diagonal)).isCloseTo(0.192, org.assertj.core.data.Offset.offset(1e-9));
        // a translation (median 0.71): a 0.21 pair there is likely an orphan on the same topic; the fixed bar stays
        assertThat(linker.mutualBar(translated, diagonal, diagonal)).isEqualTo(0.25);
        // pairs that are not each other's best do not count towards the median
        assertThat(linker.mutualBar(independent, new int[] {0, 1, 2, 3}, new int[] {0, 0, 2, 3})).isCloseTo(0.6 * 0.32,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
