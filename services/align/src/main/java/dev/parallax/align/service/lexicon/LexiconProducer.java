package dev.parallax.align.service.lexicon;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.parallax.align.config.AlignConfig;
import dev.parallax.apertium.ApertiumMetrics;

/** The service's one lexicon, started with the application from {@code align.apertium.*}. */
@ApplicationScoped
public class LexiconProducer {

    /** The warm lookups' process counts, restarts and failures on /q/metrics (Quarkus binds every MeterBinder bean). */
    @Produces
    @Singleton
    ApertiumMetrics apertiumMetrics() {
        return new ApertiumMetrics();
    }

    @Produces
    @ApplicationScoped
    Lexicon lexicon(AlignConfig config) {
        AlignConfig.Apertium a = config.apertium();
        if (!a.enabled()) {
            return Lexicon.NONE;
        }
        return start(a.command(), a.danishAnalyser(), a.danishToBokmaal(), a.bokmaalAnalyser(), a.nynorskAnalyser(),
                a.nynorskToBokmaal(), a.thesaurus(), a.cacheEntries(), a.timeout());
    }

    /** The lexicon on the files Debian installs, where {@code align.apertium.*} looks by default (tests, benchmarks). */
    public static Lexicon fromDefaults() {
        return start("lt-proc", AlignConfig.Apertium.DANISH_ANALYSER, AlignConfig.Apertium.DANISH_TO_BOKMAAL,
                AlignConfig.Apertium.BOKMAAL_ANALYSER, AlignConfig.Apertium.NYNORSK_ANALYSER,
                AlignConfig.Apertium.NYNORSK_TO_BOKMAAL, AlignConfig.Apertium.THESAURUS, 200_000, java.time.Duration.ofSeconds(10));
    }

    private static Lexicon start(String command, String danish, String danishToBokmaal, String bokmaal, String nynorsk,
                                 String nynorskToBokmaal, String thesaurus, int cacheEntries, java.time.Duration timeout) {
        Map<String, ApertiumLexicon.NormFiles> files = new LinkedHashMap<>();
        files.put("da", new ApertiumLexicon.NormFiles(Path.of(danish), Path.of(danishToBokmaal)));
        files.put("nb", new ApertiumLexicon.NormFiles(Path.of(bokmaal), null));
        files.put("nn", new ApertiumLexicon.NormFiles(Path.of(nynorsk), Path.of(nynorskToBokmaal)));
        return ApertiumLexicon.start(command, files, Path.of(thesaurus), cacheEntries, timeout);
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
