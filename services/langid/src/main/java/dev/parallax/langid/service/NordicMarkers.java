package dev.parallax.langid.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What linguists know tells Danish, Bokmål and Nynorsk apart, as evidence per word: the forms of
 * function words and common verbs and nouns ({@code ikkje/ikke}, {@code eg/jeg}, {@code hvad/hva/kva},
 * {@code frå/fra}, {@code mig/meg}, {@code efter/etter}, {@code nu/nå/no}, {@code købe/kjøpe},
 * {@code gade/gate}) from the hand-written list {@code langid/nordic-markers.txt}, and the endings of the
 * three norms ({@code -tion/-sjon}, {@code -hed/-het/-heit}, {@code -lig/-leg}, {@code -ede} past tense,
 * {@code -erne}, {@code -ane}, {@code -ar}, {@code -ast}).
 * <p>
 * Evidence is counted in hits per language (index 0 da, 1 nb, 2 nn); a word supports every language
 * that uses that form. Faroese words are counted separately: Lingua has no Faroese model, and Faroese
 * otherwise looks most like Nynorsk.
 */
public final class NordicMarkers {

    public static final int DA = 0;
    public static final int NB = 1;
    public static final int NN = 2;

    /** Endings carry less weight than whole words: each has exceptions. */
    static final double ENDING_WEIGHT = 0.5;




    /** The word lists of {@code langid/marker-lists.txt}: the exceptions of each ending, Faroese forms. */
    private static final Set<String> LISTS = Set.of("erne-exceptions", "ede-exceptions", "ar-exceptions",
            "doubled-consonant-exceptions", "ast-exceptions", "faroese", "faroese-or-icelandic");

    private final Map<String, boolean[]> words;
    /** Listed forms tagged {@code only}: no outsider (sv, en, de, is, fo) writes them. */
    private final Set<String> nordicOnly;
    private final Map<String, Set<String>> lists;

    private NordicMarkers(Map<String, boolean[]> words, Set<String> nordicOnly, Map<String, Set<String>> lists) {
        this.words = words;
        this.nordicOnly = nordicOnly;
        this.lists = lists;
    }

