package dev.parallax.translate.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.parallax.apertium.PipelineFailedException;
import dev.parallax.support.problem.ProblemException;
import dev.parallax.text.SentenceSegmenter;
import dev.parallax.translate.client.LangidClient;
import dev.parallax.translate.config.TranslateConfig;
import dev.parallax.translate.service.TextChunker.Chunk;
import dev.parallax.translate.service.TextChunker.Piece;
import dev.parallax.translate.service.apertium.PipelineManager;
import dev.parallax.translate.service.apertium.PipelinePool;
import dev.parallax.translate.service.apertium.StreamFormat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Translation between Danish, Bokmål and Nynorsk: chooses the direction (asking langid when the source
 * is not given), cuts the text into chunks, runs the chunks that are not cached through a warm pipeline
 * in bounded batches, and puts the layout back together. All or nothing: any pipeline failure fails the
 * request with 503, never a partial translation.
 */
@ApplicationScoped
public class TranslationService {

    private static final Logger LOG = Logger.getLogger(TranslationService.class);

    private final TranslateConfig config;
    private final PipelineManager pipelines;
    private final LangidClient langid;
    private final MeterRegistry registry;
    private final TextChunker chunker;
    private final ChunkCache cache;

    public TranslationService(TranslateConfig config, PipelineManager pipelines, LangidClient langid, MeterRegistry registry) {
        this.config = config;
        this.pipelines = pipelines;
        this.langid = langid;
        this.registry = registry;
        this.chunker = new TextChunker(SentenceSegmenter.nordic(), config.maxChunkChars());
        this.cache = new ChunkCache(config.cache().maxEntries());
    }

    public List<Direction> pairs() {
        return Arrays.asList(Direction.values());
    }

    /** The text as the request's constraints admit it: not blank, within {@code translate.max-text-chars}. */
    public Translation translate(String text, String requestedSource, String requestedTarget) {
        String target = language(requestedTarget, "target");
        String source = requestedSource == null || requestedSource.isBlank()
                ? detectedLanguage(text)
                : language(requestedSource, "source");
        if (source.equals(target)) {
            return new Translation(text, source, target, List.of());
        }
        Direction direction = Direction.of(source, target).orElseThrow(() -> unsupported(source + "->" + target));
        PipelinePool pool = pipelines.pool(direction).orElseThrow(() -> ProblemException.unavailable(
                "Translation is unavailable: Apertium is not installed completely (missing "
                        + String.join(", ", pipelines.installation().missing()) + ").",
                config.retryAfter()));
        return translate(direction, pool, text);
    }

    private Translation translate(Direction direction, PipelinePool pool, String text) {
        Set<String> unknown = new LinkedHashSet<>();
        List<Piece> pieces = chunker.split(text);
        Map<String, ChunkCache.Entry> translated = new LinkedHashMap<>();
        Set<String> pending = new LinkedHashSet<>();
        int chunkCount = 0;
        for (Piece piece : pieces) {
            if (piece instanceof Chunk chunk) {
                chunkCount++;
                if (translated.containsKey(chunk.text()) || pending.contains(chunk.text())) {
                    continue;
                }
                cache.get(direction, chunk.text()).ifPresentOrElse(
                        entry -> translated.put(chunk.text(), entry),
                        () -> pending.add(chunk.text()));
            }
        }
        recordChunks(direction, chunkCount, chunkCount - pending.size());
        Instant deadline = Instant.now().plus(config.requestTimeout());
        for (List<String> batch : batches(List.copyOf(pending))) {
            List<String> outputs = run(pool, batch, deadline);
            for (int i = 0; i < batch.size(); i++) {
                StreamFormat.Reformatted result = StreamFormat.reformat(outputs.get(i));
                ChunkCache.Entry entry = new ChunkCache.Entry(result.text().strip(), List.copyOf(result.unknownWords()));
                translated.put(batch.get(i), entry);
                cache.put(direction, batch.get(i), entry);
            }
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        for (Piece piece : pieces) {
            if (piece instanceof Chunk chunk) {
                ChunkCache.Entry entry = translated.get(chunk.text());
                out.append(entry.translation());
                unknown.addAll(entry.unknownWords());
            } else {
                out.append(piece.text());
            }
        }
        return new Translation(out.toString(), direction.source(), direction.target(), List.copyOf(unknown));
    }

    private List<String> run(PipelinePool pool, List<String> batch, Instant deadline) {
        List<String> stream = batch.stream().map(chunk -> StreamFormat.deformat(chunk, config.protectAcronyms())).toList();
        try {
            return pool.process(stream, deadline);
        } catch (PipelineFailedException e) {
            LOG.warnf("Translation batch failed (%s): %s", e.reason(), e.getMessage());
            String detail = switch (e.reason()) {
                case BUSY -> "All " + pool.mode() + " pipelines are busy; try again shortly.";
                case TIMEOUT -> "The translation took longer than " + config.requestTimeout().toSeconds()
                        + " s; its pipeline was restarted.";
                default -> "The " + pool.mode() + " pipeline failed and was restarted; try again.";
            };
            throw ProblemException.unavailable(detail, config.retryAfter());
        }
    }

    /** Chunks grouped so that one batch carries at most batchChars characters (at least one chunk). */
    private List<List<String>> batches(List<String> chunks) {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int chars = 0;
        for (String chunk : chunks) {
            if (!current.isEmpty() && chars + chunk.length() > config.batchChars()) {
                batches.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(chunk);
            chars += chunk.length();
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private void recordChunks(Direction direction, int chunks, int cached) {
        DistributionSummary.builder("translate.request.chunks")
                .description("Chunks per translation request")
                .tag("mode", direction.mode()).register(registry).record(chunks);
        Counter.builder("translate.chunks")
                .description("Chunks translated, by whether the cache answered")
                .tag("mode", direction.mode()).tag("cached", "false")
                .register(registry).increment(chunks - cached);
        Counter.builder("translate.chunks")
                .description("Chunks translated, by whether the cache answered")
                .tag("mode", direction.mode()).tag("cached", "true")
                .register(registry).increment(cached);
    }

    private String detectedLanguage(String text) {
        String detected;
        try {
            detected = langid.detect(text);
        } catch (RuntimeException e) {
            LOG.warnf("langid failed: %s", e.toString());
            throw ProblemException.unavailable(
                    "The source language was not given and the language detector is unavailable; "
                            + "give \"source\" or try again later.", config.retryAfter());
        }
        String language = detected.toLowerCase(Locale.ROOT);
        if (!Direction.LANGUAGES.contains(language)) {
            throw ProblemException.badRequest("The text was detected as '" + detected
                    + "', which is not translated; supported pairs: " + supportedPairs() + ".");
        }
        return language;
    }

    private static String language(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest(field + ": must not be blank");
        }
        String language = code.strip().toLowerCase(Locale.ROOT);
        if (!Direction.LANGUAGES.contains(language)) {
            throw unsupported(field + " '" + code + "'");
        }
        return language;
    }

    private static ProblemException unsupported(String what) {
        return ProblemException.badRequest("Unsupported " + what + "; supported pairs: " + supportedPairs() + ".");
    }

    static String supportedPairs() {
        return Arrays.stream(Direction.values()).map(Direction::toString).collect(Collectors.joining(", "));
    }
}
