package dev.parallax.newsroom.service.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.translation.ReadingViews.Paragraph;

class ReadingViewsTest {

    @Test
    void paragraphsFollowTheLineBreaksAndSkipBlankLines() {
        assertThat(ReadingViews.paragraphs("\n\n# Færge på grund\n\n*18. september* – Første afsnit.\r\nAndet afsnit.  \n \n\nTredje."))
                .containsExactly(new Paragraph("Færge på grund", true),
                        new Paragraph("*18. september* – Første afsnit.", false),
                        new Paragraph("Andet afsnit.", false),
                        new Paragraph("Tredje.", false));
    }

    @Test
    void onlyAMarkdownHeadingLineIsAHeading() {
        assertThat(ReadingViews.paragraphs("#MeToo er et hashtag\n## Mellemrubrik\n#\nNr. # 5"))
                .containsExactly(new Paragraph("#MeToo er et hashtag", false), new Paragraph("Mellemrubrik", true),
                        new Paragraph("#", false), new Paragraph("Nr. # 5", false));
    }

    @Test
    void onlyDanishBokmaalAndNynorskAreTargets() {
        assertThat(Languages.translationTarget(" NB ")).contains("nb");
        assertThat(Languages.translationTarget("nn")).contains("nn");
        assertThat(Languages.translationTarget("da")).contains("da");
        for (String other : new String[] {null, "", " ", "sv", "no", "nob", "original", "da,nb"}) {
            assertThat(Languages.translationTarget(other)).as(other).isEmpty();
        }
    }
}
