package dev.parallax.align.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.align.service.facts.FactComparer;
import dev.parallax.align.service.lexicon.Lexicon;
import dev.parallax.align.service.linking.SentenceLinker;
import dev.parallax.text.SentenceSegmenter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Segments validated reports and runs the alignment, with metrics. */
@ApplicationScoped
public class AlignService {

    private final SentenceSegmenter segmenter = SentenceSegmenter.nordic();
    private final ReportAligner aligner;
    private final Timer timer;
    private final DistributionSummary documentsPerRequest;
    private final DistributionSummary sentencesPerRequest;

    public AlignService(Lexicon lexicon, MeterRegistry registry) {
        this.aligner = new ReportAligner(new SentenceLinker(), new FactComparer(lexicon));
        this.timer = Timer.builder("parallax.align.duration")
                .description("Time to segment, link and compare one request's reports")
                .publishPercentileHistogram()
                .register(registry);
        this.documentsPerRequest = DistributionSummary.builder("parallax.align.documents")
                .description("Reports per align request").register(registry);
        this.sentencesPerRequest = DistributionSummary.builder("parallax.align.sentences")
                .description("Sentences per align request, all reports together").register(registry);
    }

    /** Segments the reports and aligns them; the request's constraints have checked them (AlignRequest). */
    public Alignment align(List<Document> documents) {
        return timer.record(() -> {
            List<Report> reports = segment(documents);
            documentsPerRequest.record(reports.size());
            sentencesPerRequest.record(reports.stream().mapToInt(r -> r.sentences().size()).sum());
            return aligner.align(reports);
        });
    }

    private List<Report> segment(List<Document> documents) {
        // a word any report writes in lower case is a common word, not a name: capitalised after a lower-case
        // word it starts a sentence whose predecessor (a headline) has no full stop (SentenceSegmenter)
        Set<String> commonWords = new HashSet<>();
        documents.forEach(d -> commonWords.addAll(SentenceSegmenter.lowerCaseWords(d.text())));
        List<Report> reports = new ArrayList<>(documents.size());
        for (Document d : documents) {
            reports.add(new Report(d.id(), d.text(), d.language(), d.published(), segmenter.split(d.text(), commonWords)));
        }
        return reports;
    }
}
