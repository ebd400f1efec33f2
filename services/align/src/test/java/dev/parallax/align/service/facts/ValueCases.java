package dev.parallax.align.service.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.parallax.align.TestLexicon;
import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.value.Amount;
import dev.parallax.text.SentenceSegmenter;

/**
 * The hand-made cases of {@code facts/value-cases.tsv} and {@code facts/compatibility-cases.tsv}: sentences in
 * Danish, Bokmål and Nynorsk with the value each states, and pairs of statements of one fact that agree or
 * conflict. They were written by someone who had not seen the extractor, before it was run on them. Every
 * second case (odd line) is held out: the tests assert them together, at a rate, never one by one, and they
 * were never used to change the code.
 */
final class ValueCases {

    /** One sentence and the value it states. */
    record ValueCase(int line, String norm, LocalDate published, String sentence, String mention, String valueClass,
                     String value) {

        boolean heldOut() {
            return line % 2 == 1;
        }

        @Override
        public String toString() {
            return line + " " + norm + " «" + mention + "» " + valueClass + " " + value;
        }
    }

    /** Two statements of one fact and how they relate ("agree" or "conflict"). */
    record PairCase(int line, ValueCase a, ValueCase b, String relation, String why) {

        boolean heldOut() {
            return line % 2 == 1;
        }

        @Override
        public String toString() {
            return line + " «" + a.mention() + "» / «" + b.mention() + "» " + relation + " (" + why + ")";
        }
    }

    private ValueCases() {
    }

    static List<ValueCase> values() {
        List<ValueCase> cases = new ArrayList<>();
        List<String[]> rows = rows("facts/value-cases.tsv");
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            cases.add(new ValueCase(i + 2, r[0], date(r[1]), r[2], r[3], r[4], r[5]));
        }
        return cases;
    }

    static List<PairCase> pairs() {
        List<PairCase> cases = new ArrayList<>();
        List<String[]> rows = rows("facts/compatibility-cases.tsv");
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            cases.add(new PairCase(i + 2, new ValueCase(i + 2, r[0], date(r[1]), r[2], r[3], "", ""),
                    new ValueCase(i + 2, r[4], date(r[5]), r[6], r[7], "", ""), r[8], r.length > 9 ? r[9] : ""));
        }
        return cases;
    }

    /** The value fact the extractor finds over the case's mention, of the expected class when one is given. */
    static Optional<Fact> found(ValueCase c) {
        Report report = new Report("r", c.sentence(), c.norm(), c.published(), SentenceSegmenter.nordic().split(c.sentence()));
        FactComparer.Extracted facts = new FactComparer(TestLexicon.get()).extract(List.of(report));
        int start = c.sentence().indexOf(c.mention());
        int end = start + c.mention().length();
        return facts.values().stream()
                .filter(f -> f.start() < end && start < f.end())
                .filter(f -> c.valueClass().isEmpty() || f.value().comparableClass().equals(contractClass(c.valueClass())))
                .findFirst();
    }

    /** Whether the fact found states the expected value (speeds within 0.1 %, as the cases give them rounded). */
    static boolean states(Fact f, ValueCase c) {
        if (f.value() instanceof Amount a && c.valueClass().equals("speed")) {
            BigDecimal expected = new BigDecimal(c.value());
            return a.value().subtract(expected).abs().compareTo(expected.abs().multiply(new BigDecimal("0.001"))) <= 0;
        }
        return f.value().normalised().equals(c.value());
    }

    /** The cases' class names as the values name their classes. */
    static String contractClass(String valueClass) {
        return switch (valueClass) {
            case "date", "clock", "score", "ordinal" -> valueClass;
            case "nationality" -> "name:nationality";
            default -> "amount:" + valueClass;
        };
    }

    private static LocalDate date(String s) {
        return s.equals("-") ? null : LocalDate.parse(s);
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = ValueCases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
