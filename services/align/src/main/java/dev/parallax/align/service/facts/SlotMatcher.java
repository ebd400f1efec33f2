package dev.parallax.align.service.facts;

import java.util.HashSet;
import java.util.Set;

import dev.parallax.align.service.lexicon.Lexicon;

/**
 * How well two facts of two reports fit one slot, from what their words say they are about: the noun
 * they count or qualify ({@link Slot#head}), what a date is the date of ({@link Slot#anchor}), and the
 * content words around them ({@link Slot#context}).
 */
final class SlotMatcher {

    private final Lexicon lexicon;

    SlotMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Two facts that are certainly about different things: "14 personer" and "16 biler"; "siden" and "innen". */
    static final double DIFFERENT = Double.NEGATIVE_INFINITY;

    /** How two heads relate. */
    enum Heads {
        /** The same noun or one a compound ending in the other ("samtalen" / "telefonsamtale"). */
        SAME,
        /** Spelled alike across the norms ("passagerer" / "passasjerar"): likely the same noun. */
        SIMILAR,
        /** One or both unknown. */
        UNKNOWN,
        DIFFERENT
    }

    /** A score (higher is a better fit), or {@link #DIFFERENT}. */
    double score(Fact f, Fact g) {
        return score(f, g, false);
    }

    /**
     * As {@link #score(Fact, Fact)}; in sentences linked as closely as a translation's ({@code close}), a date said
     * with "siden" or "innen" in one and plainly in the other may still be one ("frå 2020" / "Act 2017"), with a
     * penalty.
     */
    double score(Fact f, Fact g, boolean close) {
        Slot a = f.slot();
        Slot b = g.slot();
        double score = 0;
        Heads heads = heads(a, b);
        if (heads == Heads.DIFFERENT) {
            return DIFFERENT;
        }
        score += heads == Heads.SAME ? 2 : heads == Heads.SIMILAR ? 1 : 0;
        if (!a.anchor().equals(b.anchor())) {
            // "siden mandag" is when a strike began, "tema tirsdag" when it was discussed: another fact
            if (!close || !a.anchor().isEmpty() && !b.anchor().isEmpty()) {
                return DIFFERENT;
            }
            score -= 0.5;
        } else if (!a.anchor().isEmpty()) {
            score += 1;
        }
        return score + 2 * jaccard(a.context(), b.context());
    }

    /**
     * How two heads relate: by their Bokmål lemmas when the lexicon knows both (the same lemma, a shared
     * compound part, or thesaurus synonyms), else by spelling (the same stem or a compound ending in the
     * other; alike in their letters across the norms).
     */
    Heads heads(Slot a, Slot b) {
        if (!a.hasHead() || !b.hasHead()) {
            return Heads.UNKNOWN;
        }
        if (Concepts.sameHead(a.head(), b.head())) {
            return Heads.SAME;
        }
        if (!a.concept().isEmpty() && !b.concept().isEmpty()) {
            if (Concepts.sameHead(a.concept(), b.concept())) {
                return Heads.SAME; // the same lemma, or a compound ending in it ("pressekonferanse" / "konferanse")
            }
            if (sharePart(a, b) || lexicon.synonyms(a.concept(), b.concept())) {
                return Heads.SIMILAR;
            }
        }
        // one head known to the lexicon, the other not ("aftale" → avtale, an unknown compound "toårsavtale"):
        // the known one's Bokmål lemma spelled as a stem against the other's stem
        if (!a.concept().isEmpty() && Concepts.sameHead(Concepts.key(a.concept()), b.head())
                || !b.concept().isEmpty() && Concepts.sameHead(Concepts.key(b.concept()), a.head())) {
            return Heads.SAME;
        }
        if (dice(a.head(), b.head()) >= 0.6) {
            return Heads.SIMILAR;
        }
        // a word the lexicon does not know (a loan, "innings") may be the translation of one it knows ("omganger");
        // two words it knows, or two it does not (no lexicon at all), that differ are different
        return a.concept().isEmpty() != b.concept().isEmpty() ? Heads.UNKNOWN : Heads.DIFFERENT;
    }

    /** "butikker" and "butikkapoteker": a compound part of one is the other, or a part of it. */
    private static boolean sharePart(Slot a, Slot b) {
        for (String x : a.parts().isEmpty() ? java.util.List.of(a.concept()) : a.parts()) {
            for (String y : b.parts().isEmpty() ? java.util.List.of(b.concept()) : b.parts()) {
                if (x.length() >= 4 && x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dice coefficient of the character bigrams of two keys. */
    static double dice(String x, String y) {
        if (x.length() < 2 || y.length() < 2) {
            return x.equals(y) ? 1 : 0;
        }
        Set<String> a = bigrams(x);
        Set<String> b = bigrams(y);
        int shared = 0;
        for (String g : a) {
            if (b.contains(g)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return shared;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
