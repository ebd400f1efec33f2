package dev.parallax.align.service.lexicon;

import java.util.List;
import java.util.Set;

/**
 * What the lexicon knows of one word form in one norm.
 *
 * @param pos       the parts of speech of its readings (Apertium's first tag: n, vblex, adj, np, num, …)
 * @param pivot     the Bokmål lemma of its first reading, folded: the same for "passagerer", "passasjerar" and
 *                  "passasjerer", for "point" and "poeng"; for a compound, of its last part
 * @param nounPivot the Bokmål lemma of its first noun reading, folded, or null when it cannot be a noun
 * @param parts     for a compound, the Bokmål lemmas of its parts ("butikkapoteker": butikk, apotek); else empty
 * @param definiteNoun every noun reading is definite ("rammet": the frame, or the verb "hit")
 */
public record WordInfo(Set<String> pos, String pivot, String nounPivot, List<String> parts, boolean definiteNoun) {

    public WordInfo(Set<String> pos, String pivot, String nounPivot, List<String> parts) {
        this(pos, pivot, nounPivot, parts, false);
    }

    public boolean canBe(String partOfSpeech) {
        return pos.contains(partOfSpeech);
    }

    /**
     * A verb, or a definite noun that may also be a verb: after a number ("styrke 6,9 rammet", "målte 7,2, råka")
     * it is the verb, since a counted noun after a bare number is indefinite.
     */
    public boolean verbAfterNumber() {
        return onlyVerb() || definiteNoun && (canBe("vblex") || canBe("vbser"));
    }

    /** Only a verb: "omkom", "blev", "gav" (not "drepte", which may be an adjective). */
    public boolean onlyVerb() {
        return !pos.isEmpty() && pos.stream().allMatch(p -> p.equals("vblex") || p.equals("vbser") || p.equals("vbhaver")
                || p.equals("vbmod") || p.equals("vaux"));
    }
}
