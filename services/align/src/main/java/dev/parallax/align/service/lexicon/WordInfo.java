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
 */
public record WordInfo(Set<String> pos, String pivot, String nounPivot, List<String> parts) {

    public boolean canBe(String partOfSpeech) {
        return pos.contains(partOfSpeech);
    }

    /** Only a verb: "omkom", "blev", "gav" (not "drepte", which may be an adjective). */
    public boolean onlyVerb() {
        return !pos.isEmpty() && pos.stream().allMatch(p -> p.equals("vblex") || p.equals("vbser") || p.equals("vbhaver")
                || p.equals("vbmod") || p.equals("vaux"));
    }
}
