package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = SentenceSegmenter.nordic();

    private List<String> sentences(String text) {
        return segmenter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void keepsOrdinalDatesAndAbbreviatedMonthsInsideTheSentence() {
        String text = "Telefonsamtalen den 15. sept. mellem Kerry og Lavrov bar frugt. Det skete 18. september 2015.";
        assertThat(sentences(text)).containsExactly(
                "Telefonsamtalen den 15. sept. mellem Kerry og Lavrov bar frugt.",
                "Det skete 18. september 2015.");
    }

    @Test
    void doesNotBreakAfterAbbreviationsFollowedByCapitals() {
        String text = "Det oplyser bl.a. Pentagon, iflg. Reuters. Han sagde nej.";
        assertThat(sentences(text)).containsExactly("Det oplyser bl.a. Pentagon, iflg. Reuters.", "Han sagde nej.");
    }

    @Test
    void breaksAtLineEndsSoHeadlinesAndCaptionsStandAlone() {
        String text = "Bevare Syrias enhet\n\nUSA og Russland er enige. Foto: AP\nKampen mot IS";
        assertThat(sentences(text)).containsExactly("Bevare Syrias enhet", "USA og Russland er enige.", "Foto: AP", "Kampen mot IS");
    }

    @Test
    void offsetsPointIntoTheOriginalTextInUtf16Units() {
        String text = "  Første sætning.   Anden 😀 sætning!  ";
        List<Span> spans = segmenter.split(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).of(text)).isEqualTo("Første sætning.");
        assertThat(spans.get(1).of(text)).isEqualTo("Anden 😀 sætning!");
        assertThat(spans.get(1).end()).isEqualTo(text.length() - 2);
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(segmenter.split("   \n\n ")).isEmpty();
        assertThat(segmenter.split("")).isEmpty();
    }
}
