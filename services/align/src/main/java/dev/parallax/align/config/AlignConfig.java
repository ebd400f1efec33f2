package dev.parallax.align.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of one align request. */
@ConfigMapping(prefix = "align")
public interface AlignConfig {

    /** Fewer reports than this cannot be compared. */
    @WithDefault("2")
    int minDocuments();

    /** The cost of linking grows with the square of the number of reports; above this the request is refused. */
    @WithDefault("20")
    int maxDocuments();

    /** Longest accepted text, in UTF-16 code units; a longer one is answered 413. */
    @WithDefault("100000")
    int maxTextChars();
}
