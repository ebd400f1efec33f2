package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.value.QuoteValue;
import dev.parallax.text.SentenceSegmenter;

class QuoteExtractorTest {

    private static List<QuoteValue> quotes(String text) {
        Report report = new Report("r", text, "da", null, SentenceSegmenter.nordic().split(text));
        List<Fact> people = new NameExtractor().extract(0, report, Map.of(), Set.of()).stream()
                .filter(f -> f.kind().equals("person")).toList();
        return new QuoteExtractor().extract(0, report, people).stream().map(f -> (QuoteValue) f.value()).toList();
    }

    @Test
    void findsGuillemetsInBothDirectionsWithTheSpeakerAfterTheVerb() {
        String text = "Han kaldte den »konstruktiv«. »Ministrene bekræftede genoprettelsen af kontakt«, sagde Konashenkov. "
                + "«Det er ingen militære løsninger på konflikten», sier Peskov.";
        assertThat(quotes(text)).extracting(QuoteValue::words, QuoteValue::speaker).containsExactly(
                tuple("Ministrene bekræftede genoprettelsen af kontakt", "Konashenkov"),
                tuple("Det er ingen militære løsninger på konflikten", "Peskov"));
    }

    @Test
    void aPersonNamedInTheAttributionIsTheSpeakerPastTheirRole() {
        String text = "«Vi har fått gjennomslag for det viktigste», sier forbundsleder Hilde Marit Sørbø i foreningen.";
        QuoteValue quote = quotes(text).get(0);
        assertThat(quote.speaker()).isEqualTo("Hilde Marit Sørbø");
        assertThat(text.substring(quote.speakerAt()[0], quote.speakerAt()[1])).isEqualTo("Hilde Marit Sørbø");
        assertThat(quote.speakerKey()).isEqualTo(NameKey.of("Sørbø"));
    }

    @Test
    void aCourtesyTitleBeforeTheNameIsNoSpeaker() {
        QuoteValue quote = quotes("»Vi lukker ikke skolen«, sagde Hr. Kjærsgaard til forsamlingen.").get(0);
        assertThat(quote.speaker()).isEqualTo("Kjærsgaard");
        assertThat(quote.speakerKey()).isEqualTo(NameKey.of("Kjærsgaard"));
    }

    @Test
    void aSpeakerNamedBeforeTheQuoteCounts() {
        QuoteValue quote = quotes("Fylkesordfører Siri Haugland Vik sier: «Dette var et nødvendig budsjett for hele fylket.»").get(0);
        assertThat(quote.speaker()).isEqualTo("Siri Haugland Vik");
        assertThat(quote.speakerKey()).isNotNull();
    }

    @Test
    void readsDialogueLinesAndNamesThePersonBeforeForTheReaderOnly() {
        String text = "I Moskva taler Maria Sakharova.\n- Vi har aldrig afvist dialog med USA, siger hun.";
        QuoteValue quote = quotes(text).get(0);
        assertThat(quote.words()).isEqualTo("Vi har aldrig afvist dialog med USA");
        assertThat(quote.speaker()).isEqualTo("Maria Sakharova");
        assertThat(quote.speakerKey()).as("a pronoun names nobody to compare").isNull();
    }

    @Test
    void twoSpellingsOfOneSpeakerAreOneSpeakerAndTwoPeopleAreNot() {
        QuoteValue a = new QuoteValue("Danmark er en trofast partner", NameKey.of("Melnytjenko"), "Melnytjenko", null);
        QuoteValue b = new QuoteValue("Danmark er en trofast partner", NameKey.of("Melnytsjenko"), "Melnytsjenko", null);
        QuoteValue c = new QuoteValue("Danmark er en trofast partner", NameKey.of("Skjelbred"), "Arve Skjelbred", null);
        assertThat(a.against(b)).isEqualTo(dev.parallax.align.service.facts.value.Compatibility.SAME);
        assertThat(a.against(c)).isEqualTo(dev.parallax.align.service.facts.value.Compatibility.INCOMPATIBLE);
    }
}
