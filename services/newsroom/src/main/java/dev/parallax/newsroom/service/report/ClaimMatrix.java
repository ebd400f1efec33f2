package dev.parallax.newsroom.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.parallax.newsroom.client.AlignResult;

/**
 * The editors' report of one comparison: one row per claim, one column per source. Rows with a conflict come
 * first, then claims several sources agree on (most independent voices first), then what one source alone
 * says, grouped by source in column order.
 */
public record ClaimMatrix(List<Source> columns, List<Row> rows, List<StatedFact> facts) {

    /** A compared article: outlet, language, date, and its voice (near copies share one). */
    public record Source(int column, UUID article, String outlet, String title, String language, LocalDate published,
            int voice, boolean sharesVoice) {
    }

    /** A value as one source states it. */
    public record Mention(Source source, int start, int end, String text, String value, String speaker, String role) {
    }

    /** A fact of the comparison: what it is about, its status, and each source's mention of it. */
    public record StatedFact(int index, String kind, String status, String label, List<Mention> mentions) {

        public boolean conflict() {
            return "conflict".equals(status);
        }

        /**
         * What differs with the values side by side: align's label names both ("killed (people): 12 vs 14"); a
         * label without them gets each source's wording, in column order.
         */
        public String heading() {
            String what = label == null || label.isBlank() ? kind : label;
            if (what.contains(" vs ")) {
                return what;
            }
            List<String> values = mentions.stream()
                    .sorted(Comparator.comparingInt((Mention m) -> m.source().column()))
                    .map(Mention::text).filter(t -> t != null && !t.isBlank()).distinct().toList();
            return values.size() < 2 ? what : what + ": " + String.join(" vs ", values);
        }
    }

    /** A run of a sentence's text; {@code fact} names the status of the fact value it shows, else null. */
    public record Segment(String text, String fact) {
    }

    public record Sentence(int index, int start, int end, String text, List<Segment> segments) {
    }

    /** What one source says of a claim: its sentences (none when it does not say it). */
    public record Cell(Source source, List<Sentence> sentences) {

        public boolean empty() {
            return sentences.isEmpty();
        }

        public String text() {
            return String.join(" ", sentences.stream().map(Sentence::text).toList());
        }
    }

    /**
     * @param voices independent voices among the sources saying it (near copies of one wire text count once)
     * @param cells  one per column, in column order
     */
    public record Row(String id, String status, String label, List<StatedFact> facts, int voices, List<Cell> cells) {

        public List<StatedFact> conflicts() {
            return facts.stream().filter(StatedFact::conflict).toList();
        }

        /** What differs, each once (two facts of one claim can differ alike, e.g. a wire copy's and its source's). */
        public List<String> conflictHeadings() {
            return conflicts().stream().map(StatedFact::heading).distinct().toList();
        }

        public List<Cell> saying() {
            return cells.stream().filter(c -> !c.empty()).toList();
        }

        public int sourceCount() {
            return saying().size();
        }

        /** For a claim one source alone says: that source. */
        public Source soleSource() {
            List<Cell> saying = saying();
            return saying.size() == 1 ? saying.get(0).source() : null;
        }
    }

    /** Rows under one heading of the matrix: the conflicts, the agreements, what one source alone says. */
    public record Group(String status, String heading, Source source, List<Row> rows) {
    }

    /** The rows in their groups, in order; unique claims grouped by their source in column order. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        List<Row> conflicts = rowsWith("conflict");
        if (!conflicts.isEmpty()) {
            groups.add(new Group("conflict", "Sources contradict each other", null, conflicts));
        }
        List<Row> agreed = rowsWith("agree");
        if (!agreed.isEmpty()) {
            groups.add(new Group("agree", "Several sources say it", null, agreed));
        }
        Map<Source, List<Row>> bySource = new LinkedHashMap<>();
        for (Row row : rowsWith("unique")) {
            Source sole = row.soleSource();
            if (sole != null) {
                bySource.computeIfAbsent(sole, s -> new ArrayList<>()).add(row);
            }
        }
        bySource.forEach((source, rows) -> groups.add(new Group("unique", "Only " + source.outlet() + " says it", source,
                rows)));
        return groups;
    }

    public List<Row> rowsWith(String status) {
        return rows.stream().filter(r -> status.equals(r.status())).toList();
    }

    /** The other outlets printing the same copy as this source. */
    public List<String> sameVoiceAs(Source source) {
        return columns.stream().filter(c -> c != source && c.voice() == source.voice()).map(Source::outlet).toList();
    }

    public List<String> languages() {
        return columns.stream().map(Source::language).filter(l -> l != null).distinct().sorted().toList();
    }

    public int voiceCount() {
        return (int) columns.stream().map(Source::voice).distinct().count();
    }

    /** A compared article with its text, in column order. */
    public record Compared(UUID article, String outlet, String title, String language, LocalDate published,
            String text) {
    }

