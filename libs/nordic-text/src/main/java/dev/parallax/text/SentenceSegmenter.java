package dev.parallax.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Danish and Norwegian news text into sentences.
 * <p>
 * Rule-based rather than ICU's UAX #29 iterator: measured on Danish and Norwegian news, the ICU
 * sentence iterator with an abbreviation filter kept "siger Kerry. - Vi har …" and
 * "bygningen. St. Martin's …" together and split "bl.a. USA" and initials ("Dionisio A. Lind"),
 * and its filter cannot tell title abbreviations (never a sentence end) from "osv." or "kr."
 * (often one). The rules:
 * <ul>
 *   <li>a line end always ends a sentence (headlines without a full stop, "Foto: …" captions,
 *       dialogue lines), except a paragraph that stops after a comma or mid-sentence and goes on in
 *       lower case (a broken paragraph);</li>
 *   <li>{@code . ! ? …}, optionally followed by closing quotes or brackets, then white space, end a
 *       sentence when the next sentence starts like one: a capital, an opening quote, a dialogue dash
 *       ("- Vi har …", "– Det er …") or a digit (not after a number or an abbreviation: "kl. 15");</li>
 *   <li>never after abbreviations that introduce a name or a number (bl.a., iflg., kl., hr., St.),
 *       month abbreviations ("15. sept."), single-letter initials ("John F. Kennedy");</li>
 *   <li>a lower-case continuation never starts a sentence ("18. september", "f.eks. i Syrien").</li>
 * </ul>
 * Offsets are UTF-16 indices into the original text; sentences are trimmed of surrounding white
 * space. Stateless and thread-safe.
 */
public final class SentenceSegmenter {

    /**
     * Abbreviations after which a capital is a name or a noun, not a new sentence. Abbreviations that
     * often end a sentence ("osv.", "m.fl.", "kr.") are deliberately absent: a capital after them starts
     * a new one.
     */
    static final Set<String> NON_TERMINAL_ABBREVIATIONS = Set.of(
            "bl.a", "f.eks", "fx", "iflg", "ifølge", "kl", "ca", "evt", "mht", "dvs", "hhv", "jf", "jfr", "nr",
            "pga", "vha", "inkl", "ekskl", "gen", "d", "dr", "hr", "fr", "frk", "prof", "sen", "st", "sct", "skt",
            "jan", "feb", "febr", "mar", "apr", "jun", "aug", "sep", "sept", "okt", "nov", "dec",
            "ang", "vedr", "bl", "f", "fhv", "adm", "tlf", "årh", "s", "ff", "mr", "mrs", "ms", "jr", "sr",
            "mt", "vs", "ds", "sml", "iht", "ift", "lt", "kpt", "gl",
            "t.o.m", "f.o.m", "t.v", "t.h", "a/s", "u.s", "p.t", "p.g.a", "m.h.t", "bl.annet", "bla", "o", "m",
            "e", "u", "v", "h", "n", "ndr", "sdr", "vestr", "østr", "dept", "kap", "pkt", "stud", "cand",
            "ph.d", "lic", "pers", "avd", "afd", "forts", "jvf", "gr", "k", "fig", "tab", "ref");

    private static final String CLOSERS = "\"'»«”’“)]}";
    private static final String OPENERS = "\"'»«“„‘([{";
    private static final String DASHES = "-–—";

    private SentenceSegmenter() {
    }

    /** The segmenter for Danish, Bokmål and Nynorsk text. */
    public static SentenceSegmenter nordic() {
        return new SentenceSegmenter();
    }

    /**
     * The sentences of {@code text}, in order, trimmed of surrounding white space; blank stretches
     * produce no sentence.
     */
    public List<Span> split(String text) {
        return split(text, Set.of());
    }

