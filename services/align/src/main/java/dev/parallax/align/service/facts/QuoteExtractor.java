package dev.parallax.align.service.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.value.NameValue;
import dev.parallax.align.service.facts.value.QuoteValue;
import dev.parallax.text.Folding;
import dev.parallax.text.Span;
import dev.parallax.text.lang.NordicLanguageData;

/**
 * Quotes and who said them: text in »…«, «…», “…” or "…", and dialogue lines ("- Vi har aldrig afvist
 * dialog med USA, siger ministeriets talskvinde, Maria Sakharova."). The speaker is named by an attribution:
 * a verb of saying ({@link NordicLanguageData#isSpeechVerb}) and a name after the quote ("siger X",
 * "sa forbundsleder X", "ifølge X"), or a name and a verb of saying before it ("X sier: «…»"). Only such
 * a speaker counts when reports are compared; a pronoun ("siger hun") or no verb at all names, for the
 * reader, the person named last before the quote.
 */
public final class QuoteExtractor {

    private static final int MIN_QUOTE = 15;
    private static final Pattern WORD = Pattern.compile("[\\p{L}.]+");
    private static final Pattern DIALOGUE_START = Pattern.compile("^[-–—]\\s+");

    private final NordicLanguageData data = NordicLanguageData.get();

    public List<Fact> extract(int doc, Report report, List<Fact> people) {
        String text = report.text();
        List<Fact> quotes = new ArrayList<>();
        // pair quote marks in order: Danish opens with », Norwegian with «; a short quote (»konstruktiv«)
        // must still close, or the next quote would be read from its closing mark
        char opener = 0;
        int openedAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '»' && c != '«' && c != '“' && c != '”' && c != '"' && c != '„') {
                continue;
            }
            if (opener != 0 && c == closerOf(opener)) {
                if (i - openedAt - 1 >= MIN_QUOTE) {
                    quotes.add(quote(doc, report, openedAt + 1, i, people));
                }
                opener = 0;
            } else if (opener == 0 && c != '”') {
                opener = c;
                openedAt = i;
            }
        }
        for (Span s : report.sentences()) {
            String sentence = s.of(text);
            Matcher dash = DIALOGUE_START.matcher(sentence);
            if (!dash.find()) {
                continue;
            }
            // "- Vi har aldrig afvist dialog med USA, siger hun.": the quote ends at the comma before the verb of saying
            int verbAt = speechVerbAfterComma(sentence, dash.end());
            if (verbAt < 0) {
                continue;
            }
            int start = s.start() + dash.end();
            int end = s.start() + sentence.lastIndexOf(',', verbAt);
            if (end - start >= MIN_QUOTE && quotes.stream().noneMatch(q -> q.start() < end && start < q.end())) {
                quotes.add(quote(doc, report, start, end, people));
            }
        }
        return quotes;
    }

    /** Where ", siger …" begins in a dialogue line: the verb of saying right after a comma; -1 when none. */
    private int speechVerbAfterComma(String sentence, int from) {
        for (int comma = sentence.indexOf(',', from); comma >= 0; comma = sentence.indexOf(',', comma + 1)) {
            Matcher w = WORD.matcher(sentence);
            if (w.find(comma + 1) && sentence.substring(comma + 1, w.start()).isBlank()
                    && data.isSpeechVerb(Folding.fold(w.group().replace(".", "")))) {
                return w.start();
            }
        }
        return -1;
    }

    private static char closerOf(char opener) {
        return switch (opener) {
            case '»' -> '«';
            case '«' -> '»';
            case '“', '„' -> '”';
            default -> '"';
        };
    }

    private Fact quote(int doc, Report report, int start, int end, List<Fact> people) {
        String text = report.text();
        Fact named = attributedAfter(doc, text, end, people);
        if (named == null) {
            named = attributedBefore(doc, text, start, people);
        }
        String speaker;
        String speakerKey = null;
        int[] speakerAt = null;
        if (named != null) {
            speaker = ((NameValue) named.value()).canonical();
            speakerKey = ((NameValue) named.value()).key();
            speakerAt = new int[] {named.start(), named.end()};
        } else {
            speaker = null;
            for (Fact p : people) {
                if (p.doc() == doc && p.start() < start) {
                    speaker = ((NameValue) p.value()).canonical(); // for the reader only: "siger hun"
                }
            }
        }
        String quoted = text.substring(start, end).trim();
        return new Fact("quote", doc, FactExtractor.sentenceOf(report.sentences(), start), start, end,
                text.substring(start, end), new QuoteValue(quoted, speakerKey, speaker, speakerAt), Slot.NONE);
    }

    /**
     * «…», sier forbundsleder Hilde Sørbø: a verb of saying within the first words after the quote, then a
     * person named before the sentence ends.
     */
    private Fact attributedAfter(int doc, String text, int end, List<Fact> people) {
        int limit = sentenceEnd(text, end + 1);
        Matcher w = WORD.matcher(text);
        int words = 0;
        for (int at = end; w.find(at) && w.start() < limit && words < 3; at = w.end(), words++) {
            if (data.isSpeechVerb(Folding.fold(w.group().replace(".", "")))) {
                int verbEnd = w.end();
                Matcher next = SURNAME_AFTER_VERB.matcher(text);
                next.region(verbEnd, Math.max(verbEnd, limit));
                boolean followed = next.lookingAt();
                if (followed && data.isNameCue("title", Folding.fold(next.group(1)))) {
                    // "sagde Hr. Adams": the title is no name; the name after it is the speaker
                    // (its full stop ends no sentence)
                    int after = next.end(1) + (next.end(1) < text.length() && text.charAt(next.end(1)) == '.' ? 1 : 0);
                    next.region(after, Math.max(after, sentenceEnd(text, after + 1)));
                    followed = next.lookingAt();
                }
                boolean nameFollows = followed;
                // "sagde Trump ved et møde i West Virginia": a name right after the verb is the speaker; only past
                // a role in lower case ("sier forbundsleder Hilde Sørbø") is the speaker the next person named
                Fact named = people.stream()
                        .filter(p -> p.doc() == doc && p.start() >= verbEnd && p.start() < Math.min(limit, verbEnd + 120))
                        .filter(p -> !nameFollows || p.start() == next.start(1))
                        .findFirst().orElse(null);
                if (named != null) {
                    return named;
                }
                // "sier Peskov": a surname alone, capitalised right after the verb, names the speaker
                if (nameFollows) {
                    String name = next.group(1);
                    return new Fact("person", doc, -1, next.start(1), next.end(1), name,
                            new NameValue(NameKey.of(NameExtractor.stripGenitive(name)), name, "person"), Slot.NONE);
                }
                return null;
            }
        }
        return null;
    }

    private static final Pattern SURNAME_AFTER_VERB = Pattern.compile("\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?=[\\s.,;:!?»«\"”]|$)");

    /** Hilde Sørbø sier: «…»: a person, then a verb of saying, right before the quote. */
    private Fact attributedBefore(int doc, String text, int start, List<Fact> people) {
        int from = Math.max(0, start - 80);
        String before = text.substring(from, start);
        Fact best = null;
        for (Fact p : people) {
            if (p.doc() != doc || p.end() > start || p.start() < from) {
                continue;
            }
            String between = text.substring(p.end(), start).replaceAll("[:«»\"“„,\\s]+", " ").trim();
            String[] words = between.isEmpty() ? new String[0] : between.split(" ");
            if (words.length >= 1 && words.length <= 2 && data.isSpeechVerb(Folding.fold(words[0]))) {
                best = p;
            }
        }
        return before.isEmpty() ? null : best;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }
}