    /** The matrix of an align answer over the given articles (the documents of the comparison). */
    public static ClaimMatrix of(List<Compared> articles, AlignResult result) {
        int[] voice = Voices.of(articles.stream().map(Compared::text).toList());
        int[] copies = new int[articles.size()];
        for (int v : voice) {
            copies[v]++;
        }
        List<Source> columns = new ArrayList<>();
        Map<String, Source> sourceOfDoc = new HashMap<>();
        Map<String, String> textOfDoc = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Compared a = articles.get(i);
            Source source = new Source(i, a.article(), a.outlet(), a.title(), a.language(), a.published(), voice[i],
                    copies[voice[i]] > 1);
            columns.add(source);
            sourceOfDoc.put(a.article().toString(), source);
            textOfDoc.put(a.article().toString(), a.text());
        }
        Map<String, AlignResult.AlignedDocument> documents = new HashMap<>();
        result.documents().forEach(d -> documents.put(d.id(), d));

        List<StatedFact> facts = new ArrayList<>();
        for (int i = 0; i < result.comparison().size(); i++) {
            AlignResult.Fact f = result.comparison().get(i);
            List<Mention> mentions = new ArrayList<>();
            for (AlignResult.Mention m : f.mentions()) {
                Source source = sourceOfDoc.get(m.doc());
                if (source != null) {
                    mentions.add(new Mention(source, m.start(), m.end(), m.text(), m.value(), m.speaker(), m.role()));
                }
            }
            facts.add(new StatedFact(i, f.kind(), f.status(), f.label(), mentions));
        }

        List<Row> rows = new ArrayList<>();
        for (AlignResult.Claim claim : result.claims()) {
            List<StatedFact> stated = claim.facts().stream()
                    .filter(i -> i >= 0 && i < facts.size()).map(facts::get).toList();
            Map<String, List<Integer>> sentencesOf = new LinkedHashMap<>();
            for (AlignResult.Member member : claim.members()) {
                sentencesOf.computeIfAbsent(member.doc(), d -> new ArrayList<>()).addAll(member.sentences());
            }
            List<Cell> cells = new ArrayList<>();
            Set<Integer> voices = new HashSet<>();
            for (Source column : columns) {
                String doc = column.article().toString();
                List<Integer> indices = sentencesOf.getOrDefault(doc, List.of());
                List<Sentence> sentences = new ArrayList<>();
                for (int index : indices) {
                    Sentence sentence = sentence(textOfDoc.get(doc), documents.get(doc), index, column, stated);
                    if (sentence != null) {
                        sentences.add(sentence);
                    }
                }
                if (!sentences.isEmpty()) {
                    voices.add(column.voice());
                }
                cells.add(new Cell(column, sentences));
            }
            rows.add(new Row(claim.id(), claim.status(), claim.label(), stated, voices.size(), cells));
        }
        rows.sort(Comparator.comparingInt((Row r) -> statusOrder(r.status()))
                .thenComparing(Comparator.comparingInt((Row r) -> "agree".equals(r.status()) ? -r.voices() : 0))
                .thenComparingInt(r -> "unique".equals(r.status()) && r.soleSource() != null
                        ? r.soleSource().column() : 0));
        return new ClaimMatrix(List.copyOf(columns), List.copyOf(rows), List.copyOf(facts));
    }

    static int statusOrder(String status) {
        return switch (status == null ? "" : status) {
            case "conflict" -> 0;
            case "agree" -> 1;
            case "unique" -> 2;
            default -> 3;
        };
    }

    /**
     * The sentence cut from the article by align's offsets, split into runs where the claim's fact values
     * stand; null when the offsets do not fit the text (an answer for another text).
     */
    private static Sentence sentence(String text, AlignResult.AlignedDocument document, int index, Source column,
                                     List<StatedFact> facts) {
        if (text == null || document == null || index < 0 || index >= document.sentences().size()) {
            return null;
        }
        AlignResult.Sentence s = document.sentences().get(index);
        if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
            return null;
        }
        record Mark(int start, int end, String status) {
        }
        List<Mark> marks = new ArrayList<>();
        for (StatedFact fact : facts) {
            for (Mention m : fact.mentions()) {
                if (m.source() == column && m.start() >= s.start() && m.end() <= s.end() && m.start() < m.end()) {
                    marks.add(new Mark(m.start(), m.end(), fact.status()));
                }
            }
        }
        // a conflict's mark wins over an agreement's on the same words
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> statusOrder(m.status()))
                .thenComparingInt(m -> -m.end()));
        List<Segment> segments = new ArrayList<>();
        int at = s.start();
        for (Mark mark : marks) {
            if (mark.start() < at) {
                continue;
            }
            if (mark.start() > at) {
                segments.add(new Segment(text.substring(at, mark.start()), null));
            }
            segments.add(new Segment(text.substring(mark.start(), mark.end()), mark.status()));
            at = mark.end();
        }
        if (at < s.end()) {
            segments.add(new Segment(text.substring(at, s.end()), null));
        }
        return new Sentence(index, s.start(), s.end(), text.substring(s.start(), s.end()), segments);
    }
}