    /**
     * As {@link #split(String)}, knowing words that are common words rather than names: written in lower
     * case in this text or in other texts on the same subject (see {@link #lowerCaseWords}). A headline run
     * into the next sentence without a full stop is then also split before a capitalised common word
     * ("… og drepe dem Vaksine lærer immunforsvaret …"), not only before a sentence opener.
     *
     * @param commonWords lower-case words ({@link Locale#ROOT}); empty for none
     */
    public List<Span> split(String text, Set<String> commonWords) {
        List<Span> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return sentences;
        }
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                int lineEnd = i;
                int next = skipWhitespace(text, i);
                if (!continuesAcrossLineBreak(text, start, lineEnd, next)) {
                    addTrimmed(text, start, lineEnd, sentences);
                    start = next;
                }
                i = next;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && (isTerminator(text.charAt(end)))) {
                    end++;
                }
                while (end < n && (CLOSERS.indexOf(text.charAt(end)) >= 0 || markupTagLength(text, end) > 0)) {
                    end += Math.max(1, markupTagLength(text, end));
                }
                if (end < n && isHorizontalSpace(text.charAt(end))) {
                    int next = end;
                    while (next < n && isHorizontalSpace(text.charAt(next))) {
                        next++;
                    }
                    if (next < n && breaksBefore(text, i, next)) {
                        addTrimmed(text, start, end, sentences);
                        start = next;
                    }
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            if (isHorizontalSpace(c) && startsUnpunctuatedSentence(text, i, commonWords)) {
                addTrimmed(text, start, i, sentences);
                start = i + 1;
            }
            i++;
        }
        addTrimmed(text, start, n, sentences);
        return sentences;
    }

    /** Whether the terminator at {@code terminator} ends a sentence, the next one starting at {@code next}. */
    private static boolean breaksBefore(String text, int terminator, int next) {
        char first = text.charAt(next);
        char mark = text.charAt(terminator);
        if (Character.isLowerCase(first)) {
            return false;
        }
        if (mark != '.') {
            // "?" and "!" are not abbreviations; a capital, digit, quote or dash after them starts anew
            return Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.indexOf(first) >= 0
                    || DASHES.indexOf(first) >= 0 || Character.isLetter(first);
        }
        String token = tokenBefore(text, terminator);
        String key = token.toLowerCase(Locale.ROOT);
        if (DASHES.indexOf(first) >= 0 || OPENERS.indexOf(first) >= 0) {
            // a dialogue dash or a quote after an abbreviation is still a new turn, except after titles
            return !isTitleLike(key);
        }
        if (Character.isDigit(first)) {
            if (token.isEmpty() || Character.isDigit(token.charAt(token.length() - 1))) {
                return false; // "den 15. 16 personer …" reads as an ordinal, not as a sentence end
            }
            return !NON_TERMINAL_ABBREVIATIONS.contains(key);
        }
        if (!Character.isUpperCase(first) && !Character.isLetter(first)) {
            return false;
        }
        if (NON_TERMINAL_ABBREVIATIONS.contains(key)) {
            return false;
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0)) && followsCapitalizedWord(text, terminator - 1)) {
            return false; // an initial after a first name: "John F. Kennedy", but "fik karakteren A. Det …" ends
        }
        if (token.length() > 1 && token.indexOf('.') >= 0 && isInitials(token)) {
            return false; // "J.R.R. Tolkien"
        }
        return true;
    }

    /**
     * Words that open Danish and Norwegian sentences but are written in lower case inside one: pronouns,
     * conjunctions, sentence adverbs, prepositions. Capitalised after a lower-case word with no punctuation
     * between, they mark a sentence whose predecessor lost its full stop — typically a headline or a
     * caption run into the first sentence ("… og dræbe dem En testvaccine klarer sig …"). Common nouns are
     * not capitalised in these languages, so no lexicon is needed; words that are
     * capitalised mid-sentence too are left out: "I" (Danish "you", and English), "De" (Robert De Niro),
     * "Man" (Isle of Man), "For" and "Under" (English titles).
     */
    static final Set<String> SENTENCE_OPENERS = Set.of(
            "Det", "Den", "Dette", "Denne", "Disse", "Desse", "Dei", "Der", "Her", "Da", "Då", "Nu", "Nå", "No",
            "Han", "Hun", "Ho", "Vi", "Jeg", "Eg", "Du", "Dere", "Dykk", "Hans", "Hennes", "Hendes",
            "En", "Et", "Ei", "Ein", "Eit", "Men", "Og", "Så", "Hvis", "Viss", "Dersom", "Når", "Mens", "Medan",
            "Efter", "Etter", "Før", "Inden", "Innan", "Ifølge", "Også", "Likevel", "Alligevel", "Derfor",
            "Difor", "Dermed", "Desuden", "Dessuten", "Samtidig", "Derefter", "Deretter", "Siden", "Sidan",
            "Hvad", "Hva", "Kva", "Hvor", "Kor", "Hvorfor", "Kvifor", "Hvordan", "Korleis", "Hvem", "Kven",
            "Ingen", "Ikke", "Ikkje", "Mange", "Flere", "Fleire", "Nogle", "Noen", "Nokre", "Alle", "Både");

    /**
     * Words after which a capitalised article or pronoun begins a name rather than a sentence: Norwegian
     * writes "til Det walisiske parlamentet", "i Det hvite hus", "fra Den internasjonale domstolen".
     */
    private static final Set<String> BEFORE_NAMES = Set.of(
            "til", "fra", "frå", "i", "på", "av", "af", "med", "mod", "mot", "for", "om", "ved", "hos", "under", "over",
            "efter", "etter", "og", "eller", "samt", "men", "end", "enn", "som", "at", "å", "mellem", "mellom", "blandt",
            "blant", "gennem", "gjennom", "uden", "uten", "utan", "fordi", "kalt", "kaldet", "kalla", "heter", "hedder");

    /** Articles and demonstratives that also begin names and titles ("Det Hvide Hus", "Den Gamle By"). */
    private static final Set<String> NAME_ARTICLES = Set.of("Det", "Den", "En", "Et", "Ei", "Ein", "Eit", "Dei");

    /**
     * The words written in lower case in {@code text} (a word starting with a lower-case letter), lower-cased
     * with {@link Locale#ROOT}: the vocabulary {@link #split(String, Set)} takes as common words.
     */
    public static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isLetter(text.charAt(i))) {
                int start = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (Character.isLowerCase(text.charAt(start))) {
                    words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
            } else {
                i++;
            }
        }
        return words;
    }

    /**
     * Whether the space at {@code space} separates a sentence without a full stop from the next one: a
     * lower-case word (or a closing quote after one) before, then either a {@link #SENTENCE_OPENERS} word
     * followed by a lower-case word — or any word, when the opener cannot begin a name — or a capitalised
     * common word followed by a lower-case word. Danish and Norwegian capitalise names only, so a word
     * written in lower case elsewhere starts a sentence here — unless this text also capitalises it after a
     * lower-case word elsewhere, as it does a name that is also a common word ("partiet Venstre",
     * "orkanen Rosa"). Words of one or two letters and words in capitals ("HIV", "IKKE") are left alone.
     */
    private static boolean startsUnpunctuatedSentence(String text, int space, Set<String> commonWords) {
        int before = space - 1;
        while (before >= 0 && CLOSERS.indexOf(text.charAt(before)) >= 0 && text.charAt(before) != ')') {
            before--;
        }
        int previousStart = before + 1;
        while (previousStart > 0 && Character.isLetter(text.charAt(previousStart - 1))) {
            previousStart--;
        }
        // the previous word must be a whole lower-case word ("Ri Yong Ho" is a name) that does not introduce one
        if (previousStart > before || !Character.isLowerCase(text.charAt(previousStart))
                || (previousStart > 0 && !Character.isWhitespace(text.charAt(previousStart - 1)) && text.charAt(previousStart - 1) != '-')
                || BEFORE_NAMES.contains(text.substring(previousStart, before + 1))) {
            return false;
        }
        int wordStart = space + 1;
        int wordEnd = wordStart;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == wordStart || wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
            return false;
        }
        String word = text.substring(wordStart, wordEnd);
        char next = wordEnd + 1 < text.length() ? text.charAt(wordEnd + 1) : ' ';
        if (SENTENCE_OPENERS.contains(word)) {
            return Character.isLowerCase(next) || (!NAME_ARTICLES.contains(word) && Character.isLetter(next));
        }
        return Character.isLowerCase(next) && isCapitalisedCommonWord(word, commonWords)
                && !capitalisedMidSentenceElsewhere(text, word, wordStart);
    }

    private static boolean isCapitalisedCommonWord(String word, Set<String> commonWords) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return word.substring(1).equals(lower.substring(1)) && commonWords.contains(lower);
    }

    /** Whether {@code word} also stands capitalised right after a lower-case word somewhere other than {@code at}. */
    private static boolean capitalisedMidSentenceElsewhere(String text, String word, int at) {
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
            int end = k + word.length();
            if (k == at || (end < text.length() && Character.isLetter(text.charAt(end)))) {
                continue;
            }
            int p = k - 1;
            if (p < 1 || !isHorizontalSpace(text.charAt(p))) {
                continue;
            }
            while (p > 0 && isHorizontalSpace(text.charAt(p))) {
                p--;
            }
            if (Character.isLowerCase(text.charAt(p))) {
                return true;
            }
        }
        return false;
    }

    /** Length of an HTML/XML tag such as {@code </seg>} or {@code <br/>} at {@code at}, else 0. */
    private static int markupTagLength(String text, int at) {
        if (text.charAt(at) != '<') {
            return 0;
        }
        int k = at + 1;
        if (k < text.length() && text.charAt(k) == '/') {
            k++;
        }
        if (k >= text.length() || !Character.isLetter(text.charAt(k))) {
            return 0;
        }
        int limit = Math.min(text.length(), at + 32);
        while (k < limit && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '/')) {
            k++;
        }
        return k < limit && text.charAt(k) == '>' ? k + 1 - at : 0;
    }

    private static boolean followsCapitalizedWord(String text, int tokenStart) {
        int k = tokenStart - 1;
        while (k >= 0 && isHorizontalSpace(text.charAt(k))) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return end - (k + 1) >= 2 && Character.isUpperCase(text.charAt(k + 1));
    }

    private static boolean isTitleLike(String key) {
        return switch (key) {
            case "hr", "dr", "fr", "frk", "prof", "gen", "sen", "st", "skt", "sct", "mr", "mrs", "ms" -> true;
            default -> false;
        };
    }

    private static boolean isInitials(String token) {
        // single capitals separated by full stops
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            boolean expectLetter = k % 2 == 0;
            if (expectLetter ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The word before the terminator, without leading quotes or brackets: "bl.a", "Kerry", "2014". */
    private static String tokenBefore(String text, int terminator) {
        int k = terminator;
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        while (k < terminator && (OPENERS.indexOf(text.charAt(k)) >= 0 || DASHES.indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        return text.substring(k, terminator);
    }

    /**
     * A paragraph that breaks after a comma or in the middle of a phrase and goes on in lower case is one
     * sentence across the break ("… denne dialog,\n\nog at dialogen …").
     */
    private static boolean continuesAcrossLineBreak(String text, int start, int lineEnd, int next) {
        if (next >= text.length()) {
            return false;
        }
        int last = lineEnd - 1;
        while (last >= start && isHorizontalSpace(text.charAt(last))) {
            last--;
        }
        if (last < start) {
            return false;
        }
        char before = text.charAt(last);
        char after = text.charAt(next);
        return (before == ',' || before == ';' || Character.isLowerCase(before)) && Character.isLowerCase(after);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
