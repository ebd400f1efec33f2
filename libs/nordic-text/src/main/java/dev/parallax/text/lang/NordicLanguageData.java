package dev.parallax.text.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import dev.parallax.text.Folding;

/**
 * What the services know of Danish, Bokmål and Nynorsk words, loaded in one place: month and weekday
 * names and number words from CLDR (through ICU4J), the rest from the resource files next to this class,
 * each of which states its source and licence (see also docs/licences.md). Every lookup takes the
 * {@link Folding#fold folded} form of a word. Loaded once, immutable, thread-safe.
 */
public final class NordicLanguageData {

    /** The three norms, as CLDR names them. */
    private static final List<String> LOCALES = List.of("da", "nb", "nn");

    /** What a number word is. */
    public enum NumberType {
        /** A whole number ("fjorten", "toogtyve", "tjueto"). */
        CARDINAL,
        /** "en", "et", "ein", "ei", "én": one, but far more often an article. */
        ONE,
        /** Multiplies the number before it ("millioner", "hundre"). */
        SCALE,
        /** Not whole ("halvanden", "halv", "kvart"). */
        FRACTION
    }

    public record NumberWord(BigDecimal value, NumberType type) {
    }

    /**
     * A unit of measurement or of time.
     *
     * @param factors what one unit is in the dimension's base unit; two where the word has two readings
     *                ("mil": 10 km, or the English mile in translations)
     */
    public record Unit(String dimension, List<BigDecimal> factors) {
        public boolean isTime() {
            return dimension.equals("time");
        }

        /**
         * Which unit this is, whatever the norm's spelling or inflection: "minut", "minutt" and "minutter" are one
         * unit, "mil" and "km" two. Values stated in one unit were not converted from another.
         */
        public String identity() {
            StringBuilder key = new StringBuilder(dimension);
            for (BigDecimal f : factors) {
                key.append(':').append(f.stripTrailingZeros().toPlainString());
            }
            return key.toString();
        }
    }

    /** A bound or approximation before a number ("mindst", "over", "cirka"). */
    public enum Qualifier {
        MIN, JUST_OVER, MAX, ALMOST, ABOUT, RISEN_TO, FALLEN_TO
    }

    /** An expression of time or a word that shifts one (time-expressions.tsv). */
    public record TimeWord(String type, int value) {
    }

    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> fullMonthNames = new HashSet<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, NumberWord> numberWords = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, String> currencyAdjectives = new HashMap<>();
    private final PhraseTable<Qualifier> qualifiers = new PhraseTable<>();
    private final Map<String, PhraseTable<TimeWord>> timeWords = new HashMap<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final List<String> roleNounHeads = new ArrayList<>();
    private final Set<String> stopWords = new HashSet<>();
    private final Map<String, String> functionWords = new HashMap<>();
    private final Map<String, List<String>> nounClasses = new HashMap<>();
    private final Map<String, Set<String>> nameCues = new HashMap<>();
    private final Map<String, String> nationalities = new HashMap<>();

    private static final class Holder {
        static final NordicLanguageData INSTANCE = new NordicLanguageData();
    }

    /** The data, loaded on first use. */
    public static NordicLanguageData get() {
        return Holder.INSTANCE;
    }

