package dev.parallax.langid.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one request may ask of the detector. */
@ConfigMapping(prefix = "langid")
public interface LangidConfig {

    /** Longest text accepted, in UTF-16 chars; longer texts are answered 413 (the request records' {@code @ConfiguredMax}). */
    @WithDefault("100000")
    int maxTextChars();

    /** Most texts in one batch request; more are answered 413 ({@code BatchDetectRequest}'s {@code @ConfiguredMax}). */
    @WithDefault("1000")
    int maxBatchTexts();

    /** Which detector answers: the Nordic classifier, or plain Lingua (the benchmark's baseline). */
    @WithDefault("nordic")
    Engine engine();

    /** Languages plain Lingua loads when {@code engine=lingua} (ISO 639-1 codes). */
    @WithDefault("da,nb,nn")
    List<String> linguaLanguages();

    /** How {@code "segments": true} reads the sentences of one text. */
    Segments segments();

    interface Segments {
        /**
         * Read each sentence with its neighbours ({@link dev.parallax.langid.service.SentenceContext}); off,
         * each sentence is detected alone.
         */
        @WithDefault("true")
        boolean context();

        /**
         * Chance that the next sentence's language is drawn afresh (half as the whole text's scores say, half
         * uniformly) instead of staying.
         */
        @WithDefault("0.5")
        double switchProbability();
    }

    /** Apertium's analysers, whose word lists tell the norms apart (engine=nordic only). */
    Apertium apertium();

    interface Apertium {
        /** Off: detect with n-grams and markers only. Missing Apertium has the same effect, with a warning. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("lt-proc")
        String command();

        /** Danish analyser. */
        @WithDefault("/usr/share/apertium/apertium-dan-nor/dan-nob.automorf.bin")
        String danish();

        /**
         * Bokmål analyser. The dan-nor pair's Norwegian analysers tell the norms apart as well as the larger
         * nno-nob ones and take about 40 MB resident instead of about 73 MB each.
         */
        @WithDefault("/usr/share/apertium/apertium-dan-nor/nob-dan.automorf.bin")
        String bokmaal();

        /** Nynorsk analyser. */
        @WithDefault("/usr/share/apertium/apertium-dan-nor/nno-dan.automorf.bin")
        String nynorsk();

        /** Distinct word forms whose answers are kept; the cache is emptied when it would grow past this. */
        @WithDefault("100000")
        int cacheEntries();
    }

    /**
     * Every logit of the nordic engine is multiplied by this before the softmax: below 1 the answers are less
     * sure, the winner never changes (docs/langid.md, Confidence).
     */
    @WithDefault("0.7")
    double confidenceScale();

    /** Per-norm word counts from parallel translations (engine=nordic only). */
    WordCounts wordCounts();

    interface WordCounts {
        /**
         * Nats per nat of a word's log-probability deficit against the norm that writes it most often; 0
         * switches the word counts off. 0.25: the words of a text are not independent, and the counts come
         * from software messages, not news (0.5 and 1 cost Bokmål accuracy on the development data).
         */
        @WithDefault("0.25")
        double weight();

        /** Most nats one word's deficit may count (before the weight). */
        @WithDefault("3")
        double cap();
    }

    enum Engine {
        NORDIC, LINGUA
    }
}
