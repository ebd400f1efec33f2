package dev.parallax.langid.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.parallax.langid.config.LangidConfig;
import dev.parallax.support.problem.ProblemException;
import dev.parallax.text.SentenceSegmenter;
import dev.parallax.text.Span;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Detects the language of texts and of their sentences. The detector is built when the application
 * starts, not on the first request: loading the n-gram models takes about two seconds.
 */
@ApplicationScoped
public class LanguageDetectionService {

    private static final Logger LOG = Logger.getLogger(LanguageDetectionService.class);

    /** Answer for text without letters: nothing to tell the languages apart by. */
    static final double UNDETERMINED_CONFIDENCE = 0.0;

    private final LangidConfig config;
    private final MeterRegistry registry;
    private final SentenceSegmenter segmenter = SentenceSegmenter.nordic();
    private final Timer timer;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile Classifier classifier;
    private volatile NormLexicon lexicon = NormLexicon.NONE;

    public LanguageDetectionService(LangidConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.timer = Timer.builder("langid.detection")
                .description("Time to detect the language of one text")
                .register(registry);
    }

    void load(@Observes StartupEvent event) {
        long start = System.nanoTime();
        Classifier loaded = switch (config.engine()) {
            case NORDIC -> NordicClassifier.standard(lexicon = startLexicon(), new NordicClassifier.WordCountEvidence(
                    config.wordCounts().weight(), config.wordCounts().cap())).calibrated(config.confidenceScale());
            case LINGUA -> new LinguaClassifier(config.linguaLanguages(), new RelativeConfidence(0.5, 0.001));
        };
        int warmUps = warmUp(loaded);
        classifier = loaded;
        // reading the models leaves ~100 MB of parse garbage: collect it now, so that the heap (and the
        // resident memory) of the warm service shrinks to what the models need
        System.gc();
        LOG.infof("Language detector %s loaded and warmed up (%d texts) in %d ms (%s)", config.engine(), warmUps,
                (System.nanoTime() - start) / 1_000_000, loaded.codes());
    }

    /** Texts the detector classifies before it reports ready, and the most time that may take. */
    static final int WARM_UP_TEXTS = 3000;
    static final long WARM_UP_MAX_MILLIS = 4000;

    /**
     * Classifies the hand-written texts of {@code langid/warm-up.txt} over and over before the service
     * reports ready, so that the JIT has compiled the scoring code before the first request: without it the
     * first pass of a cold service over the development sentences ran at 60 % of the speed of the next one,
     * Apertium lookups aside. Both engines are warmed alike, so the benchmark compares like with like.
     *
     * @return the number of texts classified
     */
    static int warmUp(Classifier classifier) {
        List<String> texts = new ArrayList<>();
        try (InputStream in = LanguageDetectionService.class.getResourceAsStream("/langid/warm-up.txt")) {
            if (in == null) {
                return 0;
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(texts::add);
        } catch (IOException e) {
            LOG.warnf("No warm-up texts (%s); the first requests will be slower", e.getMessage());
            return 0;
        }
        classifier.prepare(texts);
        long until = System.nanoTime() + WARM_UP_MAX_MILLIS * 1_000_000;
        int done = 0;
        while (done < WARM_UP_TEXTS && System.nanoTime() < until) {
            classify(classifier, texts.get(done % texts.size()));
            done++;
        }
        return done;
    }

    private NormLexicon startLexicon() {
        LangidConfig.Apertium apertium = config.apertium();
        if (!apertium.enabled()) {
            return NormLexicon.NONE;
        }
        return ApertiumLexicon.start(apertium.command(), Path.of(apertium.danish()), Path.of(apertium.bokmaal()),
                Path.of(apertium.nynorsk()), apertium.cacheEntries());
    }

    void stop(@Observes ShutdownEvent event) {
        if (lexicon instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the lexicon failed", e);
            }
        }
    }

    /** The per-norm lexicon's state, for the readiness details. */
    public String lexiconStatus() {
        return lexicon.status();
    }

    /** Looks up the words of a whole batch together before its texts are detected one by one. */
    public void prepare(Collection<String> texts) {
        Classifier current = classifier;
        if (current != null) {
            current.prepare(texts);
        }
    }

    /** True once the models are in memory. */
    public boolean ready() {
        return classifier != null;
    }


    public Detection detect(String text) {
        Classifier current = classifier;
        if (current == null) {
            throw ProblemException.unavailable("The language models are still loading.", java.time.Duration.ofSeconds(2));
        }
        Timer.Sample sample = Timer.start(registry);
        current.prepare(List.of(text));
        Detection detection = classify(current, text);
        sample.stop(timer);
        counters.computeIfAbsent(detection.language(), language -> Counter.builder("langid.detections")
                .description("Texts and sentences detected, by answered language")
                .tag("language", language)
                .register(registry)).increment();
        return detection;
    }

    /**
     * One detection per sentence of {@code text}, with the sentence's UTF-16 offsets; each sentence is read
     * with its neighbours and {@code whole} (the text's own detection) unless {@code langid.segments.context}
     * is off.
     */
    public List<SentenceDetection> detectSentences(String text, Detection whole) {
        List<Span> spans = segmenter.split(text);
        List<Detection> alone = new ArrayList<>(spans.size());
        for (Span span : spans) {
            alone.add(detect(span.of(text)));
        }
        LangidConfig.Segments segments = config.segments();
        List<Detection> read = segments.context()
                ? new SentenceContext(segments.switchProbability()).apply(alone, whole.scores())
                : alone;
        List<SentenceDetection> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            sentences.add(new SentenceDetection(spans.get(i), read.get(i)));
        }
        return sentences;
    }

    private static Detection classify(Classifier classifier, String text) {
        int letters = LetterCount.count(text);
        if (letters == 0) {
            Map<String, Double> uniform = new LinkedHashMap<>();
            List<String> codes = classifier.codes();
            codes.forEach(code -> uniform.put(code, 1.0 / codes.size()));
            return new Detection(Detection.UNDETERMINED, UNDETERMINED_CONFIDENCE, uniform);
        }
        Map<String, Double> scores = classifier.scores(text, letters);
        Map.Entry<String, Double> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return new Detection(best.getKey(), best.getValue(), scores);
    }

    public record SentenceDetection(Span span, Detection detection) {
    }
}