    private NordicLanguageData() {
        loadCldr();
        for (String[] row : rows("calendar.tsv")) {
            int value = Integer.parseInt(row[2]);
            if (row[1].equals("month")) {
                months.put(Folding.fold(row[0]), value);
            } else {
                weekdays.put(Folding.fold(row[0]), DayOfWeek.of(value));
            }
        }
        for (String[] row : rows("numbers.tsv")) {
            NumberType type = switch (row[2]) {
                case "scale" -> NumberType.SCALE;
                case "fraction" -> NumberType.FRACTION;
                default -> NumberType.CARDINAL;
            };
            numberWords.put(Folding.fold(row[0]), new NumberWord(new BigDecimal(row[1]), type));
        }
        for (String[] row : rows("ordinals.tsv")) {
            ordinals.put(Folding.fold(row[0]), Integer.valueOf(row[1]));
        }
        for (String[] row : rows("units.tsv")) {
            units.put(Folding.fold(row[0]), new Unit(row[1],
                    Arrays.stream(row[2].split("\\|")).map(BigDecimal::new).toList()));
        }
        for (String[] row : rows("currencies.tsv")) {
            (row[1].equals("adjective") ? currencyAdjectives : currencies).put(Folding.fold(row[0]), row[2]);
        }
        for (String[] row : rows("qualifiers.tsv")) {
            qualifiers.put(row[0], Qualifier.valueOf(row[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        }
        for (String[] row : rows("time-expressions.tsv")) {
            timeWords.computeIfAbsent(timeWordGroup(row[1]), g -> new PhraseTable<>())
                    .put(row[0], new TimeWord(row[1], Integer.parseInt(row[2])));
        }
        rows("speech-verbs.tsv").forEach(row -> speechVerbs.add(Folding.fold(row[0])));
        rows("role-nouns.tsv").forEach(row -> roleNounHeads.add(Folding.fold(row[0])));
        for (String file : List.of("stopwords-da.txt", "stopwords-no.txt")) {
            for (String line : lines(file)) {
                String word = line.replaceFirst("\\|.*$", "").trim();
                if (!word.isEmpty()) {
                    stopWords.add(Folding.fold(word.split("\\s+")[0]));
                }
            }
        }
        for (String[] row : rows("nationalities.tsv")) {
            String adjective = Folding.fold(row[0]);
            nationalities.put(adjective, row[1]);
            nationalities.put(adjective + "e", row[1]); // "norske", "danske": definite and plural
        }
        for (String[] row : rows("name-cues.tsv")) {
            nameCues.computeIfAbsent(row[1], k -> new HashSet<>()).add(Folding.fold(row[0]));
        }
        for (String[] row : rows("noun-classes.tsv")) {
            nounClasses.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Folding.fold(row[1]));
        }
        for (String[] group : rows("function-words.tsv")) {
            for (String form : group) {
                functionWords.put(Folding.fold(form), Folding.fold(group[0]));
            }
        }
    }

    /** Month and weekday names, cardinal and ordinal number words, as CLDR writes them in da, nb and nn. */
    private void loadCldr() {
        for (String locale : LOCALES) {
            ULocale uLocale = new ULocale(locale);
            DateFormatSymbols symbols = new DateFormatSymbols(uLocale);
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = symbols.getMonths(context, width);
                    for (int m = 0; m < 12; m++) {
                        months.put(Folding.fold(names[m].replace(".", "")), m + 1);
                        if (width == DateFormatSymbols.WIDE) {
                            fullMonthNames.add(Folding.fold(names[m]));
                        }
                    }
                }
            }
            String[] days = symbols.getWeekdays(); // index 1 = Sunday, as java.util.Calendar counts
            for (int d = 1; d <= 7; d++) {
                weekdays.put(Folding.fold(days[d]), DayOfWeek.of(d == 1 ? 7 : d - 1));
            }
            RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(uLocale, RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : spellout.getRuleSetNames()) {
                boolean ordinal = ruleSet.contains("ordinal");
                if (!ordinal && !ruleSet.contains("cardinal") && !ruleSet.equals("%spellout-numbering")) {
                    continue;
                }
                for (int n = ordinal ? 1 : 0; n <= 100; n++) {
                    String word = spellout.format(n, ruleSet).replace("\u00ad", "");
                    if (word.contains(" ")) {
                        continue; // "eitt hundre": read word by word
                    }
                    String key = Folding.fold(word);
                    if (ordinal) {
                        ordinals.putIfAbsent(key, n);
                    } else if (n == 100) {
                        numberWords.putIfAbsent(key, new NumberWord(BigDecimal.valueOf(100), NumberType.SCALE));
                    } else {
                        numberWords.putIfAbsent(key, new NumberWord(BigDecimal.valueOf(n), n == 1 ? NumberType.ONE : NumberType.CARDINAL));
                    }
                }
            }
        }
        // the plain article forms CLDR writes with an accent ("én", "éin"): without it they are articles first
        for (String article : List.of("en", "et", "ein", "ei", "eit", "eitt", "ett")) {
            numberWords.put(article, new NumberWord(BigDecimal.ONE, NumberType.ONE));
        }
    }

