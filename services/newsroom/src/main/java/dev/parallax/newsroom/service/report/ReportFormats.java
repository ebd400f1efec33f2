package dev.parallax.newsroom.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The editors' report as text for other tools: Markdown to paste into a brief, CSV for a spreadsheet. Every
 * text from an article is untrusted: in Markdown it is escaped so that it renders as the words it is (no
 * links, no HTML, no emphasis); in CSV a cell that a spreadsheet would run as a formula is prefixed with an
 * apostrophe (OWASP's advice on CSV injection).
 */
public final class ReportFormats {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()!|~])");
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d*)([#+\\-=.])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u2028\\u2029]+\\s*");

    /** The CSV header: one row per fact mention, as the contract lists the columns. */
    public static final List<String> CSV_COLUMNS = List.of("claim", "claim_status", "fact_kind", "fact_status", "label",
            "source", "language", "text", "value");

    private ReportFormats() {
    }

    public static String markdown(EventReport report) {
        ClaimMatrix matrix = report.matrix();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(md(report.title())).append("\n\n");
        md.append("Comparison version ").append(report.version().version()).append(", computed ")
                .append(report.version().computed()).append(". ")
                .append(matrix.columns().size()).append(" sources, ").append(matrix.voiceCount())
                .append(" independent voices: ");
        List<String> sources = new ArrayList<>();
        for (ClaimMatrix.Source s : matrix.columns()) {
            sources.add(md(s.outlet()) + " (" + md(nullToDash(s.language())) + ", " + s.published() + ")");
        }
        md.append(String.join("; ", sources)).append(".\n\n");

        List<ClaimMatrix.Row> conflicts = matrix.rowsWith("conflict");
        md.append("## Conflicts (").append(conflicts.size()).append(")\n\n");
        if (conflicts.isEmpty()) {
            md.append("None found.\n\n");
        }
        for (ClaimMatrix.Row row : conflicts) {
            for (String heading : row.conflictHeadings()) {
                md.append("- **").append(md(heading)).append("**\n");
            }
            for (ClaimMatrix.Cell cell : row.saying()) {
                md.append("  - ").append(md(cell.source().outlet())).append(": ").append(md(cell.text())).append('\n');
            }
        }
        md.append('\n');

        List<ClaimMatrix.Row> agreed = matrix.rowsWith("agree");
        md.append("## Several sources agree (").append(agreed.size()).append(")\n\n");
        for (ClaimMatrix.Row row : agreed) {
            md.append("- ").append(md(nullToDash(row.label()))).append(" (").append(row.voices())
                    .append(row.voices() == 1 ? " voice: " : " voices: ")
                    .append(String.join(", ", row.saying().stream().map(c -> md(c.source().outlet())).toList()))
                    .append(")\n");
        }
        md.append('\n');

        List<ClaimMatrix.Row> unique = matrix.rowsWith("unique");
        md.append("## Said by one source (").append(unique.size()).append(")\n");
        Map<Integer, List<ClaimMatrix.Row>> bySource = new TreeMap<>();
        for (ClaimMatrix.Row row : unique) {
            ClaimMatrix.Source sole = row.soleSource();
            bySource.computeIfAbsent(sole == null ? -1 : sole.column(), k -> new ArrayList<>()).add(row);
        }
        bySource.forEach((column, rows) -> {
            md.append("\n### ").append(column < 0 ? "–" : md(matrix.columns().get(column).outlet())).append("\n\n");
            for (ClaimMatrix.Row row : rows) {
                String text = row.saying().isEmpty() ? nullToDash(row.label()) : row.saying().get(0).text();
                md.append("- ").append(md(text)).append('\n');
            }
        });
        return md.toString();
    }

    public static String csv(EventReport report) {
        StringBuilder csv = new StringBuilder();
        csvLine(csv, CSV_COLUMNS);
        ClaimMatrix matrix = report.matrix();
        java.util.Set<Integer> listed = new java.util.HashSet<>();
        for (ClaimMatrix.Row row : matrix.rows()) {
            for (ClaimMatrix.StatedFact fact : row.facts()) {
                listed.add(fact.index());
                for (ClaimMatrix.Mention m : fact.mentions()) {
                    if (inClaim(row, m)) {
                        csvLine(csv, List.of(row.id(), row.status(), fact.kind(), fact.status(), nullToEmpty(fact.label()),
                                m.source().outlet(), nullToEmpty(m.source().language()), nullToEmpty(m.text()),
                                nullToEmpty(m.value())));
                    }
                }
            }
        }
        // facts no claim lists (a comparison stored before claims existed) keep their rows, without a claim
        for (ClaimMatrix.StatedFact fact : matrix.facts()) {
            if (!listed.contains(fact.index())) {
                for (ClaimMatrix.Mention m : fact.mentions()) {
                    csvLine(csv, List.of("", "", fact.kind(), fact.status(), nullToEmpty(fact.label()), m.source().outlet(),
                            nullToEmpty(m.source().language()), nullToEmpty(m.text()), nullToEmpty(m.value())));
                }
            }
        }
        return csv.toString();
    }

    /** Whether the mention stands in one of the claim's sentences (a fact spanning claims is listed in each). */
    private static boolean inClaim(ClaimMatrix.Row row, ClaimMatrix.Mention mention) {
        return row.cells().get(mention.source().column()).sentences().stream()
                .anyMatch(s -> mention.start() >= s.start() && mention.start() < s.end());
    }

    private static void csvLine(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(csvCell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String csvCell(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                || cell.startsWith("'")) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /**
     * Untrusted text as literal Markdown inside a line: one line, HTML entities for markup, the punctuation of
     * inline syntax escaped (the text never starts a line, so block markers need no escape).
     */
    static String md(String text) {
        String line = LINE_BREAKS.matcher(text == null ? "" : text).replaceAll(" ").strip();
        line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        line = MARKDOWN_SPECIAL.matcher(line).replaceAll("\\\\$1");
        // what a list item's or heading's text starts with could open a block of its own
        return BLOCK_START.matcher(line).replaceFirst("$1\\\\$2");
    }

    private static String nullToDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
