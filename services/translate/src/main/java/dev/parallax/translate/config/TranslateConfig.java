package dev.parallax.translate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything about how translation runs: limits, the Apertium installation and the pipeline pools. */
@ConfigMapping(prefix = "translate")
public interface TranslateConfig {

    /** Longest text accepted, in characters; longer texts are answered with 413 (TranslateRequest's {@code @ConfiguredMax}). */
    @WithDefault("200000")
    int maxTextChars();

    /**
     * Longest piece of text sent through a pipeline at once. Lines longer than this are cut at sentence
     * boundaries, so no single Apertium flush grows with the document.
     */
    @WithDefault("1500")
    int maxChunkChars();

    /**
     * Characters sent through one pipeline per acquisition; a long document is translated in several
     * batches so that other requests can get a pipeline in between.
     */
    @WithDefault("20000")
    int batchChars();

    /** Time a whole request may take, queueing included, before it fails with 503. */
    @WithDefault("60s")
    Duration requestTimeout();

    /** Retry-After sent with a 503. */
    @WithDefault("2s")
    Duration retryAfter();

    /**
     * Pass all-capital acronyms (ISIS, AFP, NATO) through untranslated: Apertium splits ISIS into
     * "IS IS", turns IS into "I" and cannot generate AFP.
     */
    @WithDefault("true")
    boolean protectAcronyms();

    Apertium apertium();

    Cache cache();

    interface Apertium {

        /** Directory with Apertium's stock {@code <mode>.mode} files, read and rewritten by the service. */
        @WithDefault("/usr/share/apertium/modes")
        Path modesDir();

        /**
         * Where compiled lexical-selection fixes and stage logs go. Defaults to a fresh temporary directory.
         */
        Optional<Path> workDir();

        /**
         * Most pipelines per direction unless overridden in {@link #poolSizes()}. Two let two concurrent
         * requests of one direction run side by side on the two cores instead of queueing.
         */
        @WithDefault("2")
        int poolSize();

        /** Per-direction pool size, keyed by mode name, e.g. {@code translate.apertium.pool-sizes.nob-dan=2}. */
        Map<String, Integer> poolSizes();

        /**
         * Pipelines per direction started and warmed at boot ({@code start=boot}); the rest of the pool starts
         * when requests overlap. Each pipeline holds 100-500 MB, so not every slot is filled up front.
         */
        @WithDefault("1")
        int warmSize();

        /** Per-direction number of pipelines warmed at boot, keyed by mode name. */
        Map<String, Integer> warmSizes();

        /** {@code boot}: start and warm every pool at start-up; {@code lazy}: on first use. */
        @WithDefault("lazy")
        StartMode start();

        /** Address-space cap per pipeline stage (prlimit --as), in MiB. 0 disables the cap. */
        @WithDefault("1536")
        long stageMemoryMib();

        /**
         * Generator marks on ({@code lt-proc -g}), stripped by the service and reported in {@code unknown};
         * off runs {@code lt-proc -n}. The text is the same either way (checked on 1,800 NTREX sentences).
         */
        @WithDefault("true")
        boolean reportUnknown();

        /** Apply the project's lexical-selection fixes (src/main/resources/lrx) when lrx-comp is available. */
        @WithDefault("true")
        boolean lexicalFixes();
    }

    interface Cache {

        /** Translated chunks remembered per service (news agencies repeat each other); 0 disables. */
        @WithDefault("5000")
        int maxEntries();
    }

    enum StartMode {
        BOOT, LAZY
    }
}
