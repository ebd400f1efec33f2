package dev.parallax.apertium;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamUnitsTest {

    @Test
    void splitsAnAnswerIntoItsUnitsKeepingEscapedCharacters() {
        assertThat(StreamUnits.units("^ikkje/ikkje<adv>$\n^hus/*hus$\n")).containsExactly("ikkje/ikkje<adv>", "hus/*hus");
        assertThat(StreamUnits.units("^a\\$b/*a\\$b$")).containsExactly("a\\$b/*a\\$b");
    }

    @Test
    void readsTheSurfaceReadingsLemmasAndTags() {
        String[] parts = StreamUnits.parts("passasjerar/passasjer<n><m><pl><ind>/passasjer<n><m><pl><ind><compound-R>");
        assertThat(parts).hasSize(3);
        assertThat(StreamUnits.lemma(parts[1])).isEqualTo("passasjer");
        assertThat(StreamUnits.tags(parts[1])).isEqualTo("<n><m><pl><ind>");
        assertThat(StreamUnits.parts("a\\/b/a\\/b<n>")).containsExactly("a\\/b", "a\\/b<n>");
    }

    @Test
    void escapesWhatTheStreamReserves() {
        assertThat(StreamUnits.escape("a^b$c/d<e>@f*")).isEqualTo("a\\^b\\$c\\/d\\<e\\>\\@f\\*");
        assertThat(StreamUnits.escape("ab\0c\nd")).isEqualTo("ab c d");
    }
}
