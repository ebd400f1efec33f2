package dev.parallax.align.service.facts;

import java.util.Set;

/**
 * What a value is about, as far as the words around it tell: two values of two reports are one fact when
 * they sit in passages that report the same thing and their slots match.
 *
 * @param head     concept key of the noun the value counts or qualifies ("person" for "14 personer" and
 *                 "fjorten menneske", "kontrakt" for "femårig kontrakt"); "" when there is none
 * @param headText the head as written, for labels
 * @param concept  the head's Bokmål lemma from the lexicon ("passasjer" for "passagerer", "poeng" for "point"),
 *                 "" when the lexicon does not know it
 * @param parts    for a compound head, the Bokmål lemmas of its parts ("butikkapoteker": butikk, apotek)
 * @param anchor   for dates and times, what the date is the date of: "since" ("siden marts"), "until"
 *                 ("innen fredag"), or ""
 * @param context  concept keys of the content words near the value, for telling slots apart
 * @param counted  the head is the noun right after the number, the thing counted ("14 personer"), not a noun
 *                 the value is said of ("en styrke på 6,2")
 */
public record Slot(String head, String headText, String concept, java.util.List<String> parts, String anchor,
                   Set<String> context, boolean counted) {

    public static final Slot NONE = new Slot("", "", "", java.util.List.of(), "", Set.of(), false);

    /** A slot known only by where it is: a place after "til" ({@code anchor} "to"). */
    public static Slot anchored(String anchor) {
        return new Slot("", "", "", java.util.List.of(), anchor, Set.of(), false);
    }

    public boolean hasHead() {
        return !head.isEmpty();
    }
}
