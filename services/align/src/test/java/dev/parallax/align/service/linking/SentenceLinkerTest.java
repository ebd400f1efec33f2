package dev.parallax.align.service.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

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
}
