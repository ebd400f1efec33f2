package dev.parallax.newsroom.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void untrustedTextIsLiteralMarkdownOnOneLine() {
        assertThat(ReportFormats.md("a <img src=x onerror=y> & [link](http://x) *em* `code`\n# heading"))
                .isEqualTo("a &lt;img src=x onerror=y&gt; &amp; \\[link\\]\\(http://x\\) \\*em\\* \\`code\\` # heading");
        // what would open a list, a heading or a numbered item at the start of a list item's text
        assertThat(ReportFormats.md("- item")).isEqualTo("\\- item");
        assertThat(ReportFormats.md("# title")).isEqualTo("\\# title");
        assertThat(ReportFormats.md("1. first")).isEqualTo("1\\. first");
        assertThat(ReportFormats.md("12 dræbt")).isEqualTo("12 dræbt");
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(ReportFormats.csvCell("plain")).isEqualTo("plain");
        assertThat(ReportFormats.csvCell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(ReportFormats.csvCell("=1+2")).isEqualTo("\"'=1+2\"");
        assertThat(ReportFormats.csvCell("-12")).isEqualTo("\"'-12\"");
        assertThat(ReportFormats.csvCell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(ReportFormats.csvCell(null)).isEmpty();
    }
}
