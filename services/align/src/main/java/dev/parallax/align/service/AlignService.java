package dev.parallax.align.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.parallax.align.config.AlignConfig;
import dev.parallax.align.rest.AlignRequest;
import dev.parallax.align.rest.AlignRequest.DocumentIn;
import dev.parallax.align.service.facts.FactComparer;
import dev.parallax.align.service.lexicon.Lexicon;
import dev.parallax.align.service.linking.SentenceLinker;
import dev.parallax.support.problem.ProblemException;
import dev.parallax.support.text.IsoDates;
import dev.parallax.support.text.UntrustedText;
import dev.parallax.text.SentenceSegmenter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Validates an align request against the configured limits and runs the alignment, with metrics. */
@ApplicationScoped
public class AlignService {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    /** Longer than any language tag a client means (RFC 5646 advises supporting 35 characters). */
    static final int MAX_TAG_CHARS = 64;

    private final AlignConfig config;
    private final SentenceSegmenter segmenter = SentenceSegmenter.nordic();
    private final ReportAligner aligner;
    private final Timer timer;
    private final DistributionSummary documentsPerRequest;
    private final DistributionSummary sentencesPerRequest;

    public AlignService(AlignConfig config, Lexicon lexicon, MeterRegistry registry) {
        this.config = config;
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

    public Alignment align(AlignRequest request) {
        List<DocumentIn> documents = request == null ? null : request.documents();
        if (documents == null) {
            throw ProblemException.badRequest("Field 'documents' is required: a list of " + config.minDocuments()
                    + " to " + config.maxDocuments() + " reports.");
        }
        if (documents.size() < config.minDocuments() || documents.size() > config.maxDocuments()) {
            throw ProblemException.badRequest("Give " + config.minDocuments() + " to " + config.maxDocuments()
                    + " documents; got " + documents.size() + ".");
        }
        return timer.record(() -> {
            List<Report> reports = validate(documents);
            documentsPerRequest.record(reports.size());
            sentencesPerRequest.record(reports.stream().mapToInt(r -> r.sentences().size()).sum());
            return aligner.align(reports);
        });
    }

    private List<Report> validate(List<DocumentIn> documents) {
        Set<String> ids = new HashSet<>();
        List<DocumentIn> checked = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            DocumentIn d = documents.get(i);
            String where = "documents[" + i + "]";
            if (d == null) {
                throw ProblemException.badRequest(where + " is null.");
            }
            if (d.id() == null || d.id().isBlank()) {
                throw ProblemException.badRequest(where + ".id is required and must not be blank.");
            }
            if (!ids.add(d.id())) {
                throw ProblemException.badRequest(where + ".id '" + d.id() + "' is used by another document; ids must be unique.");
            }
            UntrustedText.requireClean(d.id(), where + ".id");
            UntrustedText.requireClean(d.text(), where + ".text");
            if (!UntrustedText.hasVisibleText(d.text())) {
                throw ProblemException.badRequest(where + ".text is required and must not be blank.");
            }
            if (d.text().length() > config.maxTextChars()) {
                throw ProblemException.tooLarge(where + ".text has " + d.text().length() + " characters; at most "
                        + config.maxTextChars() + " are accepted.");
            }
            checked.add(d);
        }
        // a word any report writes in lower case is a common word, not a name: capitalised after a lower-case
        // word it starts a sentence whose predecessor (a headline) has no full stop (SentenceSegmenter)
        Set<String> commonWords = new HashSet<>();
        checked.forEach(d -> commonWords.addAll(SentenceSegmenter.lowerCaseWords(d.text())));
        List<Report> reports = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            DocumentIn d = checked.get(i);
            String language = language(d.language(), "documents[" + i + "].language");
            LocalDate published = published(d.published(), "documents[" + i + "].published");
            reports.add(new Report(d.id(), d.text(), language, published, segmenter.split(d.text(), commonWords)));
        }
        return reports;
    }

    /** A BCP 47 tag whose primary subtag is an ISO 639 language, or "und"; null when not given. */
    static String language(String tag, String where) {
        if (tag == null) {
            return null;
        }
        String trimmed = tag.trim();
        // checked before the pattern, whose repetition would otherwise recurse once per subtag of a huge tag
        if (trimmed.length() > MAX_TAG_CHARS || !trimmed.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw ProblemException.badRequest(where + " '" + abbreviate(tag) + "' is not a BCP 47 language code such as da, nb or nn.");
        }
        String primary = Locale.forLanguageTag(trimmed).getLanguage();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.equals("und") && !lower.startsWith("und-") && !ISO_LANGUAGES.contains(primary)
                && !ISO_LANGUAGES.contains(lower.split("-")[0])) {
            throw ProblemException.badRequest(where + " '" + abbreviate(tag) + "' is not a known language code.");
        }
        return lower.indexOf('-') < 0 ? lower : trimmed;
    }

    /** An ISO date or date-time; only the date part anchors relative expressions. */
    static LocalDate published(String value, String where) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw ProblemException.badRequest(where + " is blank; leave it out or give an ISO date (2015-09-18).");
        }
        return IsoDates.parse(value, where);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
