package dev.parallax.align.service.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.value.NameValue;
import dev.parallax.text.Folding;
import dev.parallax.text.Span;
import dev.parallax.text.lang.NordicLanguageData;

/**
 * Finds people, places and organisations by the shape of the text, not by a gazetteer: runs of
 * capitalised words are people ("Peter Cook", "Bashar al-Assad"), and a lone capitalised word is the
 * same person when it matches a known surname ("Carter"); a capitalised word after a place preposition
 * ("i Syrien", "ved kystbyen Latakia") is a place; an all-capitals acronym is an organisation.
 * Each mention's key is {@link NameKey}'s transliteration-folded form, so Sjojgu and Shoigu meet.
 * Which words are prepositions, role nouns or institution heads comes from {@link NordicLanguageData}.
 */
public final class NameExtractor {

    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}]+)*(?:[ \\t\\u00a0]+(?:al-|el-|bin |von |van |de )?\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)*)*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private final NordicLanguageData data = NordicLanguageData.get();

    /**
     * @param commonWords words any report of the request writes in lower case: capitalised at the start of a
     *                    sentence they are common words, not names
     */
    public List<Fact> extract(int doc, Report report, Map<String, String> knownSurnames, Set<String> commonWords) {
        String text = report.text();
        List<Fact> facts = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            int start = m.start();
            String[] tokens = m.group().split("\\s+");
            int first = 0;
            String opener = tokens[0].toLowerCase(Locale.ROOT);
            boolean common = data.isStopWord(Folding.fold(opener)) || commonWords.contains(opener);
            if (startsSentence(text, report.sentences(), start) || common) {
                // "Forsvarsminister Ash Carter …": a title or a common word capitalised only because it opens the sentence
                if (common || tokens.length == 1 || data.isRoleNoun(tokens[0])) {
                    first = 1;
                }
            }
            if (first >= tokens.length) {
                continue;
            }
            if (first > 0) {
                start = text.indexOf(tokens[first], start + tokens[0].length());
            }
            int end = institutionAfter(text, m.end());
            String name = text.substring(start, end);
            String[] parts = name.split("\\s+");
            int sentence = FactExtractor.sentenceOf(report.sentences(), start);
            if (parts.length >= 2 && looksLikePersonName(parts, text)) {
                String surname = stripGenitive(parts[parts.length - 1].replaceFirst("^(?i)(al|el)-", ""));
                String key = NameKey.of(surname);
                facts.add(new Fact("person", doc, sentence, start, end, name, new NameValue(key, name, "person"), Slot.NONE,
                        role(text, report, sentence, start, end)));
                continue;
            }
            if (parts.length != 1) {
                // "Aarhus Universitetshospital", "Bergen tingrett": a name of several words that is no person
                String kind = isInstitution(Folding.fold(parts[parts.length - 1])) || !afterPlacePreposition(text, start)
                        ? "organisation" : "place";
                boolean reached = isInstitution(Folding.fold(parts[parts.length - 1]));
                facts.add(new Fact(reached ? "place" : kind, doc, sentence, start, end, name,
                        new NameValue(NameKey.of(name), name, reached ? "place" : kind, NameKey.of(stripGenitive(parts[0]))),
                        Slot.anchored(placeRole(text, start, reached))));
                continue;
            }
            String word = parts[0];
            String bare = stripGenitive(word);
            String surnameKey = NameKey.of(bare);
            if (knownSurnames.containsKey(surnameKey)) {
                facts.add(new Fact("person", doc, sentence, start, end, word,
                        new NameValue(surnameKey, knownSurnames.get(surnameKey), "person"), Slot.NONE,
                        role(text, report, sentence, start, end)));
            } else if (ACRONYM.matcher(word).matches()) {
                String kind = data.isNameCue("place-acronym", Folding.fold(word)) ? "place" : "organisation";
                facts.add(new Fact(kind, doc, sentence, start, end, word, new NameValue(NameKey.of(word), word, kind), Slot.NONE));
            } else if ((afterPlacePreposition(text, start) || isInstitution(Folding.fold(word))) && bare.length() >= 3) {
                facts.add(new Fact("place", doc, sentence, start, end, word, new NameValue(NameKey.of(bare), word, "place"),
                        Slot.anchored(placeRole(text, start, isInstitution(Folding.fold(word))))));
            }
        }
        return facts;
    }

    private String role(String text, Report report, int sentence, int start, int end) {
        int sentenceStart = sentence < 0 ? 0 : report.sentences().get(sentence).start();
        return PersonRoles.around(text, start, end, sentenceStart);
    }

    /** Surnames of the people named in full anywhere in the request: transliteration key → a full name. */
    public Map<String, String> surnames(List<Report> reports, Set<String> commonWords) {
        Map<String, String> surnames = new HashMap<>();
        for (int d = 0; d < reports.size(); d++) {
            for (Fact f : extract(d, reports.get(d), Map.of(), commonWords)) {
                if (f.kind().equals("person")) {
                    surnames.merge(((NameValue) f.value()).key(), f.text(), (a, b) -> a.length() >= b.length() ? a : b);
                }
            }
        }
        return surnames;
    }

    private boolean looksLikePersonName(String[] parts, String text) {
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (ACRONYM.matcher(p).matches()) {
                return false;
            }
            String folded = Folding.fold(p);
            // adjectives and genitives make organisation or place names: "Islamisk Stat", "Syriens Observatorium";
            // a genitive is an -s whose stem the text also uses ("Syrien"), unlike "Jens" or "Lars"
            if (i < parts.length - 1 && (folded.endsWith("isk") || folded.endsWith("iske") || isGenitive(p, text))) {
                return false;
            }
            if (isInstitution(folded)) {
                return false;
            }
        }
        return parts.length <= 4;
    }

    /** "Haukeland universitetssykehus", "Voss sjukehus": a name, then a lower-case institution noun, is one name. */
    private int institutionAfter(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text);
        next.region(end, text.length());
        if (next.lookingAt() && isInstitution(Folding.fold(next.group(1)))) {
            return next.end(1);
        }
        return end;
    }

    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t\\u00a0]+(\\p{Ll}[\\p{L}]+)");

    /**
     * What tells one institution from another of its kind: the name without the word that says what it is
     * ("sørlands" of "Sørlandssykehuset" and "Sørlandssjukehuset", "aalborg" of "Aalborg sykehus"),
     * so that the norms' words for a hospital make no two hospitals.
     */
    static String institutionStem(String name) {
        String folded = Folding.fold(name.trim());
        for (int k = 0; k + 3 <= folded.length(); k++) {
            if (INSTANCE.data.isNameCue("organisation-head", folded.substring(k))) {
                return folded.substring(0, k).trim();
            }
        }
        return folded;
    }

    /** A name whose last word's compound head names an institution ("Rigshospitalet", "Voss sjukehus"). */
    static boolean isInstitutionName(String name) {
        String[] words = name.trim().split("\\s+");
        return INSTANCE.isInstitution(Folding.fold(words[words.length - 1]));
    }

    private static final NameExtractor INSTANCE = new NameExtractor();

    /** A word whose compound head names an institution ("Forsvarsministeriet", "Bergen tingrett"). */
    private boolean isInstitution(String folded) {
        for (int k = 0; k + 3 <= folded.length(); k++) {
            if (data.isNameCue("organisation-head", folded.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGenitive(String word, String text) {
        if (!word.endsWith("s") || word.length() < 4) {
            return false;
        }
        String stem = word.substring(0, word.length() - 1);
        for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
            int after = at + stem.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (after >= text.length() || !Character.isLetter(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String text, List<Span> sentences, int offset) {
        int s = FactExtractor.sentenceOf(sentences, offset);
        if (s < 0) {
            return true;
        }
        for (int k = sentences.get(s).start(); k < offset; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean afterPlacePreposition(String text, int start) {
        // "i Syrien", "ved kystbyen Latakia", "i provinsen Aleppo": a preposition, at most one lower-case noun
        String[] words = wordsBefore(text, start);
        if (words.length == 0) {
            return false;
        }
        String last = Folding.fold(words[words.length - 1]);
        if (data.isNameCue("place-preposition", last)) {
            return true;
        }
        if (last.equals("for") && words.length >= 2 && data.isNameCue("compass", Folding.fold(words[words.length - 2]))) {
            return true;
        }
        return words.length >= 2 && data.isNameCue("place-preposition", Folding.fold(words[words.length - 2]))
                && words[words.length - 1].chars().allMatch(Character::isLowerCase) && last.length() > 3;
    }

    /**
     * The role a place plays, from the preposition before it: "to" (til, mot: where someone was taken or
     * went; and for an institution, på: where someone is admitted, "indlagt på Skejby Sygehus"), "from" (fra, frå),
     * or "" (where something is: i, på, ved).
     */
    private String placeRole(String text, int start, boolean institution) {
        String[] words = wordsBefore(text, start);
        if (words.length == 0) {
            return "";
        }
        String last = Folding.fold(words[words.length - 1]);
        if (words.length >= 2 && !data.isNameCue("place-preposition", last)) {
            last = Folding.fold(words[words.length - 2]); // "til sykehuset Haukeland"
        }
        return switch (last) {
            case "til" -> "to";
            case "paa" -> institution ? "to" : "";
            case "fra", "fraa" -> "from";
            default -> "";
        };
    }

    private static String[] wordsBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start).trim();
        return before.isEmpty() ? new String[0] : before.split("\\s+");
    }

    static String stripGenitive(String word) {
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
