package dev.parallax.align.service.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.align.service.Report;
import dev.parallax.text.Span;

/**
 * Quotes and who said them: text in »…«, «…», “…” or "…", and dialogue lines ("- Vi har aldrig afvist
 * dialog med USA, siger ministeriets talskvinde, Maria Sakharova."). The speaker is the name after the
 * verb of saying ("siger X", "sier X", "sagde X", "ifølge X"); a pronoun ("siger hun") or no verb at all
 * falls back to the person named last before the quote.
 */
public final class QuoteExtractor {

    private static final int MIN_QUOTE = 15;
    private static final Pattern DIALOGUE = Pattern.compile("^[-–—]\\s+(.{" + MIN_QUOTE + ",}?)[,.]?\\s+(?:siger|sagde|sier|sa|seier|skriver|tilføjer|tilføyer)\\b");
    private static final Pattern SAID_BY = Pattern.compile(
            "^\\s*[,.]?\\s*(?:siger|sagde|sier|sa|seier|skriver|tilføjer|tilføyer|forklarer|oplyser|opplyser|ifølge|iflg\\.)\\s+"
                    + "(?:[\\p{Ll}\\s,]*?)?(\\p{Lu}[\\p{L}-]+(?:\\s+(?:al-)?\\p{Lu}[\\p{L}-]+)*)");

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
        List<Span> sentences = report.sentences();
        for (Span s : sentences) {
            String sentence = s.of(text);
            Matcher d = DIALOGUE.matcher(sentence);
            if (d.find()) {
                int start = s.start() + d.start(1);
                int end = s.start() + d.end(1);
                if (quotes.stream().noneMatch(q -> q.start() < end && start < q.end())) {
                    quotes.add(quote(doc, report, start, end, people));
                }
            }
        }
        return quotes;
    }

    private static char closerOf(char opener) {
        return switch (opener) {
            case '»' -> '«';
            case '«' -> '»';
            case '“', '„' -> '”';
            default -> '"';
        };
    }

    private static Fact quote(int doc, Report report, int start, int end, List<Fact> people) {
        String text = report.text();
        String said = text.substring(end, Math.min(text.length(), end + 120)).replaceFirst("^[«»“”\"]", "");
        Matcher by = SAID_BY.matcher(said);
        String speaker = null;
        if (by.find()) {
            // "sagde talsmand for det russiske Forsvarsministerium, generalmajor Igor Konashenkov": a person
            // named in the attribution beats the first capitalised word
            int attributionEnd = end + by.end() + 80;
            speaker = people.stream()
                    .filter(p -> p.doc() == doc && p.start() >= end && p.start() < attributionEnd)
                    .map(Fact::value).findFirst().orElse(by.group(1));
        } else {
            for (Fact p : people) {
                if (p.doc() == doc && p.start() < start) {
                    speaker = p.value();
                }
            }
        }
        String quoted = text.substring(start, end).trim();
        return new Fact("quote", doc, FactExtractor.sentenceOf(report.sentences(), start), start, end, text.substring(start, end),
                quoted, "", speaker);
    }
}
