package dev.parallax.newsroom.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.parallax.newsroom.client.AlignResult;

class VoicesTest {

    // one wire text as two outlets print it (one cut, one with a line of its own), and an independent report
    private static final String WIRE = "Mindst 14 mennesker omkom, da en bus kørte i en kløft i det nordlige Peru natten "
            + "til søndag. Det oplyser politiet i regionen Cajamarca. Bussen var på vej fra Lima med 40 passagerer. "
            + "Årsagen til ulykken kendes endnu ikke, men vejen var glat efter kraftig regn.";
    private static final String WIRE_EDITED = "Mindst 14 mennesker omkom, da en bus kørte i en kløft i det nordlige Peru "
            + "natten til søndag. Det oplyser politiet i regionen Cajamarca. Bussen var på vej fra Lima med 40 "
            + "passagerer. Læs mere om ulykker i Sydamerika på vores side.";
    private static final String OWN = "Politiet i Cajamarca melder om 14 døde efter en busulykke søndag. Bussen, der kom "
            + "fra Lima, styrtede i en kløft. Vejene i området har været glatte efter flere dages regn.";

    @Test
    void editedCopiesOfOneWireTextAreOneVoiceAndAnOwnReportAnother() {
        int[] voices = Voices.of(List.of(WIRE, OWN, WIRE_EDITED));
        assertThat(voices[0]).isEqualTo(voices[2]);
        assertThat(voices[1]).isNotEqualTo(voices[0]);
        assertThat(voices).containsExactly(0, 1, 0);
    }

    @Test
    void anAgreementCountsVoicesNotOutlets() {
        List<ClaimMatrix.Compared> articles = List.of(
                new ClaimMatrix.Compared(UUID.randomUUID(), "Ritzau via DR", null, "da", LocalDate.of(2024, 3, 3), WIRE),
                new ClaimMatrix.Compared(UUID.randomUUID(), "Ritzau via TV2", null, "da", LocalDate.of(2024, 3, 3),
                        WIRE_EDITED),
                new ClaimMatrix.Compared(UUID.randomUUID(), "Politiken", null, "da", LocalDate.of(2024, 3, 3), OWN));
        List<AlignResult.AlignedDocument> documents = articles.stream()
                .map(a -> new AlignResult.AlignedDocument(a.article().toString(), "da",
                        List.of(new AlignResult.Sentence(0, a.text().indexOf('.') + 1))))
                .toList();
        AlignResult.Claim copies = new AlignResult.Claim("c1", "agree", "bus in gorge", List.of(
                new AlignResult.Member(articles.get(0).article().toString(), List.of(0)),
                new AlignResult.Member(articles.get(1).article().toString(), List.of(0))), List.of());
        AlignResult.Claim all = new AlignResult.Claim("c2", "agree", "bus in gorge", List.of(
                new AlignResult.Member(articles.get(0).article().toString(), List.of(0)),
                new AlignResult.Member(articles.get(1).article().toString(), List.of(0)),
                new AlignResult.Member(articles.get(2).article().toString(), List.of(0))), List.of());
        ClaimMatrix matrix = ClaimMatrix.of(articles, new AlignResult(documents, List.of(), List.of(), List.of(copies, all)));

        assertThat(matrix.voiceCount()).isEqualTo(2);
        assertThat(matrix.columns().get(0).sharesVoice()).isTrue();
        assertThat(matrix.columns().get(2).sharesVoice()).isFalse();
        assertThat(matrix.sameVoiceAs(matrix.columns().get(0))).containsExactly("Ritzau via TV2");
        // more independent voices first, whatever align's order
        assertThat(matrix.rows()).extracting(ClaimMatrix.Row::id).containsExactly("c2", "c1");
        assertThat(matrix.rows()).extracting(ClaimMatrix.Row::voices).containsExactly(2, 1);
    }
}
