package dev.parallax.align.service.lexicon;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Words of Danish, Bokmål and Nynorsk mapped onto one pivot: their Bokmål lemma and parts of speech, and
 * which pivots a thesaurus relates. Implemented on Apertium's analysers and bilingual dictionaries
 * ({@link ApertiumLexicon}); {@link #NONE} knows nothing, and the services fall back to spelling rules.
 */
public interface Lexicon {

    /** What is known of each form (words in the text as written; unknown ones are absent). */
    Map<String, WordInfo> lookup(String language, Collection<String> forms);

    /** Two pivots a thesaurus lists as synonyms ("menneske" / "person", "kamp" / "match"). */
    boolean synonyms(String pivotA, String pivotB);

    /** The pivots the thesaurus lists as synonyms of this one (those listing it are found from their side). */
    default Set<String> synonymsOf(String pivot) {
        return Set.of();
    }

    /** A line for logs and readiness: what backs the lexicon. */
    String status();

    Lexicon NONE = new Lexicon() {
        @Override
        public Map<String, WordInfo> lookup(String language, Collection<String> forms) {
            return Map.of();
        }

        @Override
        public boolean synonyms(String pivotA, String pivotB) {
            return false;
        }

        @Override
        public String status() {
            return "no lexicon: spelling rules only";
        }
    };

    /** The norm a language tag names, as the lexicon knows norms ("da", "nb", "nn"), or null. */
    static String norm(String language) {
        if (language == null) {
            return null;
        }
        String l = language.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("da")) {
            return "da";
        }
        if (l.startsWith("nn")) {
            return "nn";
        }
        if (l.startsWith("nb") || l.equals("no") || l.startsWith("no-")) {
            return "nb";
        }
        return null;
    }
}