    public OptionalInt month(String folded) {
        Integer m = months.get(folded);
        return m == null ? OptionalInt.empty() : OptionalInt.of(m);
    }

    /** A month's full name, not an abbreviation ("mars", "juni"; not "mar", "jun", "sept"). */
    public boolean isFullMonthName(String folded) {
        return fullMonthNames.contains(folded);
    }

    public Optional<DayOfWeek> weekday(String folded) {
        return Optional.ofNullable(weekdays.get(folded));
    }

    public Optional<NumberWord> numberWord(String folded) {
        return Optional.ofNullable(numberWords.get(folded));
    }

    public OptionalInt ordinal(String folded) {
        Integer n = ordinals.get(folded);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    public Optional<Unit> unit(String folded) {
        return Optional.ofNullable(units.get(folded));
    }

    /** The ISO 4217 code a currency word names, or "LOCAL" for a krone of the report's own country. */
    public Optional<String> currency(String folded) {
        return Optional.ofNullable(currencies.get(folded));
    }

    /** The currency an adjective before "kroner" or "dollar" names ("norske" → NOK). */
    public Optional<String> currencyAdjective(String folded) {
        return Optional.ofNullable(currencyAdjectives.get(folded));
    }

    public PhraseTable<Qualifier> qualifiers() {
        return qualifiers;
    }

    /**
     * The time expressions of one group (time-expressions.tsv): "relative" (types day, night, week, year:
     * "i går", "i nat", "forrige uke", "i fjor"), "shift" (previous, next: before a weekday), "deadline",
     * "since", "ago-marker", "ahead-marker", "part-of-day", "clock", "clock-bound", "zone". A phrase may
     * stand in several groups ("siden": since, and after an amount of time, ago).
     */
    public PhraseTable<TimeWord> timeWords(String group) {
        PhraseTable<TimeWord> table = timeWords.get(group);
        if (table == null) {
            throw new IllegalArgumentException("no time expressions of group " + group);
        }
        return table;
    }

    private static String timeWordGroup(String type) {
        return switch (type) {
            case "day", "night", "week", "year" -> "relative";
            case "previous", "next" -> "shift";
            default -> type;
        };
    }

    public boolean isSpeechVerb(String folded) {
        return speechVerbs.contains(folded);
    }

    /**
     * A noun naming an office or occupation: its compound head is a role noun ("forsvarsminister",
     * "pressesekretæren", "talskvinde"), optionally with a definite ending.
     */
    public boolean isRoleNoun(String word) {
        String w = Folding.fold(word);
        if (w.length() < 4) {
            return false;
        }
        for (String head : roleNounHeads) {
            int at = w.lastIndexOf(head);
            if (at >= 0) {
                String rest = w.substring(at + head.length());
                if (rest.isEmpty() || rest.equals("en") || rest.equals("a") || rest.equals("n")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A function word of Danish or Norwegian (Snowball's stop word lists). */
    public boolean isStopWord(String folded) {
        return stopWords.contains(folded);
    }

    /** The form standing for a function word's da/nb/nn group ("ikkje" → "ikke"), or the word itself. */
    public String functionWordForm(String folded) {
        return functionWords.getOrDefault(folded, folded);
    }

    /**
     * Whether a word is a cue of the given kind for names (name-cues.tsv): place-preposition, compass,
     * place-acronym, organisation-head, not-adjective, determiner.
     */
    public boolean isNameCue(String cue, String folded) {
        return nameCues.getOrDefault(cue, Set.of()).contains(folded);
    }

    /** The ISO 3166-1 code of a nationality adjective ("norsk", "svenske" → NO, SE). */
    public Optional<String> nationality(String folded) {
        return Optional.ofNullable(nationalities.get(folded));
    }

    /** The base forms of the nouns of one class ("people": person, menneske, folk, individ), folded. */
    public List<String> nounClass(String name) {
        return nounClasses.getOrDefault(name, List.of());
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static List<String> lines(String file) {
        try (InputStream in = NordicLanguageData.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("language data " + file + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
