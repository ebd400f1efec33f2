package dev.parallax.translate.service.apertium;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamFormatTest {

    @Test
    void escapesReservedCharactersAndWrapsMarkCharactersAsSuperblanks() {
        assertThat(StreamFormat.deformat("a/b [c] ^d$ <e> {f} \\g"))
                .isEqualTo("a\\/b \\[c\\] \\^d\\$ \\<e\\> \\{f\\} \\\\g[]");
        assertThat(StreamFormat.deformat("*18. sept.* #1 a@b ~x"))
                .isEqualTo("[*]18. sept.[*] [#]1 a[@]b [~]x[]");
    }

    @Test
    void replacesControlCharactersButKeepsTabs() {
        assertThat(StreamFormat.deformat("a\u0000b\tc\u0007")).isEqualTo("a b\tc []");
    }

    @Test
    void reformatUndoesDeformat() {
        String text = "Pris: 5$ [sic] a/b <x> {y} \\z *fed* #1 e@mail.dk ~tilde.";
        assertThat(StreamFormat.reformat(StreamFormat.deformat(text)).text()).isEqualTo(text);
    }

    @Test
    void removesApertiumMarksAndReportsUnknownWords() {
        StreamFormat.Reformatted result = StreamFormat.reformat("#AFP og *Shoigu siker @Mellom#øst [*]fed[*].[]");

        assertThat(result.text()).isEqualTo("AFP og Shoigu siker Mellomøst *fed*.");
        assertThat(result.unknownWords()).containsExactly("Shoigu");
    }

    @Test
    void acronymsTravelAsSuperblanksUnlessTheLineIsShouted() {
        assertThat(StreamFormat.deformat("ISIS og AFP, USA's EU-landene, TV2 og Ib.", true))
                .isEqualTo("[ISIS] og [AFP], USA's EU-landene, [TV2] og Ib.[]");
        assertThat(StreamFormat.deformat("ISIS og AFP", false)).isEqualTo("ISIS og AFP[]");
        assertThat(StreamFormat.deformat("KRIG I EUROPA: NATO SVARER", true)).isEqualTo("KRIG I EUROPA: NATO SVARER[]");
    }
}
