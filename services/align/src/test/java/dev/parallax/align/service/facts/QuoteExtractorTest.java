package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.Report;
import dev.parallax.text.SentenceSegmenter;

class QuoteExtractorTest {

    private List<Fact> quotes(String text, List<Fact> people) {
        Report report = new Report("r", text, "da", null, SentenceSegmenter.nordic().split(text));
        return new QuoteExtractor().extract(0, report, people);
    }

    @Test
    void findsGuillemetsInBothDirectionsWithTheSpeakerAfterTheVerb() {
        String text = "Han kaldte den »konstruktiv«. »Ministrene bekræftede genoprettelsen af kontakt«, sagde Konashenkov. "
                + "«Det er ingen militære løsninger på konflikten», sier Peskov.";
        assertThat(quotes(text, List.of())).extracting(Fact::value, Fact::speaker).containsExactly(
                tuple("Ministrene bekræftede genoprettelsen af kontakt", "Konashenkov"),
                tuple("Det er ingen militære løsninger på konflikten", "Peskov"));
    }

    @Test
    void readsDialogueLinesAndFallsBackToThePersonNamedBefore() {
        String text = "I Moskva taler Maria Sakharova.\n- Vi har aldrig afvist dialog med USA, siger hun.";
        Fact sakharova = new Fact("person", 0, 0, 15, 30, "Maria Sakharova", "Maria Sakharova", "sakharova", null);
        List<Fact> found = quotes(text, List.of(sakharova));
        assertThat(found).extracting(Fact::value, Fact::speaker)
                .containsExactly(tuple("Vi har aldrig afvist dialog med USA", "Maria Sakharova"));
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("Vi har aldrig afvist dialog med USA");
    }
}
