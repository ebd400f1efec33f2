package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits Danish and Norwegian news text into sentences.
 * <p>
 * ICU's UAX #29 sentence rules do the bulk: they already keep "18. september" and "15. sept. mellem"
 * together because a lower-case word follows the full stop, and they break at every line end, which
 * keeps headlines without a full stop and "Foto: …" captions apart. CLDR ships no Danish or Norwegian
 * abbreviation suppressions, so the common ones are added here (an abbreviation followed by a capital,
 * "iflg. Reuters", must not end a sentence).
 * <p>
 * Thread-safe: each call works on its own copy of the break iterator.
 */
public final class SentenceSegmenter {

    /** Abbreviations that end with a full stop but rarely end a sentence in Danish and Norwegian news. */
    static final List<String> ABBREVIATIONS = List.of(
            "bl.a.", "f.eks.", "iflg.", "ifølge.", "kl.", "ca.", "evt.", "mht.", "dvs.", "hhv.", "mv.", "osv.",
            "jf.", "jfr.", "nr.", "pga.", "vha.", "inkl.", "ekskl.", "mill.", "mia.", "mrd.", "pct.", "gen.",
            "d.", "dr.", "hr.", "fr.", "prof.", "sen.", "sept.", "jan.", "feb.", "mar.", "apr.", "aug.", "okt.",
            "nov.", "dec.", "St.", "ang.", "vedr.", "bl.", "f.", "m.fl.", "o.l.", "e.l.", "t.o.m.", "fhv.",
            "adm.", "stk.", "tlf.", "årh.", "s.", "ff.");

    private final BreakIterator prototype;

    private SentenceSegmenter(BreakIterator prototype) {
        this.prototype = prototype;
    }

    /** The segmenter for Danish, Bokmål and Nynorsk text. */
    public static SentenceSegmenter nordic() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        for (String abbreviation : ABBREVIATIONS) {
            builder.suppressBreakAfter(abbreviation);
            // suppressions are case-sensitive; a sentence may start with the abbreviation
            builder.suppressBreakAfter(abbreviation.substring(0, 1).toUpperCase(Locale.ROOT) + abbreviation.substring(1));
        }
        BreakIterator base = BreakIterator.getSentenceInstance(new ULocale("da"));
        return new SentenceSegmenter(builder.wrapIteratorWithFilter(base));
    }

    /**
     * The sentences of {@code text}, in order, trimmed of surrounding white space; blank stretches
     * produce no sentence.
     */
    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return sentences;
        }
        BreakIterator breaks = (BreakIterator) prototype.clone();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            addTrimmed(text, start, end, sentences);
        }
        return sentences;
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
