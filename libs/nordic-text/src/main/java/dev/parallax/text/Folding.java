package dev.parallax.text;

import java.util.Locale;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds Danish, Bokmål and Nynorsk spellings onto one comparable form: lower case, accents removed,
 * æ/ä → ae, ø/ö → oe, å → aa. After folding, "Ruslands" and "Russlands" or "møde" and "møte" share
 * most of their character n-grams, which is what cross-language similarity needs.
 */
public final class Folding {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Folding() {
    }

    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'æ', 'ä' -> out.append("ae");
                case 'ø', 'ö' -> out.append("oe");
                case 'å' -> out.append("aa");
                case 'ß' -> out.append("ss");
                default -> {
                    if (c < 0x80) {
                        out.append(c);
                    } else {
                        // strip combining marks: é → e, ü → u
                        String decomposed = NFD.normalize(String.valueOf(c));
                        for (int k = 0; k < decomposed.length(); k++) {
                            char d = decomposed.charAt(k);
                            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                                out.append(d);
                            }
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
