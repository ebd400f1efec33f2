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
import dev.parallax.text.Folding;
import dev.parallax.text.Span;

/**
 * Finds people, places and organisations by the shape of the text, not by a gazetteer: runs of
 * capitalised words are people ("Peter Cook", "Bashar al-Assad"), and a lone capitalised word is the
 * same person when it matches a known surname ("Carter"); a capitalised word after a preposition
 * ("i Syrien", "ved kystbyen Latakia") is a place; an all-capitals acronym is an organisation.
 * Each mention's key is {@link NameKey}'s transliteration-folded form, so Sjojgu and Shoigu meet.
 */
public final class NameExtractor {

    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}]+)*(?:[ \\t\\u00a0]+(?:al-|el-|bin |von |van |de )?\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)*)*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** Words that are capitalised only because they start a sentence or a title. */
    private static final Set<String> SENTENCE_WORDS = Set.of(
            "det", "den", "de", "dei", "dette", "denne", "men", "og", "i", "da", "då", "han", "hun", "ho", "vi", "der",
            "som", "en", "et", "ein", "eit", "ei", "efter", "etter", "ifølge", "iflg", "både", "under", "for", "fra",
            "frå", "til", "med", "mens", "medan", "når", "hvis", "om", "på", "ved", "nu", "nå", "no", "også", "desuden",
            "dessuten", "derfor", "difor", "her", "ingen", "alle", "flere", "fleire", "mange", "nogle", "noen", "nokre",
            "hvad", "hva", "kva", "hvor", "kor", "hvorfor", "kvifor", "jeg", "eg", "du", "dere", "meddelelsen",
            "foto", "læs", "les", "se", "the", "a", "kilde", "kjelde", "præsident", "president", "premierminister",
            "statsminister", "talsmand", "talsmann", "embedsmanden", "luftangreb", "nyhedsbureauet", "kreml-talsmann");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "i", "ved", "fra", "frå", "til", "mod", "mot", "nær", "over", "omkring", "rundt", "gennem", "gjennom", "på");

    /** "nord for Ljusdal", "sørøst for Bergen": "for" after a compass direction points at a place. */
    private static final Pattern COMPASS = Pattern.compile("(nord|syd|sør|sud|øst|aust|vest)(øst|aust|vest)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> PLACE_ACRONYMS = Set.of("USA", "UK", "DDR", "USSR", "UAE");

    public List<Fact> extract(int doc, Report report, Map<String, String> knownSurnames) {
        String text = report.text();
        List<Fact> facts = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            int start = m.start();
            String run = m.group();
            String[] tokens = run.split("\\s+");
            int first = 0;
            boolean atSentenceStart = startsSentence(text, report.sentences(), start);
            if (atSentenceStart || SENTENCE_WORDS.contains(tokens[0].toLowerCase(Locale.ROOT))) {
                // "Forsvarsminister Ash Carter …": a title capitalised only because it opens the sentence
                if (SENTENCE_WORDS.contains(tokens[0].toLowerCase(Locale.ROOT)) || tokens.length == 1
                        || (atSentenceStart && PersonRoles.isRoleNoun(tokens[0]))) {
                    first = 1;
                }
            }
            if (first >= tokens.length) {
                continue;
            }
            if (first > 0) {
                start = text.indexOf(tokens[first], start + tokens[0].length());
            }
            int end = m.end();
            String name = text.substring(start, end);
            String[] parts = name.split("\\s+");
            int sentence = FactExtractor.sentenceOf(report.sentences(), start);
            if (parts.length >= 2 && looksLikePersonName(parts, text)) {
                String surname = stripGenitive(parts[parts.length - 1].replaceFirst("^(?i)(al|el)-", ""));
                facts.add(new Fact("person", doc, sentence, start, end, name, name, NameKey.of(surname), null,
                        role(text, report, sentence, start, end)));
                continue;
            }
            if (parts.length != 1) {
                continue;
            }
            String word = parts[0];
            String bare = stripGenitive(word);
            String surnameKey = NameKey.of(bare);
            if (knownSurnames.containsKey(surnameKey)) {
                facts.add(new Fact("person", doc, sentence, start, end, word, knownSurnames.get(surnameKey), surnameKey, null,
                        role(text, report, sentence, start, end)));
            } else if (ACRONYM.matcher(word).matches()) {
                String kind = PLACE_ACRONYMS.contains(word) ? "place" : "organisation";
                facts.add(new Fact(kind, doc, sentence, start, end, word, word, NameKey.of(word), null));
            } else if (afterPlacePreposition(text, start) && bare.length() >= 3) {
                facts.add(new Fact("place", doc, sentence, start, end, word, word, NameKey.of(bare), null));
            }
        }
        return facts;
    }

    private static String role(String text, Report report, int sentence, int start, int end) {
        int sentenceStart = sentence < 0 ? 0 : report.sentences().get(sentence).start();
        return PersonRoles.around(text, start, end, sentenceStart);
    }

    /** Surnames of the people named in full anywhere in the request: transliteration key → a full name. */
    public Map<String, String> surnames(List<Report> reports) {
        Map<String, String> surnames = new HashMap<>();
        for (int d = 0; d < reports.size(); d++) {
            for (Fact f : extract(d, reports.get(d), Map.of())) {
                if (f.kind().equals("person")) {
                    surnames.merge(f.key(), f.text(), (a, b) -> a.length() >= b.length() ? a : b);
                }
            }
        }
        return surnames;
    }

    private static boolean looksLikePersonName(String[] parts, String text) {
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
            if (folded.endsWith("ministerium") || folded.endsWith("ministeriet") || folded.endsWith("parti")
                    || folded.endsWith("rad") || folded.endsWith("forsamling") || folded.endsWith("stat") || folded.endsWith("ium")) {
                return false;
            }
        }
        return parts.length <= 4;
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
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterPlacePreposition(String text, int start) {
        // "i Syrien", "ved kystbyen Latakia", "i provinsen Aleppo": a preposition, at most one lower-case noun
        String before = text.substring(Math.max(0, start - 40), start).trim();
        String[] words = before.split("\\s+");
        if (words.length == 0) {
            return false;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (PLACE_PREPOSITIONS.contains(last)) {
            return true;
        }
        if (last.equals("for") && words.length >= 2 && COMPASS.matcher(words[words.length - 2]).matches()) {
            return true;
        }
        return words.length >= 2 && PLACE_PREPOSITIONS.contains(words[words.length - 2].toLowerCase(Locale.ROOT))
                && last.chars().allMatch(Character::isLowerCase) && last.length() > 3;
    }

    static String stripGenitive(String word) {
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
