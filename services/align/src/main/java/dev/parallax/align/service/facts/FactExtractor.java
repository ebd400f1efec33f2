package dev.parallax.align.service.facts;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.align.service.Report;
import dev.parallax.text.Folding;
import dev.parallax.text.Span;

/**
 * Finds dates, times, durations and numbers in Danish, Bokmål and Nynorsk text and normalises them:
 * dates to ISO ("18. september 2015" → 2015-09-18, "marts 2014" → 2014-03, "fredag" → the Friday on or
 * before the publication date), durations to ISO 8601 ("halvanden time" → PT90M, "timelang" → PT60M),
 * numbers in digits or words to plain decimals ("1.000" → 1000, "2,8 milliarder" → 2800000000,
 * "fire" → 4). Names are found by {@link NameExtractor}.
 */
public final class FactExtractor {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jan", 1), Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("febr", 2),
            Map.entry("marts", 3), Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("desember", 12), Map.entry("dec", 12),
            Map.entry("des", 12));

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6),
            Map.entry("syv", 7), Map.entry("sju", 7), Map.entry("otte", 8), Map.entry("åtte", 8), Map.entry("ni", 9),
            Map.entry("ti", 10), Map.entry("elleve", 11), Map.entry("tolv", 12), Map.entry("tretten", 13),
            Map.entry("fjorten", 14), Map.entry("femten", 15), Map.entry("seksten", 16), Map.entry("sytten", 17),
            Map.entry("søtten", 17), Map.entry("atten", 18), Map.entry("nitten", 19), Map.entry("tyve", 20),
            Map.entry("tjue", 20), Map.entry("tjuge", 20), Map.entry("tredive", 30), Map.entry("tretti", 30),
            Map.entry("fyrre", 40), Map.entry("førti", 40), Map.entry("halvtreds", 50), Map.entry("femti", 50),
            Map.entry("hundrede", 100), Map.entry("hundre", 100), Map.entry("tusind", 1000), Map.entry("tusen", 1000));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mandag", DayOfWeek.MONDAY), Map.entry("måndag", DayOfWeek.MONDAY),
            Map.entry("tirsdag", DayOfWeek.TUESDAY), Map.entry("tysdag", DayOfWeek.TUESDAY),
            Map.entry("onsdag", DayOfWeek.WEDNESDAY), Map.entry("torsdag", DayOfWeek.THURSDAY),
            Map.entry("fredag", DayOfWeek.FRIDAY), Map.entry("lørdag", DayOfWeek.SATURDAY),
            Map.entry("laurdag", DayOfWeek.SATURDAY), Map.entry("søndag", DayOfWeek.SUNDAY),
            Map.entry("sundag", DayOfWeek.SUNDAY));

    private static final String MONTH = "(januar|februar|febr|marts|mars|april|maj|mai|juni|juli|august|september|"
            + "oktober|november|december|desember|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|aug\\.|sept?\\.|okt\\.|nov\\.|dec\\.|des\\.)";
    /** Every number word of {@link #NUMBER_WORDS}, longest first so that "fjorten" is not read as "fjor". */
    private static final String NUMBER_WORD = NUMBER_WORDS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
            .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    /** "halvanden", "halvannen", "halvannan": one and a half. */
    private static final String ONE_AND_A_HALF = "halvanden|halvannen|halvannan";
    private static final String DIGITS = "\\d{1,3}(?:[.\\u00a0 ]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?";

    /**
     * Key suffix of a date whose value was inferred from the publication date ("fredag", "30. maj" without
     * a year): such dates agree with explicit ones but are never evidence of a conflict.
     */
    public static final String INFERRED = "~";

    /**
     * Key suffix of a month without a year ("i november"): the year is the one that puts the month
     * nearest to publication. Two such months with the same anchor compare like explicit months, since
     * both reports' years were chosen the same way; they are never compared with an explicit year.
     */
    public static final String YEARLESS = "~y";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+(\\d{4}))?(?![\\p{L}])", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,-])(1[89]\\d\\d|20\\d\\d)(?!\\d|[.,]\\d|-\\p{L})", FLAGS);
    private static final Pattern CLOCK = Pattern.compile("\\bkl\\.\\s*(\\d{1,2})(?:[.:](\\d{2}))?\\b", FLAGS);
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "\\b(i\\s+går|i\\s+gær|i\\s+dag|her\\s+til\\s+morgen|i\\s+morges|i\\s+morgon|i\\s+morgen|i\\s+forgårs|"
                    + "sidste\\s+år|i\\s+fjor|i\\s+fjol|forrige\\s+år|i\\s+år|"
                    + "(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)(?:ens|en|s)?)\\b", FLAGS);
    private static final Pattern DURATION = Pattern.compile(
            "\\b(halvanden|halvannen|halvannan|en\\s+halv|ei\\s+halv|" + NUMBER_WORD + "|en|ein|ei|et|eit|" + DIGITS + ")\\s+"
                    + "(sekunder|sekund|sekundar|minutters|minutter|minutt|minutta|minuttar|timers|timer|timar|timen|time|"
                    + "døgn|dages|dage|dager|dagar|ugers|uger|uker|veker|måneders|måneder|månader|års|år)\\b", FLAGS);
    /** Durations inside compounds: "femårig", "5-årig", "fireårskontrakt", "toårsperiode". */
    private static final Pattern DURATION_COMPOUND = Pattern.compile(
            "\\b(" + NUMBER_WORD + "|\\d{1,2})-?år(?:ige|igt|ig|s-?)(\\p{L}*)", FLAGS);
    /** A month without a year after a preposition: "i november", "sidan mai" (lower case: "August" may be a name). */
    private static final Pattern YEARLESS_MONTH = Pattern.compile(
            "(?<![\\p{L}])(?i:i|fra|frå|siden|sidan|til|innen|innan|inden|før|etter|efter|medio|primo|ultimo|sidst\\s+i|sist\\s+i)\\s+"
                    + "(januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|desember)"
                    + "(?![\\p{L}\\d]|\\s*\\d)", Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DURATION_WORD = Pattern.compile("\\b(timelang\\w*|halvtimes\\w*|halvtimelang\\w*|et\\s+kvarter|eit\\s+kvarter)\\b", FLAGS);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,-])(" + DIGITS + "|" + ONE_AND_A_HALF + "|" + NUMBER_WORD + ")"
                    + "(?:\\s+(millioner|millionar|million|mio\\.|mill\\.|milliarder|milliardar|milliard|mia\\.|mrd\\.|tusinde|tusind|tusen))?(?![\\p{L}\\d])"
                    + "(?:\\s*(%|procent|prosent|pct\\.?|kr\\.|[\\p{L}][\\p{L}-]*)(?:\\s+([\\p{L}][\\p{L}-]*))?)?", FLAGS);
    private static final Pattern AFTER_WORD = Pattern.compile("\\G\\s+(?:lange?t?\\s+)?([\\p{L}-]+)", FLAGS);

    public List<Fact> extract(int doc, Report report) {
        String text = report.text();
        LocalDate published = report.published();
        List<Fact> facts = new ArrayList<>();
        BitSet taken = new BitSet(text.length());

        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            add(facts, taken, report, doc, "date", m.start(), m.end(), m.group(), m.group(), anchor(text, m.start(), "day"));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            int month = month(m.group(2));
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : published != null ? published.getYear() : null;
            if (day < 1 || day > 31) {
                continue;
            }
            String value = year != null ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                    : String.format(Locale.ROOT, "--%02d-%02d", month, day);
            String key = anchor(text, m.start(), "day") + (m.group(3) == null ? INFERRED : "");
            add(facts, taken, report, doc, "date", m.start(), m.end(), m.group(), value, key);
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String value = String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)));
            add(facts, taken, report, doc, "date", m.start(), m.end(), m.group(), value, anchor(text, m.start(), "month"));
        }
        if (published != null) {
            m = YEARLESS_MONTH.matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(1), m.end(1))) {
                    continue;
                }
                String value = nearestMonth(month(m.group(1)), published);
                add(facts, taken, report, doc, "date", m.start(1), m.end(1), m.group(1), value,
                        anchor(text, m.start(1), "month") + YEARLESS);
            }
        }
        m = CLOCK.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                add(facts, taken, report, doc, "time", m.start(), m.end(), m.group(),
                        String.format(Locale.ROOT, "%02d:%02d", hour, minute), "time");
            }
        }
        if (published != null) {
            m = RELATIVE_DAY.matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                String value = relative(m.group(1), published, previousWord(text, m.start()));
                if (value != null) {
                    add(facts, taken, report, doc, "date", m.start(), m.end(), m.group(), value,
                            anchor(text, m.start(), value.length() == 4 ? "year" : "day") + INFERRED);
                }
            }
        }
        m = DURATION.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            BigDecimal amount = m.group(1).toLowerCase(Locale.ROOT).startsWith("halvan") ? new BigDecimal("1.5")
                    : m.group(1).toLowerCase(Locale.ROOT).matches("e[in]\\s+halv") ? new BigDecimal("0.5")
                    : m.group(1).toLowerCase(Locale.ROOT).matches("en|ein|ei|et|eit") ? BigDecimal.ONE
                    : number(m.group(1));
            if (amount == null) {
                continue;
            }
            String value = duration(amount, Folding.fold(m.group(2)));
            String head = headNoun(text, m.end());
            if (head.equals("siden") || head.equals("sidan")) {
                continue; // "for to år siden" is a point in time, not a length
            }
            if (value != null) {
                add(facts, taken, report, doc, "duration", m.start(), m.end(), m.group(), value, headNoun(text, m.end()));
            }
        }
        m = DURATION_COMPOUND.matcher(text);
        while (m.find()) {
            BigDecimal years = number(m.group(1));
            if (years == null || overlaps(taken, m.start(), m.end())) {
                continue;
            }
            // the compound's own head ("fireårskontrakt" → kontrakt), else the noun after ("femårig kontrakt")
            int wordEnd = m.end();
            String head = m.group(2).length() >= 3 ? Folding.fold(m.group(2)) : headNoun(text, wordEnd);
            add(facts, taken, report, doc, "duration", m.start(), wordEnd, m.group(), "P" + years.stripTrailingZeros().toPlainString() + "Y", head);
        }
        m = DURATION_WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String value = word.startsWith("timelang") ? "PT60M" : word.contains("kvarter") ? "PT15M" : "PT30M";
            add(facts, taken, report, doc, "duration", m.start(), m.end(), m.group(), value, headNoun(text, m.end()));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end())) {
                add(facts, taken, report, doc, "date", m.start(), m.end(), m.group(), m.group(1), anchor(text, m.start(), "year"));
            }
        }
        m = NUMBER.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(1), m.end(1))) {
                continue;
            }
            BigDecimal value = number(m.group(1));
            if (value == null) {
                continue;
            }
            boolean word = Character.isLetter(m.group(1).charAt(0));
            String unit = m.group(3) == null ? "" : unit(m.group(3), m.group(4), report.language());
            if (word && unit.isEmpty()) {
                continue; // "to" or "ti" alone is too often something else
            }
            if (m.group(2) != null) {
                value = value.multiply(scale(m.group(2)));
            }
            int end = m.group(2) != null ? m.end(2) : m.end(1);
            if (unit.equals("%")) {
                end = m.end(3);
            }
            add(facts, taken, report, doc, "number", m.start(1), end, text.substring(m.start(1), end),
                    value.stripTrailingZeros().toPlainString(), unit);
        }
        facts.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return facts;
    }

    private static void add(List<Fact> facts, BitSet taken, Report report, int doc, String kind, int start, int end,
                            String text, String value, String key) {
        taken.set(start, end);
        facts.add(new Fact(kind, doc, sentenceOf(report.sentences(), start), start, end, text, value, key, null));
    }

    static int sentenceOf(List<Span> sentences, int offset) {
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

    private static boolean overlaps(BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next >= 0 && next < end;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * The kind of date and the word that says what the date is the date of: "siden marts 2014" and
     * "siden august 2014" state the same fact with different values; "i marts" and "siden august" do not.
     */
    private static String anchor(String text, int start, String granularity) {
        String word = Folding.fold(previousWord(text, start));
        String anchor = switch (word) {
            // "the fire started on Monday" states what "the fire has burned since Monday" states
            case "siden", "sidan", "since", "startet", "starta", "startede", "begynte", "begyndte", "byrja", "byrjet" -> "since";
            case "fra", "fraa", "from" -> "from";
            case "til", "indtil", "inntil", "until" -> "until";
            default -> "";
        };
        return granularity + (anchor.isEmpty() ? "" : ":" + anchor);
    }

    /** Words before a weekday that make it a coming day: "innen tirsdag kveld", "til fredag". */
    private static final java.util.Set<String> BY_WEEKDAY = java.util.Set.of("innen", "innan", "inden", "til", "indtil", "inntil");

    private static String relative(String expression, LocalDate published, String before) {
        String e = expression.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (e) {
            case "i går", "i gær" -> published.minusDays(1).toString();
            case "i forgårs" -> published.minusDays(2).toString();
            case "i dag", "her til morgen", "i morges" -> published.toString();
            case "i morgen", "i morgon" -> published.plusDays(1).toString();
            case "sidste år", "i fjor", "i fjol", "forrige år" -> String.valueOf(published.getYear() - 1);
            case "i år" -> String.valueOf(published.getYear());
            default -> {
                String day = e.replaceAll("(ens|en|s)$", "");
                DayOfWeek weekday = WEEKDAYS.get(day);
                if (weekday == null) {
                    weekday = WEEKDAYS.get(e);
                }
                if (weekday == null) {
                    yield null;
                }
                // a weekday in a news report is the latest such day up to publication, unless a deadline
                // ("innen tirsdag") points ahead
                yield (BY_WEEKDAY.contains(before) ? published.with(TemporalAdjusters.nextOrSame(weekday))
                        : published.with(TemporalAdjusters.previousOrSame(weekday))).toString();
            }
        };
    }

    private static String duration(BigDecimal amount, String unit) {
        BigDecimal minutes;
        if (unit.startsWith("sek")) {
            minutes = amount.divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        } else if (unit.startsWith("min")) {
            minutes = amount;
        } else if (unit.startsWith("tim")) {
            minutes = amount.multiply(BigDecimal.valueOf(60));
        } else {
            String designator = unit.startsWith("d") ? "D" : unit.startsWith("u") || unit.startsWith("v") ? "W"
                    : unit.startsWith("m") ? "M" : "Y";
            return "P" + amount.stripTrailingZeros().toPlainString() + designator;
        }
        return "PT" + minutes.stripTrailingZeros().toPlainString() + "M";
    }

    /** The noun a duration describes: "50 minutter lange telefonsamtale" → telefonsamtale. */
    private static String headNoun(String text, int end) {
        Matcher m = AFTER_WORD.matcher(text);
        m.region(end, text.length());
        return m.find() ? Folding.fold(m.group(1)) : "";
    }

    /**
     * What a number counts: the noun after it, past one attributive adjective ("2,4 millioner norske
     * kroner" → kroner). Kroner carry their currency, from the adjective or else from the report's
     * language ("kroner" in a Danish report are Danish kroner), so that "30 millioner danske kroner" and
     * "45 millioner kroner" in a Norwegian report are not one amount. A capitalised word is a name, not a
     * unit; "" when there is none.
     */
    static String unit(String word, String next, String language) {
        String w = Folding.fold(word).replace(".", "");
        if (w.equals("%") || w.startsWith("procent") || w.startsWith("prosent") || w.equals("pct")) {
            return "%";
        }
        String adjective = null;
        if (next != null && ATTRIBUTIVE.matcher(w).matches() && Character.isLowerCase(next.charAt(0))) {
            adjective = w;
            word = next;
            w = Folding.fold(next).replace(".", "");
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return "";
        }
        w = ABBREVIATIONS.getOrDefault(w, w);
        if (w.equals("kr") || w.startsWith("krone") || w.startsWith("kroner")) {
            String currency = adjective != null && adjective.startsWith("dansk") ? "DKK"
                    : adjective != null && adjective.startsWith("norsk") ? "NOK"
                    : adjective != null && adjective.startsWith("svensk") ? "SEK"
                    : "da".equals(language) ? "DKK" : "nb".equals(language) || "nn".equals(language) || "no".equals(language) ? "NOK" : "";
            return "kroner" + (currency.isEmpty() ? "" : ":" + currency);
        }
        return w;
    }

    /** Words before a number that make it a bound rather than a value: "mer enn 800", "inden for 50 km", "nesten 40". */
    private static final Pattern BOUND = Pattern.compile(
            "(?:\\b(?:over|under|opptil|inntil|indtil|naesten|nesten|knap|knapt|hoejst|hoeyst|minst|mindst|nær|naer|"
                    + "innenfor|innanfor|mer\\s+enn|meir\\s+enn|mere\\s+end|flere\\s+end|fleire\\s+enn|mindre\\s+enn|mindre\\s+end|"
                    + "faerre\\s+enn|faerre\\s+end|op\\s+til|opp\\s+til|inden\\s+for|uden\\s+for|utanfor|utenfor|nærmere|naermere)"
                    + "|\\b(?:op|opp)\\s*mot)\\s*$");

    /** The number at {@code start} is a bound ("mer enn 800", "nesten 40 biler"), not a stated value. */
    static boolean isBound(String text, int start) {
        String before = Folding.fold(text.substring(Math.max(0, start - 20), start));
        return BOUND.matcher(before).find();
    }

    /** Unit abbreviations written out, so that "12 km" and "15 kilometer" count the same thing. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("km", "kilometer", "kg", "kilogram", "kilo", "kilogram",
            "cm", "centimeter", "mm", "millimeter", "m", "meter", "t", "tonn", "ton", "tonn");

    /**
     * Units of measurement that reports convert between systems (miles/km, pounds/kg, acres/hectares,
     * Fahrenheit/Celsius): "grader" with or without a scale.
     */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("kilometer", "meter", "centimeter", "millimeter",
            "mil", "fod", "fot", "tomme", "kilogram", "gram", "tonn", "tons", "tonne", "pund", "liter", "hektar",
            "grader", "knob", "knop", "miles", "mile", "foedder");

    /** A unit of measurement rather than a count ({@link #MEASURES}); compound heads count ("kvadratkilometer"). */
    static boolean isMeasure(String unit) {
        String w = unit.replaceAll("(ene|ne|er|en|e)$", "");
        return MEASURES.stream().anyMatch(m -> unit.endsWith(m) || w.endsWith(m.replaceAll("(er|e)$", "")));
    }

    /** Inflected adjectives before a noun: "norske", "danske", "alvorligt", "nye", "store". */
    private static final Pattern ATTRIBUTIVE = Pattern.compile(
            "\\p{L}*[^e]ske|\\p{L}+ige|\\p{L}+lege|\\p{L}+ede|nye|nya|store|smaa|andre|alvorligt|alvorleg|alvorlig");

    /** The word right before {@code start}, lower-cased ("" when none). */
    private static String previousWord(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return text.substring(k + 1, end).toLowerCase(Locale.ROOT);
    }

    /** The month's date ("2025-11") in the year that puts it nearest to {@code published}, ties to the past. */
    static String nearestMonth(int month, LocalDate published) {
        int best = published.getYear();
        int bestDistance = Integer.MAX_VALUE;
        for (int year = published.getYear() + 1; year >= published.getYear() - 1; year--) {
            int distance = Math.abs((year * 12 + month) - (published.getYear() * 12 + published.getMonthValue()));
            if (distance <= bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        return String.format(Locale.ROOT, "%04d-%02d", best, month);
    }

    private static BigDecimal scale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("mil") && w.contains("ard") || w.startsWith("mia") || w.startsWith("mrd")) {
            return BigDecimal.valueOf(1_000_000_000L);
        }
        if (w.startsWith("mi")) {
            return BigDecimal.valueOf(1_000_000L);
        }
        return BigDecimal.valueOf(1000);
    }

    /** "1.000" → 1000, "7,5" → 7.5, "1 000 000" → 1000000, "fire" → 4; null when not a number. */
    static BigDecimal number(String written) {
        String w = written.toLowerCase(Locale.ROOT).trim();
        if (w.matches(ONE_AND_A_HALF)) {
            return new BigDecimal("1.5");
        }
        Integer word = NUMBER_WORDS.get(w);
        if (w.matches("[1-9]\\d{0,2}(,\\d{3})+")) {
            return new BigDecimal(w.replace(",", "")); // "250,000": thousands in English style, not 250
        }
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        String digits = w.replace('\u00a0', ' ');
        if (digits.matches("\\d{1,3}([. ]\\d{3})+(,\\d+)?")) {
            digits = digits.replace(".", "").replace(" ", "").replace(',', '.');
        } else {
            digits = digits.replace(',', '.');
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
