package dev.parallax.align.service.facts;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.value.Amount;
import dev.parallax.align.service.facts.value.Bound;
import dev.parallax.align.service.facts.value.ClockTime;
import dev.parallax.align.service.facts.value.DateValue;
import dev.parallax.align.service.facts.value.NameValue;
import dev.parallax.align.service.facts.value.Ordinal;
import dev.parallax.align.service.facts.value.Score;
import dev.parallax.align.service.facts.value.Value;
import dev.parallax.align.service.lexicon.WordInfo;
import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import dev.parallax.text.lang.NordicLanguageData;
import dev.parallax.text.lang.NordicLanguageData.NumberType;
import dev.parallax.text.lang.NordicLanguageData.NumberWord;
import dev.parallax.text.lang.NordicLanguageData.Qualifier;
import dev.parallax.text.lang.NordicLanguageData.TimeWord;
import dev.parallax.text.lang.NordicLanguageData.Unit;
import dev.parallax.text.lang.NumberReading;
import dev.parallax.text.lang.NumberReading.Reading;
import dev.parallax.text.lang.PhraseTable;

/**
 * Finds the values a Danish, Bokmål or Nynorsk report states and what each is about, sentence by
 * sentence, over tokens: dates (absolute, a month or a year alone, weekdays and relative days against the
 * publication date, "for tre år siden"), clock times, scores, ages, ordinals, lengths of time, and amounts
 * (counts with the noun they count, percentages, money with its currency, measures with their unit).
 * Every word it knows comes from {@link NordicLanguageData}; the rules here are about the shape of the
 * phrase ("number, unit", "qualifier, number", "noun på number"), never about particular words of a text.
 * Names and quotes are found by {@link NameExtractor} and {@link QuoteExtractor}.
 */
public final class FactExtractor {

    private final NordicLanguageData data = NordicLanguageData.get();

    /** Words that end like an attributive adjective: skipped between a number and the noun it counts. */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("\\p{L}{2,}(?:e|ige|igt|ske|skt|ede|ete|ne)");
    /** "3.26,41": minutes, seconds and hundredths of a time taken. */
    private static final Pattern MINUTES_SECONDS_HUNDREDTHS = Pattern.compile("(\\d{1,2})[.:](\\d{2}),(\\d{1,2})");
    /** "22-årige", "5-årig", "22-åring", "22-åringen": compounds of a number and "år". */
    private static final Pattern YEAR_COMPOUND = Pattern.compile("aar(?:ig|ige|igt|ing|ingen|ingar|ingane|inger|ingene|ingerne)");
    /** "femårig", "fireårskontrakt", "toårsperiode": a number word and "år" in one word. */
    private static final Pattern WORD_YEAR_COMPOUND = Pattern.compile("(\\p{L}+?)-?aar(?:ig|ige|igt|s)(\\p{L}*)");
    /** "30-årene", "30-åra", "30'erne": a decade of life or of a century. */
    private static final Pattern DECADE = Pattern.compile("aar(?:ene|a|ane|erne)|erne|tallet|talet");
    /** Endings of plural nouns ("mennesker", "ansatte", "kundar"): after a four-digit number, a count, not a year. */
    private static final Pattern PLURAL_NOUN = Pattern.compile("\\p{L}{3,}(?:er|ar|or|e|a)");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern CLOCK_DIGITS = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?");
    /** "13.00", "06.40": hours and minutes, read as a clock time after "innen", "fra", "før" and the like. */
    private static final Pattern HOUR_DOT_MINUTES = Pattern.compile("([01]?\\d|2[0-4])\\.[0-5]\\d");
    private static final Pattern DAY_MONTH_DIGITS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");
    /** A time unit followed by "lang": "timelang", "døgnlange", "halvtimes". */
    private static final Pattern UNIT_LONG = Pattern.compile("(halv)?(\\p{L}+?)(?:lang|lange|langt|s)");

    /** The values of a report, with no lexicon: parts of speech guessed from word endings. */
    public List<Fact> extract(int doc, Report report) {
        return extract(doc, report, Map.of());
    }

    /**
     * The values of a report.
     *
     * @param words what the lexicon knows of the report's word forms: parts of speech tell the noun a
     *              number counts from a verb after it, and Bokmål lemmas name the head across the norms
     */
    public List<Fact> extract(int doc, Report report, Map<String, WordInfo> words) {
        List<Fact> facts = new ArrayList<>();
        for (int s = 0; s < report.sentences().size(); s++) {
            new SentenceReader(doc, s, report, words).read(facts);
        }
        return facts;
    }

    /** The values of one sentence; tokens once claimed by a value are not read again. */
    private final class SentenceReader {
        private final int doc;
        private final int sentence;
        private final Report report;
        private final String text;
        private final int base;
        private final List<Token> t;
        private final boolean[] claimed;
        private final LocalDate published;
        /** Set right before adding a count whose head is the noun after it. */
        private boolean headAfterValue;

        private final Map<String, WordInfo> words;

        SentenceReader(int doc, int sentence, Report report, Map<String, WordInfo> words) {
            this.words = words;
            this.doc = doc;
            this.sentence = sentence;
            this.report = report;
            Span span = report.sentences().get(sentence);
            this.text = report.text();
            this.base = span.start();
            this.t = Tokenizer.tokens(span.of(text));
            this.claimed = new boolean[t.size()];
            this.published = report.published();
        }

        void read(List<Fact> out) {
            List<Fact> found = new ArrayList<>();
            isoAndNumericDates(found);
            raceTimes(found);
            clockTimes(found);
            dayMonthDates(found);
            relativeExpressions(found);
            weekdays(found);
            monthsAndYears(found);
            scoresAndRanges(found);
            ages(found);
            wordCompounds(found);
            ordinals(found);
            amounts(found);
            nationalities(found);
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.addAll(elliptical(found));
        }

        /**
         * A bare decimal in a sentence whose other decimal is a percentage is one too: "har tilbudt 3,2 prosent, mens
         * forbundet krever 4,1" says 4,1 per cent, the unit written once for both (polls, rates, wage demands). Whole
         * numbers do not ("12" beside "3,2 prosent" may count anything), nor units with a scale ("3,2 millioner").
         */
        private List<Fact> elliptical(List<Fact> found) {
            Amount unitBearing = null;
            for (Fact f : found) {
                if (f.value() instanceof Amount a && (a.dimension().equals("percent") || a.dimension().equals("percentage-point"))
                        && a.bound() != Bound.RANGE && a.value().stripTrailingZeros().scale() > 0) {
                    if (unitBearing != null && !unitBearing.dimension().equals(a.dimension())) {
                        return found; // per cent and points: which one the bare number shares is not said
                    }
                    unitBearing = a;
                }
            }
            if (unitBearing == null) {
                return found;
            }
            List<Fact> out = new ArrayList<>(found.size());
            for (Fact f : found) {
                if (f.value() instanceof Amount a && a.dimension().equals("count") && !f.slot().hasHead()
                        && a.value().stripTrailingZeros().scale() > 0) {
                    f = f.withValue(new Amount(unitBearing.dimension(), a.value(), null, a.bound(), unitBearing.unit(),
                            List.of(a.value()), a.precision()));
                }
                out.add(f);
            }
            return out;
        }

        // ---- dates ------------------------------------------------------------------------------------

        /** "2015-09-18", "18.9.2015", "18.09.", "18/9". */
        private void isoAndNumericDates(List<Fact> out) {
            for (int i = 0; i + 4 < t.size(); i++) {
                if (free(i, i + 5) && FOUR_DIGITS.matcher(t.get(i).text()).matches() && joined(i, i + 5)
                        && isDash(t.get(i + 1)) && isDash(t.get(i + 3)) && t.get(i + 2).isNumber() && t.get(i + 4).isNumber()) {
                    LocalDate date = date(Integer.parseInt(t.get(i).text()), Integer.parseInt(t.get(i + 2).text()),
                            Integer.parseInt(t.get(i + 4).text()));
                    if (date != null) {
                        add(out, "date", i, i + 5, DateValue.day(date, false), anchor(i));
                    }
                }
            }
            for (int i = 0; i + 1 < t.size(); i++) {
                Token n = t.get(i);
                Matcher m = DAY_MONTH_DIGITS.matcher(n.text());
                if (!free(i, i + 2) || !n.isNumber() || !m.matches() || !t.get(i + 1).is(".") || t.get(i + 1).spaceBefore()
                        || clockWordBefore(i)) {
                    continue;
                }
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                int to = i + 2;
                Integer year = null;
                if (to < t.size() && FOUR_DIGITS.matcher(t.get(to).text()).matches() && !t.get(to).spaceBefore()) {
                    year = Integer.valueOf(t.get(to).text());
                    to++;
                }
                if (month < 1 || month > 12 || day < 1 || day > 31) {
                    continue;
                }
                add(out, "date", i, to, dayOfMonth(day, month, year), anchor(i));
            }
        }

