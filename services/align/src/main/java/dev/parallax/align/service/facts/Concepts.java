package dev.parallax.align.service.facts;

import java.util.regex.Pattern;

import dev.parallax.text.Folding;
import dev.parallax.text.lang.NordicLanguageData;

/**
 * A key for a content word that is the same across Danish, Bokmål and Nynorsk spelling and inflection:
 * "passagerer" / "passasjerar" / "passasjerer", "indbyggere" / "innbyggjarar", "kunder" / "kundar".
 * <p>
 * A word is folded, spelled one way (doubled consonants once, Danish "ind-" as "inn-", gj → g, y → i,
 * hv → kv, sj → s before a vowel as in "passasjer"), then stripped of up to two endings (definite and
 * plural: -ene, -ane, -erne, -er, -ar, -en, -et, -a, -e; the second round removes an agent -er/-ar:
 * indbygger-e / innbyggjar-ar). Nouns that count people ("personer", "mennesker", "folk") share one key,
 * because reports count people with any of them.
 */
public final class Concepts {

    private static final String[] ENDINGS = {"erne", "arne", "ene", "ane", "ere", "ar", "er", "en", "et", "a", "e"};
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern DOUBLED = Pattern.compile("([bcdfghjklmnpqrstvwxz])\\1+");
    private static final Pattern IND = Pattern.compile("^ind(?=[^e])");
    private static final Pattern SJ_VOWEL = Pattern.compile("sj(?=[aeiouy])");
    private static final Pattern HV = Pattern.compile("^hv");

    /** Keys of the nouns that count people (nordic-text's noun class "people"). */
    private static final java.util.Set<String> PEOPLE = NordicLanguageData.get().nounClass("people").stream()
            .map(Concepts::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    public static final String PEOPLE_KEY = "person";
    /** Keys of the nouns for a person (noun class "human"): "22-årig mand" is an age, "femårig kontrakt" a length. */
    private static final java.util.Set<String> HUMAN = NordicLanguageData.get().nounClass("human").stream()
            .map(Concepts::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Concepts() {
    }

    /** The key of one word: "straumkundar" → straumkund, "samtalen" → samtal, "Mennesker" → person. */
    public static String key(String word) {
        String w = stem(word);
        return PEOPLE.contains(w) ? PEOPLE_KEY : w;
    }

    /** Keys of the nouns for things that run for a term (noun class "term"): "5-årig kontrakt". */
    private static final java.util.Set<String> TERM = NordicLanguageData.get().nounClass("term").stream()
            .map(Concepts::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A thing with a term, the compound's head counted ("lejekontrakten", "valgperioden"). */
    public static boolean runsForATerm(String word) {
        String w = stem(word);
        return TERM.stream().anyMatch(term -> w.endsWith(term));
    }

    /** Keys of the nouns for land (noun class "land"). */
    private static final java.util.Set<String> LAND = NordicLanguageData.get().nounClass("land").stream()
            .map(Concepts::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static boolean isLand(String word) {
        return LAND.contains(stem(word));
    }

    public static boolean isHuman(String word) {
        String w = stem(word);
        return HUMAN.contains(w) || PEOPLE.contains(w);
    }

    private static String stem(String word) {
        String w = NOT_LETTER.matcher(Folding.fold(word)).replaceAll("");
        w = DOUBLED.matcher(w).replaceAll("$1");
        w = IND.matcher(w).replaceFirst("in");
        w = SJ_VOWEL.matcher(w.replace("gj", "g").replace('y', 'i')).replaceAll("s");
        w = HV.matcher(w).replaceFirst("kv");
        for (int round = 0; round < 2; round++) {
            String stripped = strip(w);
            if (stripped.equals(w)) {
                break;
            }
            w = stripped;
        }
        return w;
    }

    private static String strip(String w) {
        for (String ending : ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /**
     * The same noun, or one a compound ending in the other ("telefonsamtale" / "samtalen",
     * "straumkundar" / "kunder"); keys shorter than four letters only when equal.
     */
    public static boolean sameHead(String keyA, String keyB) {
        if (keyA.isEmpty() || keyB.isEmpty()) {
            return false;
        }
        if (keyA.equals(keyB)) {
            return true;
        }
        String shorter = keyA.length() <= keyB.length() ? keyA : keyB;
        String longer = shorter == keyA ? keyB : keyA;
        return shorter.length() >= 4 && longer.endsWith(shorter);
    }
}
