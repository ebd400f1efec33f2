package dev.parallax.align.service.facts;

import java.util.Set;

import dev.parallax.text.Folding;

/**
 * Compares the head nouns that say what a number or a duration counts, across Danish, Bokmål and
 * Nynorsk spelling and inflection: "kunder" / "straumkundar", "samtalen" / "telefonsamtale",
 * "indbyggere" / "innbyggjarar", "menneske" / "personer".
 * <p>
 * A noun is folded, spelled one way (doubled consonants once, Danish "ind-" as "inn-", gj → g,
 * y → i, hv → kv), then stripped of up to two endings (definite and plural: -ene, -ane, -erne, -er,
 * -ar, -en, -et, -a, -e; the second round removes an agent -er/-ar: indbygger-e / innbyggjar-ar).
 * Two nouns are the same when their stems are equal or one is a compound ending in the other; a few
 * nouns for people count as one ("personer", "mennesker", "folk"), because reports count people with
 * any of them.
 */
final class NounStem {

    /** Endings stripped, longest first. */
    private static final String[] ENDINGS = {"erne", "arne", "ene", "ane", "ere", "ar", "er", "en", "et", "a", "e"};

    /** Nouns that count people: a report's "14 personer" is another's "14 mennesker". */
    private static final Set<String> PEOPLE = Set.of("person", "menesk", "folk");

    private static final String PEOPLE_STEM = "person";

    /** Words that follow a number or a duration without being what it counts ("tre timer etter", "38.000 uten strøm"). */
    private static final Set<String> NOT_NOUNS = Set.of("og", "i", "paa", "til", "fra", "fraa", "med", "af", "av", "om", "for", "at", "aa",
            "som", "der", "det", "den", "de", "da", "daa", "men", "eller", "over", "under", "efter",
            "etter", "siden", "sidan", "mod", "mot", "ved", "hos", "uden", "uten", "utan", "blev", "ble",
            "vart", "var", "er", "har", "hadde", "havde", "kl", "mellem", "mellom", "per", "pr", "ud", "ut",
            "inn", "ind", "frem", "fram", "senere", "seinare", "tidligere", "tidlegare", "foer", "innen",
            "innan", "inden", "naar", "no", "nu", "naa", "mandag", "maandag", "tirsdag", "tysdag", "onsdag",
            "torsdag", "fredag", "loerdag", "laurdag", "soendag", "sundag", "lang", "lange", "langt");

    private NounStem() {
    }

    /** The stem of one noun: "straumkundar" → straumkund, "samtalen" → samtal, "Mennesker" → person. */
    static String of(String noun) {
        String w = Folding.fold(noun).replaceAll("[^\\p{L}]", "");
        w = w.replaceAll("([bcdfghjklmnpqrstvwxz])\\1+", "$1")
                .replaceFirst("^ind(?=[^e])", "in")
                .replace("gj", "g").replace('y', 'i').replaceAll("^hv", "kv");
        for (int round = 0; round < 2; round++) {
            String stripped = strip(w);
            if (stripped.equals(w)) {
                break;
            }
            w = stripped;
        }
        return PEOPLE.contains(w) ? PEOPLE_STEM : w;
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
     * "straumkundar" / "kunder"); stems shorter than four letters only when equal.
     */
    static boolean sameHead(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()
                || NOT_NOUNS.contains(Folding.fold(a)) || NOT_NOUNS.contains(Folding.fold(b))) {
            return false;
        }
        String x = of(a);
        String y = of(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 4 && longer.endsWith(shorter);
    }
}
