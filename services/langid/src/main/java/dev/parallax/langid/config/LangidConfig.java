package dev.parallax.langid.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one request may ask of the detector. */
@ConfigMapping(prefix = "langid")
public interface LangidConfig {

    /** Longest text accepted, in UTF-16 chars; longer texts are answered 413. */
    @WithDefault("100000")
    int maxTextChars();

    /** Most texts in one batch request; more are answered 413. */
    @WithDefault("1000")
    int maxBatchTexts();

    /** Which detector answers: the Nordic classifier, or plain Lingua (the benchmark's baseline). */
    @WithDefault("nordic")
    Engine engine();

    /** Languages plain Lingua loads when {@code engine=lingua} (ISO 639-1 codes). */
    @WithDefault("da,nb,nn")
    List<String> linguaLanguages();

    enum Engine {
        NORDIC, LINGUA
    }
}
