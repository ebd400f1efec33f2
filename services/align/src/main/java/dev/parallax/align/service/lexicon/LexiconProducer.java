package dev.parallax.align.service.lexicon;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import dev.parallax.align.config.AlignConfig;

/** The service's one lexicon, started with the application from {@code align.apertium.*}. */
@ApplicationScoped
public class LexiconProducer {

    @Produces
    @ApplicationScoped
    Lexicon lexicon(AlignConfig config) {
        AlignConfig.Apertium a = config.apertium();
        if (!a.enabled()) {
            return Lexicon.NONE;
        }
        Map<String, ApertiumLexicon.NormFiles> files = new LinkedHashMap<>();
        files.put("da", new ApertiumLexicon.NormFiles(Path.of(a.danishAnalyser()), Path.of(a.danishToBokmaal())));
        files.put("nb", new ApertiumLexicon.NormFiles(Path.of(a.bokmaalAnalyser()), null));
        files.put("nn", new ApertiumLexicon.NormFiles(Path.of(a.nynorskAnalyser()), Path.of(a.nynorskToBokmaal())));
        return ApertiumLexicon.start(a.command(), files, Path.of(a.thesaurus()), a.cacheEntries(), a.timeout());
    }

    void close(@Disposes Lexicon lexicon) {
        if (lexicon instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down: the lt-proc processes die with the JVM's pipes anyway
            }
        }
    }
}
