package dev.parallax.translate.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The six supported translation directions and the Apertium mode that implements each. */
public enum Direction {
    DA_NB("da", "nb", "dan-nob"),
    NB_DA("nb", "da", "nob-dan"),
    DA_NN("da", "nn", "dan-nno"),
    NN_DA("nn", "da", "nno-dan"),
    NN_NB("nn", "nb", "nno-nob"),
    NB_NN("nb", "nn", "nob-nno");

    public static final List<String> LANGUAGES = List.of("da", "nb", "nn");

    private final String source;
    private final String target;
    private final String mode;

    Direction(String source, String target, String mode) {
        this.source = source;
        this.target = target;
        this.mode = mode;
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    /** Apertium mode name, e.g. {@code dan-nob}. */
    public String mode() {
        return mode;
    }

    public static Optional<Direction> of(String source, String target) {
        return Arrays.stream(values())
                .filter(d -> d.source.equals(source) && d.target.equals(target))
                .findFirst();
    }

    public static Optional<Direction> ofMode(String mode) {
        return Arrays.stream(values()).filter(d -> d.mode.equals(mode)).findFirst();
    }

    @Override
    public String toString() {
        return source + "->" + target;
    }
}