        /** "18. september 2015", "15. sept.", "den 3. mars": a day number, its full stop, a month, maybe a year. */
        private void dayMonthDates(List<Fact> out) {
            for (int i = 0; i + 2 < t.size(); i++) {
                if (!free(i, i + 3) || !t.get(i).isNumber() || !ONE_OR_TWO_DIGITS.matcher(t.get(i).text()).matches()) {
                    continue;
                }
                int at = t.get(i + 1).is(".") ? i + 2 : i + 1;
                OptionalInt month = monthAt(at);
                if (month.isEmpty() || (at == i + 1 && !(i > 0 && t.get(i - 1).is("den")))) {
                    continue;
                }
                int to = at + 1;
                if (to < t.size() && t.get(to).is(".") && !t.get(to).spaceBefore()) {
                    to++; // "sept."
                }
                Integer year = null;
                int y = to < t.size() && t.get(to).is(",") ? to + 1 : to; // "30. september, 1882"
                if (y < t.size() && FOUR_DIGITS.matcher(t.get(y).text()).matches() && free(y, y + 1)) {
                    year = Integer.valueOf(t.get(y).text());
                    to = y + 1;
                }
                int day = Integer.parseInt(t.get(i).text());
                if (day >= 1) {
                    DateValue date = dayOfMonth(day, month.getAsInt(), year);
                    int from = i;
                    // "natt til 3. mars": the night before that day
                    if (date.resolved() && i >= 2 && t.get(i - 1).is("til") && t.get(i - 2).folded().startsWith("nat")
                            && data.timeWords("part-of-day").get(t.get(i - 2).folded()).isPresent()) {
                        date = DateValue.night(date.from());
                        from = i - 2;
                    }
                    add(out, "date", from, to, date, anchor(from));
                }
            }
        }