    public static NordicMarkers load() {
        Map<String, boolean[]> words = new HashMap<>();
        Set<String> nordicOnly = new HashSet<>();
        try (InputStream in = NordicMarkers.class.getResourceAsStream("/langid/nordic-markers.txt")) {
            if (in == null) {
                throw new IllegalStateException("langid/nordic-markers.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                String word = parts[0].toLowerCase(Locale.ROOT);
                boolean[] languages = new boolean[3];
                for (int i = 1; i < parts.length; i++) {
                    switch (parts[i]) {
                        case "da" -> languages[DA] = true;
                        case "nb" -> languages[NB] = true;
                        case "nn" -> languages[NN] = true;
                        case "only" -> nordicOnly.add(word);
                        default -> throw new IllegalStateException("Unknown language in marker line: " + line);
                    }
                }
                if (!languages[DA] && !languages[NB] && !languages[NN]) {
                    throw new IllegalStateException("Marker line names no norm: " + line);
                }
                if (words.put(word, languages) != null) {
                    throw new IllegalStateException("Marker listed twice: " + parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NordicMarkers(words, Set.copyOf(nordicOnly), lists());
    }

    /** Sections headed {@code [name]}, words separated by white space; every list of {@link #LISTS} once. */
    private static Map<String, Set<String>> lists() {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = NordicMarkers.class.getResourceAsStream("/langid/marker-lists.txt")) {
            if (in == null) {
                throw new IllegalStateException("langid/marker-lists.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    String name = line.substring(1, line.length() - 1);
                    if (!LISTS.contains(name) || lists.containsKey(name)) {
                        throw new IllegalStateException("Unknown or repeated list in marker-lists.txt: " + line);
                    }
                    current = new HashSet<>();
                    lists.put(name, current);
                } else if (current == null) {
                    throw new IllegalStateException("A word before the first [list] in marker-lists.txt: " + line);
                } else {
                    for (String word : line.split("\\s+")) {
                        current.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!lists.keySet().equals(LISTS)) {
            throw new IllegalStateException("marker-lists.txt lacks lists: " + LISTS.stream().filter(l -> !lists.containsKey(l)).toList());
        }
        lists.replaceAll((name, set) -> Set.copyOf(set));
        return Map.copyOf(lists);
    }

    public int size() {
        return words.size();
    }

    /** Adds the evidence of one lower-case word to {@code hits} (da, nb, nn). */
    public void score(String word, double[] hits) {
        boolean[] languages = words.get(word);
        if (languages != null) {
            add(hits, languages, 1.0);
            return;
        }
        scoreSpelling(word, hits);
        scoreEnding(word, hits);
    }

    /**
     * Letter combinations one side's spelling has and the other's lacks: Norwegian kj and øy (kjøpe,
     * øye) against Danish k and øj (købe, øje); Danish ej (vej, nej, projekt) against Norwegian ei (vei,
     * nei, prosjekt).
     */
    private static void scoreSpelling(String word, double[] hits) {
        if (word.contains("kj") || word.contains("øy") || word.contains("ei")) {
            hits[NB] += ENDING_WEIGHT;
            hits[NN] += ENDING_WEIGHT;
        } else if (word.contains("øj") || word.contains("ej")) {
            hits[DA] += ENDING_WEIGHT;
        }
    }

    /**
     * True for a listed form that da, nb or nn writes and none of the outsiders (Swedish, English, German,
     * Icelandic, Faroese) does: {@code ikkje}, {@code jeg}, {@code hvad}, {@code frå}, but not {@code mig}
     * (Swedish too) or {@code eg} (Faroese too).
     */
    public boolean isNordicOnly(String word) {
        return nordicOnly.contains(word);
    }

    /** True for a word only Faroese writes. */
    public boolean isFaroese(String word) {
        return lists.get("faroese").contains(word);
    }

    /** True for a word Faroese and Icelandic write but none of da/nb/nn. */
    public boolean isFaroeseOrIcelandic(String word) {
        return lists.get("faroese-or-icelandic").contains(word);
    }

    private void scoreEnding(String word, double[] hits) {
        int length = word.length();
        if (length >= 3 && endsInDoubledConsonant(word)) {
            // Danish spelling avoids a doubled final consonant: takk/tak, mann/mand, topp/top, flott/flot
            hits[NB] += ENDING_WEIGHT;
            hits[NN] += ENDING_WEIGHT;
            return;
        }
        if (length < 6) {
            return;
        }
        if (word.endsWith("tion") || word.endsWith("tionen") || word.endsWith("tioner") || word.endsWith("tionerne")) {
            hits[DA] += ENDING_WEIGHT;
        } else if (word.endsWith("sjon") || word.endsWith("sjonen") || word.endsWith("sjoner") || word.endsWith("sjonane")
                || word.endsWith("sjonar")) {
            hits[NB] += ENDING_WEIGHT;
            hits[NN] += ENDING_WEIGHT;
        } else if (word.endsWith("heden") || word.endsWith("heder") || word.endsWith("hed") || word.endsWith("hederne")) {
            hits[DA] += ENDING_WEIGHT;
        } else if (word.endsWith("heten") || word.endsWith("hetene") || word.endsWith("het")) {
            hits[NB] += ENDING_WEIGHT;
        } else if (word.endsWith("heit") || word.endsWith("heita") || word.endsWith("heiter") || word.endsWith("heitene")) {
            hits[NN] += ENDING_WEIGHT;
        } else if (word.endsWith("lig") || word.endsWith("lige") || word.endsWith("ligt") || word.endsWith("ligere")) {
            hits[DA] += ENDING_WEIGHT;
            hits[NB] += ENDING_WEIGHT;
        } else if (word.endsWith("leg") || word.endsWith("lege") || word.endsWith("legt") || word.endsWith("legare")) {
            hits[NN] += ENDING_WEIGHT;
        } else if (length >= 7 && word.endsWith("ede") && !lists.get("ede-exceptions").contains(word)) {
            hits[DA] += ENDING_WEIGHT;
        } else if (length >= 7 && word.endsWith("erne") && !lists.get("erne-exceptions").contains(word)) {
            hits[DA] += ENDING_WEIGHT;
        } else if (word.endsWith("ande") || word.endsWith("ingar") || word.endsWith("ingane") || word.endsWith("aste")) {
            hits[NN] += ENDING_WEIGHT; // present participle -ande, plural -ingar, superlative -aste
        } else if (word.endsWith("inger") || word.endsWith("ingene")) {
            hits[DA] += ENDING_WEIGHT;
            hits[NB] += ENDING_WEIGHT;
        } else if (word.endsWith("ikk")) {
            hits[NB] += ENDING_WEIGHT; // politikk, musikk: Danish writes politik, musik
            hits[NN] += ENDING_WEIGHT;
        } else if (word.endsWith("ik") || word.endsWith("sion") || word.endsWith("sionen") || word.endsWith("sioner")) {
            hits[DA] += ENDING_WEIGHT;
        } else if (word.endsWith("else") || word.endsWith("elsen") || word.endsWith("elser")) {
            hits[DA] += ENDING_WEIGHT; // Nynorsk prefers -ing: avgjerd, undersøking
            hits[NB] += ENDING_WEIGHT;
        } else if (word.endsWith("ane")) {
            hits[NN] += ENDING_WEIGHT;
        } else if (word.endsWith("ar") && !lists.get("ar-exceptions").contains(word) && !word.endsWith("var") && !word.endsWith("bar")) {
            hits[NN] += ENDING_WEIGHT;
        } else if (word.endsWith("ast") && !lists.get("ast-exceptions").contains(word)) {
            hits[NN] += ENDING_WEIGHT;
        }
    }

    private boolean endsInDoubledConsonant(String word) {
        char last = word.charAt(word.length() - 1);
        return last == word.charAt(word.length() - 2) && "kptnlmg".indexOf(last) >= 0
                && !lists.get("doubled-consonant-exceptions").contains(word);
    }

    private static void add(double[] hits, boolean[] languages, double weight) {
        for (int i = 0; i < 3; i++) {
            if (languages[i]) {
                hits[i] += weight;
            }
        }
    }
}
