package dev.parallax.align.service.facts;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

import dev.parallax.text.EditDistance;
import dev.parallax.text.Folding;

/**
 * A spelling-independent key for names transliterated from Russian, Ukrainian or Arabic into Danish,
 * Norwegian or English: Shoigu / Sjojgu / Shojgu, Zakharova / Sakharova, Zelensky / Zelenskyj /
 * Selenskyj all reduce to one key. Rules over the sounds, not a list of names: Latin-ASCII folding
 * (ICU), then the digraphs that differ between the Scandinavian and English systems (sj/sch/zh → sh,
 * kh → h), j and y as a vowel glide → i, z → s, doubled letters once.
 */
public final class NameKey {

    // Cyrillic š, ž, č become sh, zh, ch first: Latin-ASCII alone would drop the háček (Šojgu → Sojgu)
    private static final Transliterator TO_LATIN_ASCII = Transliterator.createFromRules("to-latin-ascii",
            ":: Any-Latin; š > sh; Š > Sh; ž > zh; Ž > Zh; č > ch; Č > Ch; :: Latin-ASCII;", Transliterator.FORWARD);

    private NameKey() {
    }

    public static String of(String name) {
        String s;
        if (name.chars().allMatch(c -> c < 0x250)) {
            // Latin already: folding is enough, and far cheaper than the transliterator
            s = Folding.fold(name);
        } else {
            synchronized (TO_LATIN_ASCII) {
                s = TO_LATIN_ASCII.transliterate(name);
            }
        }
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        // Cyrillic ч: Norwegian "tsj", Danish "tj", English "ch" (Melnytsjenko / Melnytjenko / Melnychenko)
        s = s.replace("tsj", "ch").replaceAll("tj(?=[aeiouy])", "ch").replace("tch", "ch").replace("sch", "sh").replace("sj", "sh").replace("zh", "sh")
                .replace("kh", "h").replace("ph", "f").replace("w", "v").replace("x", "ks")
                .replace("z", "s").replace("ck", "k").replaceAll("c(?!h)", "k");
        // y and j after a vowel or at the end are the same glide: Sergej/Sergei/Sergey, Zelenskyj/Zelensky
        s = s.replaceAll("(?<=[aeiouy])j", "i").replace("y", "i").replaceAll("ii+", "i").replaceAll("ij$", "i");
        // doubled letters once: Konashenkov/Konasjenkov, Assad/Asad
        s = s.replaceAll("(.)\\1+", "$1");
        return s;
    }

    /**
     * Keys of two different names rather than two spellings of one: more than a third of the longer key must
     * change (Levenshtein distance), so "kiv" (Kyiv) and "kiev" (Kiev) stay one place.
     */
    public static boolean distinct(String a, String b) {
        return EditDistance.levenshtein(a, b) * 3 > Math.max(a.length(), b.length());
    }
}
