package dev.parallax.newsroom.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Language codes the newsroom meets and the ones translate works between. */
public final class Languages {

    /** translate's pairs: every direction between these (the contract). */
    public static final List<String> TRANSLATABLE = List.of("da", "nb", "nn");

    private static final Map<String, String> NAMES = Map.of(
            "da", "Danish", "nb", "Norwegian Bokmål", "nn", "Norwegian Nynorsk", "sv", "Swedish", "en", "English",
            "de", "German", "fi", "Finnish", "is", "Icelandic", "fo", "Faroese", "und", "an undetermined language");

    /** Every code an article's language can have: langid's answers and the overrides the API accepts. */
    public static final List<String> KNOWN = NAMES.keySet().stream().sorted().toList();

    private Languages() {
    }

    /** da, nb or nn from what a reader asked for (case and surrounding blanks ignored); empty otherwise. */
    public static Optional<String> translationTarget(String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        String code = requested.strip().toLowerCase(Locale.ROOT);
        return TRANSLATABLE.contains(code) ? Optional.of(code) : Optional.empty();
    }

    public static boolean known(String language) {
        return language != null && NAMES.containsKey(language);
    }

    public static boolean translatable(String language) {
        return language != null && TRANSLATABLE.contains(language);
    }

    /** English name for the editors' pages; the code itself for languages without one here. */
    public static String name(String code) {
        return code == null ? "an unknown language" : NAMES.getOrDefault(code, code);
    }
}