        /** "marts 2014", "i november", "sidan mai", "i 2014", and a year alone. */
        private void monthsAndYears(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1)) {
                    continue;
                }
                OptionalInt month = monthAt(i);
                if (month.isPresent() && isMonthName(i)) {
                    int to = i + 1;
                    if (to < t.size() && FOUR_DIGITS.matcher(t.get(to).text()).matches() && free(to, to + 1)) {
                        int year = Integer.parseInt(t.get(to).text());
                        add(out, "date", i, to + 1, DateValue.month(year, month.getAsInt(), false), anchor(i));
                    } else {
                        add(out, "date", i, to, yearlessMonth(month.getAsInt()), anchor(i));
                    }
                    continue;
                }
                Token token = t.get(i);
                if (token.isNumber() && i + 2 < t.size() && isDash(t.get(i + 1)) && !t.get(i + 1).spaceBefore()
                        && t.get(i + 2).folded().matches("tallet|talet|tal|tals")) {
                    claim(i, i + 3); // "1990-tallet", "1600-talet": a decade or a century, not a year or a count
                    continue;
                }
                if (token.isNumber() && FOUR_DIGITS.matcher(token.text()).matches() && isYear(i)) {
                    add(out, "date", i, i + 1, DateValue.year(Integer.parseInt(token.text()), false), anchor(i));
                }
            }
        }

        /** "i går", "i fjor", "i nat", "forrige uke", "for tre år siden", "om to uker". */
        private void relativeExpressions(List<Fact> out) {
            PhraseTable<TimeWord> words = data.timeWords("relative");
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1)) {
                    continue;
                }
                Optional<PhraseTable.Match<TimeWord>> match = words.startingAt(t, i);
                if (match.isPresent() && free(i, match.get().to())) {
                    TimeWord w = match.get().meaning();
                    DateValue value = published == null ? null : switch (w.type()) {
                        case "day" -> DateValue.day(published.plusDays(w.value()), true);
                        case "night" -> DateValue.night(published.plusDays(w.value()));
                        case "week" -> DateValue.week(published.with(DayOfWeek.MONDAY).plusWeeks(w.value()));
                        case "year" -> DateValue.year(published.getYear() + w.value(), true);
                        default -> null;
                    };
                    if (value != null || List.of("day", "night", "week", "year").contains(w.type())) {
                        int to = partOfDayAfter(match.get().to());
                        if (value != null) {
                            add(out, "date", i, to, value, anchor(i));
                        } else {
                            claim(i, to); // "i går" with no publication date: nothing to compare
                        }
                        continue;
                    }
                }
                // "for tre år siden" / "om to uker": an amount of time, then a word that makes it a point in time
                if (t.get(i).is("for") || t.get(i).is("om")) {
                    Optional<Reading> n = i + 1 < t.size() ? number(i + 1) : Optional.empty();
                    if (n.isEmpty() || n.get().to() >= t.size()) {
                        continue;
                    }
                    Optional<Unit> unit = data.unit(t.get(n.get().to()).folded());
                    int after = n.get().to() + 1;
                    boolean ago = t.get(i).is("for") && after < t.size()
                            && data.timeWords("ago-marker").startingAt(t, after).isPresent();
                    if (unit.isPresent() && unit.get().isTime() && (ago || t.get(i).is("om"))) {
                        int to = ago ? after + 1 : after;
                        long days = n.get().value().multiply(unit.get().factors().get(0))
                                .divide(BigDecimal.valueOf(86_400), java.math.RoundingMode.HALF_UP).longValue();
                        if (published != null) {
                            LocalDate point = ago ? published.minusDays(days) : published.plusDays(days);
                            String unitWord = t.get(n.get().to()).folded();
                            DateValue value = unitWord.startsWith("aar") ? DateValue.year(point.getYear(), true)
                                    : days >= 28 ? DateValue.month(point.getYear(), point.getMonthValue(), true)
                                    : DateValue.day(point, true);
                            add(out, "date", i, to, value, anchor(i));
                        } else {
                            claim(i, to);
                        }
                    }
                }
            }
        }

        /** "fredag", "mandag morgen", "natt til tysdag", "sidste mandag", "innen tirsdag". */
        private void weekdays(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1) || !t.get(i).isWord()) {
                    continue;
                }
                Optional<DayOfWeek> weekday = weekdayAt(i);
                if (weekday.isEmpty() || inTitle(i) || namesDateAfter(i, out)) {
                    continue;
                }
                int from = i;
                int shift = 0;
                boolean night = false;
                boolean ahead = false;
                Optional<PhraseTable.Match<TimeWord>> shifted = data.timeWords("shift").endingBefore(t, i);
                if (shifted.isPresent()) {
                    shift = shifted.get().meaning().value();
                    from = shifted.get().from();
                } else if (data.timeWords("deadline").endingBefore(t, i).isPresent()) {
                    ahead = true;
                }
                // "natt til tysdag", "natten til torsdag": the night before that day
                if (i >= 2 && t.get(i - 1).is("til") && data.timeWords("part-of-day").get(t.get(i - 2).folded()).isPresent()
                        && t.get(i - 2).folded().startsWith("nat")) {
                    night = true;
                    ahead = false;
                    from = i - 2;
                }
                int to = partOfDayAfter(i + 1);
                DateValue value;
                if (published == null) {
                    value = DateValue.weekdayOnly(weekday.get());
                } else {
                    LocalDate day = ahead ? published.with(TemporalAdjusters.nextOrSame(weekday.get()))
                            : shift > 0 ? published.with(TemporalAdjusters.next(weekday.get())).plusWeeks(shift - 1)
                            : shift < 0 ? published.with(TemporalAdjusters.previous(weekday.get()))
                            : published.with(TemporalAdjusters.previousOrSame(weekday.get()));
                    value = night ? DateValue.night(day)
                            : !ahead && shift == 0 && day.isBefore(published) && anchor(from).isEmpty() ? DateValue.lastOrNextWeekday(day)
                            : DateValue.day(day, true);
                }
                add(out, "date", from, to, value, anchor(from));
            }
        }

        /** The sentence names the evening or afternoon ("i aftes", "i går kveld", "torsdag ettermiddag"). */
        private boolean saysEvening() {
            for (Token token : t) {
                if (token.isWord() && data.timeWords("part-of-day").get(token.folded()).map(w -> w.value() == 12).orElse(false)) {
                    return true;
                }
            }
            return false;
        }

        /** Skips "morgen", "aften", "kveld" after a day: a part of that day, not another date. */
        private int partOfDayAfter(int at) {
            if (at < t.size() && data.timeWords("part-of-day").get(t.get(at).folded()).isPresent() && !t.get(at).startsUpperCase()) {
                return at + 1;
            }
            return at;
        }

        /**
         * "lørdag 29. september", "fredag den 18.": the weekday names the date after it, which says the day; read
         * apart, the weekday would agree with any other date on a Saturday and hide the date's conflict.
         */
        private boolean namesDateAfter(int i, List<Fact> found) {
            int j = i + 1;
            while (j < t.size() && (t.get(j).is(",") || t.get(j).is("(") || t.get(j).is("den"))) {
                j++;
            }
            if (j >= t.size() || !t.get(j).isNumber() || free(j, j + 1)) {
                return false; // "torsdag om en uge" is one expression, read with the weekday
            }
            int start = base + t.get(j).start();
            for (Fact f : found) {
                if (f.start() == start && f.value() instanceof DateValue d && ("day".equals(d.granularity()) || d.dayOfMonth() != null)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Weekdays are written in lower case in Danish and Norwegian: one capitalised before another capitalised
         * word is part of a name or title ("Søndag Morgen", "Fredag Live"), not a day.
         */
        private boolean inTitle(int i) {
            return t.get(i).startsUpperCase() && i + 1 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).startsUpperCase()
                    && !t.get(i + 1).text().equals(t.get(i + 1).text().toUpperCase(java.util.Locale.ROOT));
        }

        private Optional<DayOfWeek> weekdayAt(int i) {
            String w = firstPart(t.get(i).folded());
            Optional<DayOfWeek> day = data.weekday(w);
            if (day.isEmpty() && (w.endsWith("en") || w.endsWith("s"))) {
                day = data.weekday(w.endsWith("en") ? w.substring(0, w.length() - 2) : w.substring(0, w.length() - 1));
            }
            return day;
        }

        private OptionalInt monthAt(int i) {
            if (i >= t.size() || !t.get(i).isWord()) {
                return OptionalInt.empty();
            }
            return data.month(firstPart(t.get(i).folded()));
        }

        /** "september-møtet", "fredags-kampen": the first part of a hyphenated compound. */
        private String firstPart(String folded) {
            int dash = folded.indexOf('-');
            return dash > 0 ? folded.substring(0, dash) : folded;
        }

        /**
         * A month name standing alone or before a year: written in lower case (a capitalised "August" or
         * "Mars" inside a sentence is a name), and a full name rather than an abbreviation.
         */
        private boolean isMonthName(int i) {
            Token m = t.get(i);
            boolean yearAfter = i + 1 < t.size() && FOUR_DIGITS.matcher(t.get(i + 1).text()).matches();
            if (m.startsUpperCase() && i > 0 && !yearAfter) {
                return false;
            }
            return data.isFullMonthName(firstPart(m.folded())) || yearAfter;
        }

        /** A four-digit number from 1800 to 2099 that does not count something or continue a name or a number. */
        private boolean isYear(int i) {
            int year = Integer.parseInt(t.get(i).text());
            if (year < 1800 || year > 2099 || attachedBefore(i)) {
                return false;
            }
            int next = i + 1;
            if (next < t.size() && t.get(next).isWord() && t.get(next).spaceBefore()) {
                String w = t.get(next).folded();
                // "2000 mennesker" counts; "2014 var" and "i 2014 og" do not
                boolean counts = !data.isStopWord(w) && !t.get(next).startsUpperCase() && data.unit(w).isEmpty()
                        && data.month(w).isEmpty() && data.weekday(w).isEmpty() && data.currency(w).isEmpty()
                        && (words.containsKey(t.get(next).text()) ? knownNoun(next) : PLURAL_NOUN.matcher(w).matches())
                        && !isVerbLike(next)
                        && !(i > 0 && (t.get(i - 1).is("i") || t.get(i - 1).is("siden") || t.get(i - 1).is("sidan")
                        || t.get(i - 1).isWord() && t.get(i - 1).startsUpperCase() || data.month(t.get(i - 1).folded()).isPresent()));
                return !counts;
            }
            return true;
        }

        // ---- clock times ------------------------------------------------------------------------------

        /** "kl. 11.20", "klokka 11.40", "klokken 7", "11:20", "klokken halv åtte", "ved 23-tiden". */
        /**
         * A time taken, as sport writes it: "3.26,41" (minutes, seconds and hundredths), "2:05:33" (hours, minutes,
         * seconds). The hundredths or the third group tell it from a clock time ("11.20") and a decimal ("3,5").
         */
        private void raceTimes(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1) || !t.get(i).isNumber()) {
                    continue;
                }
                Matcher minutes = MINUTES_SECONDS_HUNDREDTHS.matcher(t.get(i).text());
                BigDecimal seconds = null;
                if (minutes.matches() && Integer.parseInt(minutes.group(2)) < 60) {
                    seconds = BigDecimal.valueOf(Integer.parseInt(minutes.group(1)) * 60L + Integer.parseInt(minutes.group(2)))
                            .add(new BigDecimal("0." + minutes.group(3)));
                } else if (i + 2 < t.size() && t.get(i + 1).is(":") && !t.get(i + 1).spaceBefore() && !t.get(i + 2).spaceBefore()
                        && t.get(i + 2).isNumber() && t.get(i + 2).text().matches("\\d{2}") && t.get(i).text().matches("\\d{1,2}:\\d{2}")) {
                    String[] hm = t.get(i).text().split(":");
                    if (Integer.parseInt(hm[1]) < 60 && Integer.parseInt(t.get(i + 2).text()) < 60) {
                        seconds = BigDecimal.valueOf(Integer.parseInt(hm[0]) * 3600L + Integer.parseInt(hm[1]) * 60L
                                + Integer.parseInt(t.get(i + 2).text()));
                        add(out, "duration", i, i + 3, Amount.exact("time", seconds, seconds().identity()), "", "", "");
                        i += 2;
                        continue;
                    }
                    seconds = null;
                }
                if (seconds != null) {
                    add(out, "duration", i, i + 1, Amount.exact("time", seconds, seconds().identity()), "", "", "");
                }
            }
        }

        private Unit seconds() {
            return data.unit("sekund").orElseThrow();
        }

        private void clockTimes(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1)) {
                    continue;
                }
                Token token = t.get(i);
                boolean clockWord = token.isWord() && data.timeWords("clock").get(token.folded()).isPresent();
                // "litt over halv ti", "halv åtte i går morgon": half an hour before the hour, said without "klokken"
                boolean halfHour = token.is("halv") && i + 1 < t.size() && (data.timeWords("clock-bound").endingBefore(t, i).isPresent()
                        || i + 2 < t.size() && (data.timeWords("relative").startingAt(t, i + 2).isPresent()
                        || data.timeWords("part-of-day").get(t.get(i + 2).folded()).isPresent()));
                // "kvart over ni", "kvart på ti", "kvart i ni": a quarter past or to an hour, a phrase only clock times use
                boolean quarter = token.is("kvart") && i + 2 < t.size()
                        && (t.get(i + 1).is("over") || t.get(i + 1).is("paa") || t.get(i + 1).is("i")) && spokenHour(i + 2) != null;
                int from = i;
                int at = i;
                if (halfHour || quarter) {
                    clockWord = true; // read below as "klokken halv …", "klokken kvart over …"
                } else if (clockWord) {
                    at = i + 1;
                    if (at < t.size() && t.get(at).is(".")) {
                        at++;
                    }
                } else if (!(token.isNumber() && token.text().contains(":"))
                        && !(token.isNumber() && i + 2 < t.size() && isDash(t.get(i + 1)) && t.get(i + 2).folded().equals("tiden"))
                        && !(token.isNumber() && HOUR_DOT_MINUTES.matcher(token.text()).matches() && (i > 0
                        && (data.timeWords("deadline").endingBefore(t, i).isPresent() || data.timeWords("since").endingBefore(t, i).isPresent()
                        || data.timeWords("clock-bound").endingBefore(t, i).isPresent() || data.qualifiers().endingBefore(t, i).isPresent())
                        || data.timeWords("zone").startingAt(t, i + 1).isPresent()))) {
                    continue; // "11:20", "23-tiden", "innen 13.00": clock times without "kl."
                }
                if (at >= t.size()) {
                    continue;
                }
                int minutes;
                boolean minutesGiven;
                int to;
                Token value = t.get(at);
                Matcher m = CLOCK_DIGITS.matcher(value.text());
                if (value.isNumber() && m.matches()) {
                    int hour = Integer.parseInt(m.group(1));
                    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    if (minute > 59 || !clockWord && hour > 24) {
                        continue;
                    }
                    minutes = (hour == 24 ? 0 : hour) * 60 + minute;
                    minutesGiven = m.group(2) != null;
                    to = at + 1;
                    if (to + 1 < t.size() && isDash(t.get(to)) && t.get(to + 1).folded().equals("tiden")) {
                        to += 2; // "23-tiden"
                    }
                } else if (clockWord && value.is("halv") && at + 1 < t.size()) {
                    // "klokken halv åtte"; with halfHour, "at" is "halv" itself
                    Integer h = spokenHour(at + 1);
                    if (h == null) {
                        continue;
                    }
                    minutes = ((h - 1) * 60 + 30) % (24 * 60); // "halv åtte" is half past seven
                    minutesGiven = false; // spoken time: "halv ti" is 9.30 or 21.30
                    to = at + 2;
                } else if (clockWord && value.is("kvart") && at + 2 < t.size() && spokenHour(at + 2) != null) {
                    int h = spokenHour(at + 2);
                    minutes = t.get(at + 1).is("over") ? h % 24 * 60 + 15 : ((h - 1) * 60 + 45 + 24 * 60) % (24 * 60);
                    minutesGiven = false; // spoken, like "halv ti"
                    to = at + 3;
                } else {
                    continue;
                }
                if (!free(from, to)) {
                    continue;
                }
                Bound bound = Bound.EXACT;
                Optional<PhraseTable.Match<TimeWord>> before = data.timeWords("clock-bound").endingBefore(t, from);
                if (before.isPresent()) {
                    bound = before.get().meaning().value() < 0 ? Bound.MAX : Bound.MIN;
                    from = before.get().from();
                } else {
                    Optional<PhraseTable.Match<Qualifier>> q = data.qualifiers().endingBefore(t, from);
                    if (q.isPresent()) {
                        bound = bound(q.get().meaning());
                    }
                }
                String zone = "";
                int zoneAt = to < t.size() && t.get(to).is("(") ? to + 1 : to;
                Optional<PhraseTable.Match<TimeWord>> after = zoneAt < t.size() ? data.timeWords("zone").startingAt(t, zoneAt)
                        : Optional.empty();
                if (after.isPresent()) {
                    zone = after.get().meaning().value() == 0 ? "local" : String.valueOf(after.get().meaning().value());
                    if (after.get().meaning().value() == 1) {
                        zone = t.get(zoneAt).folded(); // "norsk tid", "dansk tid": the country names the zone
                    }
                    to = after.get().to() < t.size() && t.get(after.get().to()).is(")") && zoneAt > to
                            ? after.get().to() + 1 : after.get().to();
                }
                if (!minutesGiven && minutes < 12 * 60 && saysEvening()) {
                    minutes += 12 * 60; // "klokken halv ti i aftes": the evening's
                }
                add(out, "time", from, to, new ClockTime(minutes, minutesGiven, bound, zone), Slot.NONE.anchor());
            }
        }

        /** The hour a spoken clock time names at {@code at}: a number word ("ni", "tolv") or 1–24 in digits; else null. */
        private Integer spokenHour(int at) {
            if (at >= t.size()) {
                return null;
            }
            Optional<NumberWord> hour = data.numberWord(t.get(at).folded());
            Integer h = hour.filter(w -> w.type() == NumberType.CARDINAL || w.type() == NumberType.ONE)
                    .map(w -> w.value().intValue()).orElse(t.get(at).isNumber() && ONE_OR_TWO_DIGITS.matcher(
                            t.get(at).text()).matches() ? Integer.parseInt(t.get(at).text()) : null);
            return h == null || h < 1 || h > 24 ? null : h;
        }

        // ---- scores, ages, compounds ------------------------------------------------------------------

        /**
         * "3-1", "2–1-sejr": a score; "34 mot 31 stemmer", "35 mod 30": a vote or a result; "4-5 timer",
         * "10–12 personer": a range, read with its unit later.
         */
        private void scoresAndRanges(List<Fact> out) {
            for (int i = 0; i + 2 < t.size(); i++) {
                if (free(i, i + 3) && t.get(i).isNumber() && (t.get(i + 1).is("mot") || t.get(i + 1).is("mod"))
                        && t.get(i + 2).isNumber() && ONE_OR_TWO_DIGITS.matcher(t.get(i).text()).matches()
                        && t.get(i + 2).text().matches("\\d{1,3}")) {
                    int to = i + 3;
                    String headText = to < t.size() && isHeadNoun(to) ? t.get(to).text() : "";
                    add(out, "other", i, headText.isEmpty() ? to : to + 1, new Score(Integer.parseInt(t.get(i).text()),
                            Integer.parseInt(t.get(i + 2).text())), headText.isEmpty() ? "" : Concepts.key(headText), headText, "");
                    continue;
                }
                // "2–1", and "2 & 1" as match play writes a result
                if (!free(i, i + 3) || !t.get(i).isNumber() || !(isDash(t.get(i + 1)) || t.get(i + 1).is("&") && wonOrLost(i))
                        || !t.get(i + 2).isNumber() || attachedBefore(i)) {
                    continue;
                }
                Token a = t.get(i);
                Token b = t.get(i + 2);
                boolean tight = !t.get(i + 1).spaceBefore() && !b.spaceBefore();
                if (!ONE_OR_TWO_DIGITS.matcher(a.text()).matches() || !ONE_OR_TWO_DIGITS.matcher(b.text()).matches()) {
                    continue;
                }
                int after = i + 3;
                // a unit or a counted noun after the pair makes it a range, unless a verb of winning says it is a result
                // or the pair cannot be a range: a range rises ("10–12 personer"), a score need not ("1-0 seier")
                if (!wonOrLost(i) && Integer.parseInt(a.text()) < Integer.parseInt(b.text()) && after < t.size() && t.get(after).isWord() && t.get(after).spaceBefore()
                        && (data.unit(t.get(after).folded()).isPresent() || data.currency(t.get(after).folded()).isPresent()
                        || isHeadNoun(after))) {
                    continue;
                }
                if (!tight && !wonOrLost(i)) {
                    continue;
                }
                int to = after;
                String head = "";
                String headText = "";
                if (after + 1 < t.size() && isDash(t.get(after)) && !t.get(after).spaceBefore() && t.get(after + 1).isWord()) {
                    headText = t.get(after + 1).text(); // "2–1-sejr"
                    head = Concepts.key(headText);
                    to = after + 2;
                }
                int x = Integer.parseInt(a.text());
                int y = Integer.parseInt(b.text());
                add(out, "other", i, to, score(i, x, y), head, headText, "");
            }
        }

        /** A verb of winning or losing shortly before the score ("vant 2-1", "tapte 1–2 heime"). */
        private boolean wonOrLost(int at) {
            return resultVerb(at) >= 0;
        }

        private int resultVerb(int at) {
            for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
                if (t.get(k).isWord() && data.timeWords("result").get(t.get(k).folded()).isPresent()) {
                    return k;
                }
            }
            return -1;
        }

        /** The score as written, with the side the verb before it names ("København vandt 3-1"). */
        private Score score(int at, int x, int y) {
            int verb = resultVerb(at);
            if (verb < 0) {
                return new Score(x, y);
            }
            boolean won = data.timeWords("result").get(t.get(verb).folded()).orElseThrow().value() > 0;
            String subject = verb > 0 && t.get(verb - 1).isWord() && t.get(verb - 1).startsUpperCase() && verb - 1 > 0
                    || verb == 1 && t.get(0).isWord() && t.get(0).startsUpperCase() && !data.isStopWord(t.get(0).folded())
                    ? NameKey.of(t.get(verb - 1).text()) : null;
            return new Score(x, y, subject, won);
        }

        /** "22-årige", "22-åring", "(34)" after a name, "31 år gammel", "i 30-årene". */
        private void ages(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1) || !t.get(i).isNumber() || !ONE_OR_TWO_DIGITS.matcher(t.get(i).text()).matches()) {
                    continue;
                }
                int years = Integer.parseInt(t.get(i).text());
                // "22-årige", "22-åringen", "30-årene", "30'erne"
                if (i + 2 < t.size() && (isDash(t.get(i + 1)) || t.get(i + 1).is("'") || t.get(i + 1).is("’"))
                        && !t.get(i + 1).spaceBefore() && !t.get(i + 2).spaceBefore()) {
                    String w = t.get(i + 2).folded();
                    if (DECADE.matcher(w).matches() && years % 10 == 0 && i > 0 && t.get(i - 1).is("i")) {
                        add(out, "number", i - 1, i + 3, age(years, years + 9), personAfter(i + 3), personAfterText(i + 3), "");
                        continue;
                    }
                    if (YEAR_COMPOUND.matcher(w).matches()) {
                        int after = i + 3;
                        // written in digits, "22-årige kant" is an age (news writes ages in digits and lengths of
                        // time mostly in words: "femårig kontrakt"); a thing after it makes it a length of time
                        if (after < t.size() && isHeadNoun(after) && !t.get(after).startsUpperCase()
                                && !Concepts.isHuman(t.get(after).text()) && !w.startsWith("aaring") && Concepts.runsForATerm(t.get(after).text())) {
                            // "5-årig kontrakt": how long the contract lasts
                            add(out, "duration", i, i + 3, duration(BigDecimal.valueOf(years), years(), "aar", Bound.EXACT),
                                    Concepts.key(t.get(after).text()), t.get(after).text(), "");
                        } else {
                            add(out, "number", i, i + 3, age(years, years), personAfter(after), personAfterText(after), "");
                        }
                        continue;
                    }
                }
                // "Kari Hansen (34)"
                if (i > 0 && i + 1 < t.size() && t.get(i - 1).is("(") && t.get(i + 1).is(")") && i >= 2
                        && t.get(i - 2).isWord() && (t.get(i - 2).startsUpperCase() || Concepts.isHuman(t.get(i - 2).text()))) {
                    add(out, "number", i - 1, i + 2, age(years, years), Concepts.key(t.get(i - 2).text()), t.get(i - 2).text(), "");
                    continue;
                }
                // "Narcis Termes, 68, en elektriker": an age between commas after a name
                if (i >= 2 && i + 1 < t.size() && t.get(i - 1).is(",") && t.get(i + 1).is(",") && years <= 120
                        && t.get(i - 2).isWord() && t.get(i - 2).startsUpperCase()) {
                    add(out, "number", i, i + 1, age(years, years), Concepts.key(t.get(i - 2).text()), t.get(i - 2).text(), "");
                    continue;
                }
                // "31 år gammel", "31 år gamle"
                if (i + 2 < t.size() && t.get(i + 1).is("aar") && t.get(i + 2).folded().startsWith("gam")) {
                    add(out, "number", i, i + 3, age(years, years), "", "", "");
                }
            }
        }

        /** Ages are compared with ages: "22-årige" and "21 år gamle" are one slot of one person. */
        private Amount age(int low, int high) {
            BigDecimal lo = BigDecimal.valueOf(low);
            return low == high ? Amount.exact("age", lo, "aar")
                    : new Amount("age", lo, BigDecimal.valueOf(high), Bound.RANGE, "aar", List.of(lo), BigDecimal.ZERO);
        }

        /** The name a "22-årige" describes when one follows ("den 22-årige Mathias Berg"); else none. */
        private String personAfter(int at) {
            String name = personAfterText(at);
            return name.isEmpty() ? "" : Concepts.key(name);
        }

        /** The name or the person noun an age describes: "22-årige Mathias Berg", "en 27-årig kvinde". */
        private String personAfterText(int at) {
            return at < t.size() && t.get(at).isWord() && (t.get(at).startsUpperCase() || Concepts.isHuman(t.get(at).text()))
                    ? t.get(at).text() : "";
        }

        /** Durations inside one word: "femårig", "fireårskontrakt", "timelang", "halvtimes", "døgnlange". */
        private void wordCompounds(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                Token token = t.get(i);
                if (!free(i, i + 1) || !token.isWord()) {
                    continue;
                }
                Matcher m = WORD_YEAR_COMPOUND.matcher(token.folded());
                if (m.matches()) {
                    Optional<NumberWord> n = data.numberWord(m.group(1));
                    if (n.isPresent() && n.get().type() == NumberType.CARDINAL) {
                        String head = m.group(2).length() >= 3 ? m.group(2) : nextHeadText(i + 1);
                        add(out, "duration", i, i + 1, duration(n.get().value(), years(), "aar", Bound.EXACT),
                                head.isEmpty() ? "" : Concepts.key(head), head, "");
                        continue;
                    }
                }
                Matcher l = UNIT_LONG.matcher(token.folded());
                if (l.matches() && token.folded().length() > 4) {
                    Optional<Unit> unit = data.unit(l.group(2));
                    if (unit.isPresent() && unit.get().isTime() && !token.folded().equals(l.group(2) + "s")) {
                        BigDecimal amount = l.group(1) != null ? new BigDecimal("0.5") : BigDecimal.ONE;
                        String head = nextHeadText(i + 1);
                        add(out, "duration", i, i + 1, duration(amount, unit.get().factors().get(0), l.group(2), Bound.EXACT),
                                head.isEmpty() ? "" : Concepts.key(head), head, "");
                    }
                }
            }
        }

        private BigDecimal years() {
            return data.unit("aar").orElseThrow().factors().get(0);
        }

        // ---- amounts ----------------------------------------------------------------------------------

        /** A number with what it counts or measures: a unit of time, a currency, "%", a unit, or a noun. */
        private void amounts(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1)) {
                    continue;
                }
                Token token = t.get(i);
                // a currency written before the amount: "kr. 45.000", "$3 millioner", "NOK 100"
                String currencyBefore = null;
                int from = i;
                if ((token.isWord() || token.type() == Token.Type.PUNCT) && data.currency(token.folded()).isPresent()
                        && !token.folded().startsWith("krone") && i + 1 < t.size()) {
                    int at = t.get(i + 1).is(".") ? i + 2 : i + 1;
                    if (at < t.size() && t.get(at).isNumber() && free(at, at + 1)) {
                        currencyBefore = currency(token.folded(), null);
                        i = at;
                        token = t.get(i);
                    }
                }
                if (!token.isNumber() && !token.isWord()) {
                    continue;
                }
                Optional<Reading> read = number(i);
                if (read.isEmpty() || (token.isNumber() && attachedBefore(i))) {
                    continue;
                }
                Reading r = read.get();
                BigDecimal value = r.value();
                BigDecimal high = null;
                int to = r.to();
                // a range: "4-5 timer", "fire til fem timer", "mellom 10 og 12"
                if (to + 1 < t.size() && (isDash(t.get(to)) || t.get(to).is("til") || t.get(to).is("a") || t.get(to).is("eller")
                        || (t.get(to).is("og") && i > 0 && (t.get(i - 1).is("mellem") || t.get(i - 1).is("mellom"))))) {
                    Optional<Reading> second = number(to + 1);
                    if (second.isPresent() && second.get().value().compareTo(value) > 0 && free(to + 1, second.get().to())) {
                        high = second.get().value();
                        to = second.get().to();
                    }
                }
                Bound bound = high != null ? Bound.RANGE : Bound.EXACT;
                if (high == null) {
                    Optional<PhraseTable.Match<Qualifier>> q = data.qualifiers().endingBefore(t, from);
                    if (q.isPresent()) {
                        bound = bound(q.get().meaning());
                    }
                }
                BigDecimal precision = precision(r, t.get(i));
                Reading span = new Reading(value, from, to, r.words(), r.onlyOne());
                if (currencyBefore != null) {
                    addAmount(out, "number", span, to, "money:" + currencyBefore, value, high, bound, currencyBefore, precision,
                            headBefore(from), headTextBefore(from));
                    continue;
                }
                if (to >= t.size()) {
                    if (!r.words()) {
                        addAmount(out, "number", span, to, "count", value, high, bound, "", precision, headBefore(from), headTextBefore(from));
                    }
                    continue;
                }
                Token next = t.get(to);
                String w = next.folded();
                // percentages
                if (next.is("%") || w.startsWith("procent") || w.startsWith("prosent") || w.equals("pct")) {
                    boolean points = w.contains("point") || w.contains("poeng");
                    int end = w.equals("pct") && to + 1 < t.size() && t.get(to + 1).is(".") ? to + 2 : to + 1;
                    addAmount(out, "number", span, end, points ? "percentage-point" : "percent", value, high, bound, "%",
                            precision, headBefore(from), headTextBefore(from));
                    continue;
                }
                // money: "45 millioner kroner", "2,4 millioner norske kroner", "350 mio. kr.", "3 milliarder euro"
                int c = to;
                String adjective = null;
                if (c + 1 < t.size() && data.currencyAdjective(w).isPresent() && data.currency(t.get(c + 1).folded()).isPresent()) {
                    adjective = w;
                    c++;
                }
                Optional<String> currency = data.currency(t.get(c).folded());
                if (currency.isPresent() && (t.get(c).isWord() || t.get(c).text().matches("[$€£]"))) {
                    String code = currency(t.get(c).folded(), adjective);
                    int end = c + 1 < t.size() && t.get(c + 1).is(".") && !t.get(c + 1).spaceBefore() ? c + 2 : c + 1;
                    addAmount(out, "number", span, end, "money:" + code, value, high, bound, code, precision,
                            headBefore(from), headTextBefore(from));
                    continue;
                }
                // units of time and of measure, "km/t", "kilometer i timen"
                UnitMatch unit = unitAt(to);
                if (unit != null && unit.unit().isTime()) {
                    if (data.timeWords("ago-marker").startingAt(t, unit.to()).isPresent()) {
                        continue; // "tre år siden" without "for": a point in time, read by relativeExpressions
                    }
                    if (unit.to() < t.size() && data.timeWords("offset").get(t.get(unit.to()).folded()).isPresent()
                            && !(from > 0 && (t.get(from - 1).is("i") || t.get(from - 1).is("paa")))) {
                        claim(i, unit.to() + 1);
                        continue; // "to minutter før full tid": a point before another, not a length ("i seks måneder etter" is one)
                    }
                    if (r.onlyOne() && !t.get(i).folded().matches("en|et|ein|ei|eit|eitt|ett")) {
                        continue;
                    }
                    int said = data.qualifiers().endingBefore(t, from).map(m -> m.from()).orElse(from) - 1;
                    if (unit.unit().factors().get(0).compareTo(years()) == 0 && said >= 0 && t.get(said).isWord()
                            && Concepts.isHuman(t.get(said).text())) {
                        // "børn under fem år", "personer over 65 år": how old the people are, not a length of time
                        add(out, "number", span.from(), unit.to(), new Amount("age", value, high, bound, "aar", List.of(value), precision),
                                Concepts.key(t.get(said).text()), t.get(said).text(), "");
                        continue;
                    }
                    String head = nextHeadText(unit.to());
                    addDuration(out, span, unit, value, high, bound, precision, head.isEmpty() ? "" : Concepts.key(head), head);
                    continue;
                }
                if (unit != null) {
                    List<BigDecimal> readings = unit.unit().factors().stream().map(value::multiply).toList();
                    addMeasure(out, span, unit, readings, high, bound, precision);
                    continue;
                }
                if (r.onlyOne()) {
                    continue; // "en mand": an article
                }
                if (r.words() && scaleOnly(r)) {
                    claim(i, to);
                    continue; // "flere hundre mennesker", "tusinder af": a magnitude, no figure
                }
                // a count: the noun after the number, past adjectives, else the noun before "på"/"af"
                int head = headAfter(to);
                if (head >= 0) {
                    headAfterValue = true;
                    // "fire danske skiløbere og en guide": a part of a group counted as a whole elsewhere ("fem
                    // skiløpere"), so at least this many of it
                    Bound counted = bound == Bound.EXACT && listContinues(head + 1) ? Bound.MIN : bound;
                    addAmount(out, "number", span, to, "count", value, high, counted, "", precision,
                            Concepts.key(t.get(head).text()), t.get(head).text());
                } else if (partitiveHead(to) >= 0) {
                    int of = partitiveHead(to);
                    addAmount(out, "number", span, to, "count", value, high, bound, "", precision,
                            Concepts.key(t.get(of).text()), t.get(of).text());
                } else if ((!r.words() || value.compareTo(BigDecimal.valueOf(11)) >= 0 && !scaleOnly(r))
                        && (r.to() > i + 1 || !(i > 0 && t.get(i - 1).isWord() && t.get(i - 1).startsUpperCase() && i - 1 > 0))) {
                    // digits, or a number word no common word is spelled like ("elleve", not "to" or "fire")
                    // a bare number ("steget til 14"); not after a capitalised word inside the sentence ("Apollo 11")
                    addAmount(out, "number", span, to, "count", value, high, bound, "", precision, headBefore(from), headTextBefore(from));
                }
            }
        }

        /** What the last written digit leaves open: "2.000" may be 1.950 rounded; "1,2 millioner" anything from 1,15. */
        private BigDecimal precision(Reading r, Token first) {
            BigDecimal v = r.value();
            if (r.words() || v.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal written = NumberReading.digits(first.text());
            if (written == null) {
                return BigDecimal.ZERO;
            }
            BigDecimal scale = written.signum() == 0 ? BigDecimal.ONE : v.divide(written, java.math.MathContext.DECIMAL64);
            BigDecimal stripped = written.stripTrailingZeros();
            if (stripped.scale() > 0 && scale.compareTo(BigDecimal.ONE) > 0) {
                // "1,2 millioner": half a step of the last decimal of the scaled number
                return BigDecimal.ONE.movePointLeft(stripped.scale()).multiply(scale).divide(BigDecimal.valueOf(2));
            }
            if (stripped.scale() <= -2) {
                // a round "2.000" or "300": a report may have rounded 1.950 or 310 (not "2020": one zero is no rounding)
                return v.abs().multiply(new BigDecimal("0.025")).min(BigDecimal.ONE.movePointLeft(stripped.scale()).divide(BigDecimal.valueOf(2)));
            }
            return BigDecimal.ZERO;
        }

        private record UnitMatch(Unit unit, int to) {
        }

        /** A unit at token {@code at}: one word ("km", "timer"), "km/t", or a length "i timen" (speed). */
        private UnitMatch unitAt(int at) {
            if (at >= t.size() || !t.get(at).spaceBefore() && t.get(at).isWord() && at > 0 && t.get(at - 1).isNumber()
                    && !t.get(at).folded().matches("km|m|cm|mm|kg|g|t|l|kwh|mw")) {
                return null; // "15km" is fine, "3D" is not
            }
            if (at + 2 < t.size() && t.get(at + 1).is("/") && !t.get(at + 1).spaceBefore() && !t.get(at + 2).spaceBefore()) {
                Optional<Unit> combined = data.unit(t.get(at).folded() + "/" + t.get(at + 2).folded());
                if (combined.isPresent()) {
                    return new UnitMatch(combined.get(), at + 3);
                }
            }
            // "85 m²", "1,2 km²", "40 m³": the power sign is its own token
            if (at + 1 < t.size() && !t.get(at + 1).spaceBefore() && (t.get(at + 1).is("²") || t.get(at + 1).is("³"))) {
                Optional<Unit> power = data.unit(t.get(at).folded() + t.get(at + 1).text());
                if (power.isPresent()) {
                    return new UnitMatch(power.get(), at + 2);
                }
            }
            Optional<Unit> unit = data.unit(t.get(at).folded());
            if (unit.isEmpty() && t.get(at).is("maal") && at + 1 < t.size() && t.get(at + 1).isWord()
                    && Concepts.isLand(t.get(at + 1).text())) {
                // "200 mål dyrket mark": the Norwegian measure of land, where "3 mål" is otherwise goals
                unit = Optional.of(new Unit("area", List.of(BigDecimal.valueOf(1000))));
            }
            if (unit.isEmpty()) {
                return null;
            }
            if (unit.get().dimension().equals("length") && at + 2 < t.size()
                    && (t.get(at + 1).is("i") || t.get(at + 1).is("per") || t.get(at + 1).is("pr"))) {
                Optional<Unit> per = data.unit(t.get(at + 2).folded());
                if (per.isPresent() && per.get().isTime()) {
                    BigDecimal factor = unit.get().factors().get(0).divide(per.get().factors().get(0), java.math.MathContext.DECIMAL64);
                    return new UnitMatch(new Unit("speed", List.of(factor)), at + 3);
                }
            }
            return new UnitMatch(unit.get(), at + 1);
        }

        private void addDuration(List<Fact> out, Reading span, UnitMatch unit, BigDecimal value, BigDecimal high, Bound bound,
                                 BigDecimal precision, String head, String headText) {
            BigDecimal factor = unit.unit().factors().get(0);
            Amount amount = new Amount("time", value.multiply(factor), high == null ? null : high.multiply(factor), bound,
                    unit.unit().identity(), List.of(value.multiply(factor)), precision.multiply(factor));
            add(out, "duration", span.from(), unit.to(), amount, head, headText, "");
        }

        private void addMeasure(List<Fact> out, Reading span, UnitMatch unit, List<BigDecimal> readings, BigDecimal high,
                                Bound bound, BigDecimal precision) {
            BigDecimal factor = unit.unit().factors().get(0);
            Amount amount = new Amount(unit.unit().dimension(), readings.get(0), high == null ? null : high.multiply(factor),
                    bound, unit.unit().identity(), readings, precision.multiply(factor));
            add(out, "number", span.from(), unit.to(), amount, headBefore(span.from()), headTextBefore(span.from()), "");
        }

        private Amount duration(BigDecimal amount, BigDecimal factor, String unit, Bound bound) {
            return new Amount("time", amount.multiply(factor), null, bound, unit, List.of(amount.multiply(factor)), BigDecimal.ZERO);
        }

        private void addAmount(List<Fact> out, String kind, Reading span, int to, String dimension, BigDecimal value,
                               BigDecimal high, Bound bound, String unit, BigDecimal precision, String head, String headText) {
            Amount amount = new Amount(dimension, value, high, bound, unit, List.of(value), precision);
            add(out, kind, span.from(), to, amount, head, headText, "");
        }

        /** The currency a form names; a plain krone is the report's own country's. */
        private String currency(String form, String adjective) {
            if (adjective != null) {
                return data.currencyAdjective(adjective).orElse("XXX");
            }
            String code = data.currency(form).orElse("XXX");
            if (!code.equals("LOCAL")) {
                return code;
            }
            String language = report.language() == null ? "" : report.language().toLowerCase(java.util.Locale.ROOT);
            return language.startsWith("da") ? "DKK" : language.startsWith("nb") || language.startsWith("nn")
                    || language.startsWith("no") ? "NOK" : "KR";
        }

        /** The number at token {@code i}, digits or words; a word alone must be followed by something to count. */
        private Optional<Reading> number(int i) {
            Token token = t.get(i);
            if (!token.isNumber() && !token.isWord()) {
                return Optional.empty();
            }
            Optional<Reading> r = NumberReading.at(t, i);
            if (r.isEmpty() || !free(i, r.get().to())) {
                return Optional.empty();
            }
            return r;
        }

        // ---- ordinals ---------------------------------------------------------------------------------

        /** "tredje sejr", "3. plass", "i det 57. minut", "andre kvalifiseringsrunde". */
        private void ordinals(List<Fact> out) {
            for (int i = 0; i < t.size(); i++) {
                if (!free(i, i + 1)) {
                    continue;
                }
                Token token = t.get(i);
                int position;
                int after;
                if (token.isWord() && ordinalCompound(i, out)) {
                    continue;
                }
                if (token.isWord() && (token.is("nummer") || token.is("nr")) && i + 1 < t.size()) {
                    // "ble nummer to", "nr. 3": a placing; "nummer én og tre" is two people's
                    int at = t.get(i + 1).is(".") ? i + 2 : i + 1;
                    Optional<Reading> n = at < t.size() ? NumberReading.at(t, at) : Optional.empty();
                    boolean list = n.isPresent() && n.get().to() + 1 < t.size()
                            && (t.get(n.get().to()).is("og") || t.get(n.get().to()).is(",")) && NumberReading.at(t, n.get().to() + 1).isPresent();
                    if (n.isPresent() && !list && free(i, n.get().to()) && n.get().value().scale() <= 0 && n.get().value().signum() > 0
                            && n.get().value().intValue() <= 1000) {
                        add(out, "number", i, n.get().to(), new Ordinal(n.get().value().intValue()), "plass", "plass", "");
                        continue;
                    }
                }
                if (token.isWord()) {
                    OptionalInt o = data.ordinal(token.folded());
                    if (o.isEmpty()) {
                        continue;
                    }
                    position = o.getAsInt();
                    // "andre", "anden" are "other" as often as "second": only after a determiner
                    if (position == 2 && !(i > 0 && isDeterminer(t.get(i - 1)))) {
                        continue;
                    }
                    after = i + 1;
                } else if (token.isNumber() && ONE_OR_TWO_DIGITS.matcher(token.text()).matches() && i + 1 < t.size()
                        && t.get(i + 1).is(".") && !t.get(i + 1).spaceBefore()) {
                    position = Integer.parseInt(token.text());
                    after = i + 2;
                } else {
                    continue;
                }
                if (after >= t.size() || !t.get(after).isWord() || t.get(after).startsUpperCase()) {
                    continue;
                }
                int head = headAfter(after);
                if (head < 0) {
                    continue;
                }
                Optional<Unit> unit = data.unit(t.get(head).folded());
                if (unit.isPresent() && unit.get().isTime() && head == after) {
                    // "i det 57. minut": a point that far into the event, as "etter 62 minutt" says it
                    BigDecimal seconds = BigDecimal.valueOf(position).multiply(unit.get().factors().get(0));
                    add(out, "duration", i, after + 1, new Amount("time", seconds, null, Bound.EXACT, unit.get().identity(),
                            List.of(seconds), BigDecimal.ZERO), "", "", "");
                    continue;
                }
                add(out, "number", i, after, new Ordinal(position), Concepts.key(t.get(head).text()), t.get(head).text(), "");
            }
        }

        private Bound bound(Qualifier q) {
            return switch (q) {
                case MIN -> Bound.MIN;
                case JUST_OVER -> Bound.JUST_OVER;
                case MAX -> Bound.MAX;
                case ALMOST -> Bound.ALMOST;
                case ABOUT -> Bound.ABOUT;
                case RISEN_TO -> Bound.RISEN_TO;
                case FALLEN_TO -> Bound.FALLEN_TO;
            };
        }

        /** "en norsk fjellfører", "ein svensk fjellførar": the nationality a report gives a person or thing. */
        private void nationalities(List<Fact> out) {
            for (int i = 0; i + 1 < t.size(); i++) {
                Token w = t.get(i);
                if (!free(i, i + 1) || !w.isWord() || w.startsUpperCase()) {
                    continue;
                }
                Optional<String> country = data.nationality(w.folded());
                int head = country.isPresent() ? headAfter(i + 1) : -1;
                if (head == i + 1 && free(head, head + 1)) {
                    add(out, "other", i, i + 1, new NameValue(country.get(), country.get(), "nationality"),
                            Concepts.key(t.get(head).text()), t.get(head).text(), "");
                }
            }
        }

        /** "tredjepladsen", "andreplass", "fjerdeplassen": an ordinal and its noun in one word. */
        private boolean ordinalCompound(int i, List<Fact> out) {
            String w = t.get(i).folded();
            for (int cut = 4; cut <= w.length() - 3; cut++) {
                OptionalInt o = data.ordinal(w.substring(0, cut));
                if (o.isPresent()) {
                    String rest = w.substring(cut);
                    WordInfo info = words.get(t.get(i).text());
                    if (info != null && !info.canBe("n")) {
                        return false;
                    }
                    add(out, "number", i, i + 1, new Ordinal(o.getAsInt()), Concepts.key(rest), rest, "");
                    return true;
                }
            }
            return false;
        }

        // ---- what a value is about --------------------------------------------------------------------

        /** Index of the noun a number counts: the next word past up to two adjectives; -1 when none. */
        private int headAfter(int at) {
            for (int k = at, skipped = 0; k < t.size() && skipped <= 2; k++) {
                Token w = t.get(k);
                if (!w.isWord() || w.startsUpperCase() || data.isStopWord(w.folded()) || isVerbLike(k)) {
                    return -1;
                }
                boolean nextIsWord = k + 1 < t.size() && t.get(k + 1).isWord() && !t.get(k + 1).startsUpperCase()
                        && !data.isStopWord(t.get(k + 1).folded()) && !isVerbLike(k + 1);
                boolean known = words.containsKey(w.text());
                boolean adjective = known ? knownAdjective(k) && nextIsWord : ATTRIBUTIVE.matcher(w.folded()).matches() && nextIsWord;
                if (!adjective) {
                    // a counted thing is a noun: a word the lexicon knows only as something else is none
                    return !known || knownNoun(k) ? k : -1;
                }
                skipped++;
            }
            return -1;
        }

        /** "tusinde", "millioner" alone ("flere tusinde deltog"): a magnitude, not a stated number. */
        private boolean scaleOnly(Reading r) {
            for (int k = r.from(); k < r.to(); k++) {
                Optional<NumberWord> w = data.numberWord(t.get(k).folded());
                if (w.isPresent() && w.get().type() != NumberType.SCALE) {
                    return false;
                }
            }
            return true;
        }

        /** "… og en guide", "… samt to tolke": another counted part of the same group follows at {@code at}. */
        private boolean listContinues(int at) {
            if (at + 2 >= t.size() || !(t.get(at).is("og") || t.get(at).is("samt"))) {
                return false;
            }
            Optional<Reading> n = NumberReading.at(t, at + 1);
            return n.isPresent() && n.get().to() < t.size() && headAfter(n.get().to()) >= 0;
        }

        /** "19 af de syge", "tre av dei skadde": the noun of a partitive after the number; -1 when none. */
        private int partitiveHead(int at) {
            if (at + 1 >= t.size() || !(t.get(at).is("af") || t.get(at).is("av"))) {
                return -1;
            }
            int k = at + 1;
            if (t.get(k).isWord() && t.get(k).folded().matches("de|dei|dem|disse|desse|dine|sine|vore|vaare")) {
                k++;
            }
            if (k >= t.size() || !t.get(k).isWord() || t.get(k).startsUpperCase() || data.isStopWord(t.get(k).folded())) {
                return -1;
            }
            return k;
        }

        private boolean isHeadNoun(int at) {
            return headAfter(at) == at;
        }

        private String nextHeadText(int at) {
            // "50 minutter lange telefonsamtale", "femårig kontrakt", "timelang samtale"
            int k = at;
            if (k < t.size() && t.get(k).folded().matches("lang|lange|langt")) {
                k++;
            }
            int head = k < t.size() ? headAfter(k) : -1;
            return head < 0 ? "" : t.get(head).text();
        }

        /** "en styrke på 6,2", "et underskud på 2 mia.": the noun before "på"/"af"/"av"/"om" before the number. */
        private String headBefore(int from) {
            String h = headTextBefore(from);
            return h.isEmpty() ? "" : Concepts.key(h);
        }

        private String headTextBefore(int from) {
            Optional<PhraseTable.Match<Qualifier>> q = data.qualifiers().endingBefore(t, from);
            int at = q.map(PhraseTable.Match::from).orElse(from);
            // only "på"/"af"/"av" name what the number is of; after "med" or "til" the noun before is the subject
            // of a change ("omsætningen på fabrikken faldt med 23 procent"), not what is counted
            if (at >= 2 && t.get(at - 1).isWord() && t.get(at - 1).folded().matches("paa|af|av")) {
                Token noun = t.get(at - 2);
                if (noun.isWord() && !data.isStopWord(noun.folded()) && !noun.startsUpperCase() && !isVerbLike(at - 2)) {
                    return noun.text();
                }
            }
            return "";
        }

        /**
         * A verb, which follows a number without being what it counts ("14 omkom"): as the lexicon says, else a past
         * participle or past tense by its ending.
         */
        private boolean isVerbLike(int k) {
            WordInfo info = words.get(t.get(k).text());
            if (info != null) {
                return k > 0 && t.get(k - 1).isNumber() ? info.verbAfterNumber() : info.onlyVerb();
            }
            return isVerbLike(t.get(k).folded());
        }

        private boolean isVerbLike(String folded) {
            return folded.length() > 4 && (folded.endsWith("ede") || folded.endsWith("te") && !folded.endsWith("ste"))
                    && !folded.endsWith("ente") && !folded.endsWith("ate") || data.isSpeechVerb(folded);
        }

        /** The lexicon knows the word at {@code k} can be a noun (false when it does not know the word). */
        private boolean knownNoun(int k) {
            WordInfo info = words.get(t.get(k).text());
            return info != null && info.canBe("n");
        }

        /**
         * The lexicon knows the word at {@code k} as an adjective (or participle): not as a noun, or as both
         * when a noun follows ("danske spillere").
         */
        private boolean knownAdjective(int k) {
            WordInfo info = words.get(t.get(k).text());
            if (info == null || !(info.canBe("adj") || info.canBe("vblex"))) {
                return false;
            }
            return !info.canBe("n") || k + 1 < t.size() && knownNoun(k + 1);
        }

        private boolean isDeterminer(Token token) {
            return token.isWord() && token.folded().matches("den|det|sin|sit|si|sitt|hans|hennes|hendes|deres|dens|dets");
        }

        /** "siden marts 2014", "sidan mai", "starta måndag", "innen fredag": what the date is the date of. */
        private String anchor(int from) {
            if (data.timeWords("since").endingBefore(t, from).isPresent()) {
                return "since";
            }
            if (data.timeWords("deadline").endingBefore(t, from).isPresent() && !t.get(from - 1).is("paa")) {
                return "until";
            }
            if (from > 0 && t.get(from - 1).isWord() && t.get(from - 1).folded().matches(
                    "start\\p{L}*|begyn\\p{L}*|byrj\\p{L}*|begynn\\p{L}*|indled\\p{L}*|innled\\p{L}*")) {
                return "since";
            }
            return "";
        }

        // ---- bookkeeping ------------------------------------------------------------------------------

        private void add(List<Fact> out, String kind, int from, int to, Value value, String anchor) {
            add(out, kind, from, to, value, "", "", anchor);
        }

        private void add(List<Fact> out, String kind, int from, int to, Value value, String head, String headText, String anchor) {
            if (!free(from, to)) {
                return;
            }
            claim(from, to);
            int start = base + t.get(from).start();
            int end = base + t.get(to - 1).end();
            boolean counted = !head.isEmpty() && headAfterValue;
            headAfterValue = false;
            WordInfo info = headText.isEmpty() ? null : words.get(headText);
            if (info == null && !headText.isEmpty() && from < to && to - from == 1 && t.get(from).text().endsWith(headText)) {
                info = words.get(t.get(from).text()); // "toårsavtale": the compound's own last part is its head
            }
            String concept = info == null ? "" : info.nounPivot() != null ? info.nounPivot() : info.pivot();
            out.add(new Fact(kind, doc, sentence, start, end, text.substring(start, end), value,
                    new Slot(head, headText, concept, info == null ? List.of() : info.parts(), anchor, context(from, to), counted)));
        }

        /** Concept keys of the content words within six tokens of the value, the value's own excluded. */
        private Set<String> context(int from, int to) {
            Set<String> keys = new HashSet<>();
            for (int k = Math.max(0, from - 6); k < Math.min(t.size(), to + 6); k++) {
                Token w = t.get(k);
                if ((k < from || k >= to) && w.isWord() && w.folded().length() >= 3 && !data.isStopWord(w.folded())) {
                    WordInfo info = words.get(w.text());
                    keys.add(info != null ? info.pivot() : Concepts.key(w.text()));
                }
            }
            return keys;
        }

        private void claim(int from, int to) {
            for (int k = from; k < to; k++) {
                claimed[k] = true;
            }
        }

        private boolean free(int from, int to) {
            if (from < 0 || to > t.size() || from >= to) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (claimed[k]) {
                    return false;
                }
            }
            return true;
        }

        private boolean joined(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (t.get(k).spaceBefore()) {
                    return false;
                }
            }
            return true;
        }

        /** A number glued to a word or a hyphen before it ("COVID-19", "F-16", "G20") names something. */
        private boolean attachedBefore(int i) {
            if (i == 0 || t.get(i).spaceBefore()) {
                return false;
            }
            Token before = t.get(i - 1);
            return before.isWord() || isDash(before) && i >= 2 && t.get(i - 2).isWord() && !t.get(i - 1).spaceBefore();
        }

        private boolean clockWordBefore(int i) {
            int k = i - 1;
            if (k >= 0 && t.get(k).is(".")) {
                k--;
            }
            return k >= 0 && data.timeWords("clock").get(t.get(k).folded()).isPresent();
        }

        private boolean isDash(Token token) {
            return token.is("-") || token.is("–") || token.is("—");
        }

        private LocalDate date(int year, int month, int day) {
            try {
                return LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        /** A day of a month; without a year, the publication's year, else only month and day are known. */
        private DateValue dayOfMonth(int day, int month, Integer year) {
            Integer y = year != null ? year : published != null ? published.getYear() : null;
            if (y == null) {
                return DateValue.dayOfMonthOnly(month, day);
            }
            LocalDate date = date(y, month, day);
            return date == null ? DateValue.dayOfMonthOnly(month, day) : DateValue.day(date, year == null);
        }

        /** A month without a year: the one nearest to publication (ties to the past), else only the month. */
        private DateValue yearlessMonth(int month) {
            if (published == null) {
                return DateValue.monthOnly(month);
            }
            int best = published.getYear();
            int bestDistance = Integer.MAX_VALUE;
            for (int year = published.getYear() + 1; year >= published.getYear() - 1; year--) {
                int distance = Math.abs((year * 12 + month) - (published.getYear() * 12 + published.getMonthValue()));
                if (distance <= bestDistance) {
                    best = year;
                    bestDistance = distance;
                }
            }
            return DateValue.month(best, month, true);
        }
    }

    /** The sentence a text offset falls in (binary search over the sentence spans); -1 before the first. */
    public static int sentenceOf(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
