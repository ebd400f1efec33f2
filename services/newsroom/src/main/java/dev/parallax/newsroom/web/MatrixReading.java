package dev.parallax.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.report.ClaimMatrix;
import dev.parallax.newsroom.service.report.EventReport;
import dev.parallax.newsroom.service.translation.SentenceTranslationService;
import dev.parallax.newsroom.service.translation.SentenceTranslationService.Result;
import dev.parallax.newsroom.service.translation.SentenceTranslationService.Sentences;
import dev.parallax.newsroom.service.translation.SentenceTranslationService.State;

/**
 * The claim matrix's cells in the norm a reader chose: each cell in another norm translated (stored per
 * sentence), the original one click away; with no norm chosen, every cell as posted.
 */
public record MatrixReading(String target, Map<UUID, Result> results, Map<UUID, Map<Integer, Integer>> positions) {

    /** How one cell reads. */
    public record CellReading(boolean translated, boolean inProgress, boolean unavailable, List<String> sentences) {
    }

    private static final CellReading ORIGINAL = new CellReading(false, false, false, List.of());

    static MatrixReading of(EventReport report, String target, SentenceTranslationService translations) {
        if (report == null || target == null) {
            return new MatrixReading(target, Map.of(), Map.of());
        }
        // every sentence of a document is in exactly one claim: the cells together hold them all
        Map<UUID, TreeMap<Integer, ClaimMatrix.Sentence>> sentencesOf = new java.util.HashMap<>();
        Map<UUID, ClaimMatrix.Source> sources = new java.util.HashMap<>();
        for (ClaimMatrix.Row row : report.matrix().rows()) {
            for (ClaimMatrix.Cell cell : row.cells()) {
                ClaimMatrix.Source source = cell.source();
                if (!cell.empty() && Languages.translatable(source.language()) && !target.equals(source.language())) {
                    sources.put(source.article(), source);
                    TreeMap<Integer, ClaimMatrix.Sentence> sentences = sentencesOf.computeIfAbsent(source.article(),
                            a -> new TreeMap<>());
                    cell.sentences().forEach(s -> sentences.put(s.index(), s));
                }
            }
        }
        List<Sentences> wanted = new ArrayList<>();
        Map<UUID, Map<Integer, Integer>> positions = new java.util.HashMap<>();
        sentencesOf.forEach((article, sentences) -> {
            int[] starts = new int[sentences.size()];
            int[] ends = new int[sentences.size()];
            List<String> texts = new ArrayList<>();
            Map<Integer, Integer> position = new java.util.HashMap<>();
            int i = 0;
            for (ClaimMatrix.Sentence s : sentences.values()) {
                starts[i] = s.start();
                ends[i] = s.end();
                texts.add(s.text());
                position.put(s.index(), i++);
            }
            positions.put(article, position);
            wanted.add(new Sentences(article, sources.get(article).language(), starts, ends, texts));
        });
        return new MatrixReading(target, translations.translate(wanted, target), positions);
    }

    public boolean translating() {
        return target != null;
    }

    public String targetName() {
        return Languages.name(target);
    }

    public CellReading cell(ClaimMatrix.Cell cell) {
        Result result = results.get(cell.source().article());
        if (result == null || cell.empty()) {
            return ORIGINAL;
        }
        if (result.state() != State.TRANSLATED) {
            return new CellReading(false, result.state() == State.IN_PROGRESS, result.state() == State.UNAVAILABLE,
                    List.of());
        }
        Map<Integer, Integer> position = positions.get(cell.source().article());
        List<String> sentences = new ArrayList<>();
        for (ClaimMatrix.Sentence s : cell.sentences()) {
            sentences.add(result.translations().get(position.get(s.index())));
        }
        return new CellReading(true, false, false, sentences);
    }
}
