package dev.parallax.align.service.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.parallax.align.rest.AlignResponse.FactOut;
import dev.parallax.align.rest.AlignResponse.MentionOut;
import dev.parallax.align.service.Report;
import dev.parallax.align.service.linking.Link;

/**
 * Compares the facts the reports state.
 * <ul>
 *   <li><b>agree</b>: two or more reports state the same value (dates and durations after
 *       normalisation, numbers with the same unit, one person whatever the spelling);</li>
 *   <li><b>conflict</b>: two reports state different values for what is recognisably the same fact,
 *       and neither report states the other's value anywhere: dates with the same anchor
 *       ("siden marts 2014" / "siden august 2014") or alone of their kind in linked sentences; durations
 *       of one thing ("50 minutter lange telefonsamtale" / "timelang samtale"), also within one report, or
 *       the only durations of two linked sentences; numbers of one unit ("12 sommerhuse" / "19 sommerhus")
 *       stated once in linked sentences or once in each report, but never bounds, measurements within
 *       rounding of a conversion, degrees, time units or different currencies: translations and reports
 *       convert units and round, and on translated pairs those were the false alarms measured;</li>
 *   <li><b>unique</b>: a value only one report states.</li>
 * </ul>
 * Conflicts are held to a high bar on purpose: a false conflict costs an editor's trust more than a
 * missed one.
 */
public final class FactComparer {

    private final FactExtractor facts = new FactExtractor();
    private final NameExtractor names = new NameExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();

    /** Quotes in two reports are one statement when their n-gram vectors are this similar. */
    private static final double SAME_QUOTE = 0.45;

    public List<FactOut> compare(List<Report> reports, List<Link> links) {
        List<Fact> all = new ArrayList<>();
        Map<String, String> surnames = names.surnames(reports);
        List<Fact> quoteFacts = new ArrayList<>();
        for (int d = 0; d < reports.size(); d++) {
            all.addAll(facts.extract(d, reports.get(d)));
            List<Fact> named = names.extract(d, reports.get(d), surnames);
            all.addAll(named);
            List<Fact> people = named.stream().filter(f -> f.kind().equals("person"))
                    .map(f -> f.withValue(surnames.getOrDefault(f.key(), f.value())))
                    .toList();
            quoteFacts.addAll(quotes.extract(d, reports.get(d), people));
        }
        Set<Long> linked = linkedSentencePairs(links);

        List<FactOut> conflicts = new ArrayList<>();
        Set<Fact> inConflict = new HashSet<>();
        findConflicts(all, linked, reports, conflicts, inConflict);

        List<FactOut> agreements = new ArrayList<>();
        List<FactOut> uniques = new ArrayList<>();
        Map<String, List<Fact>> byValue = new LinkedHashMap<>();
        for (Fact f : all) {
            byValue.computeIfAbsent(groupKey(f, byValue), k -> new ArrayList<>()).add(f);
        }
        for (List<Fact> group : byValue.values()) {
            Set<Integer> docs = group.stream().map(Fact::doc).collect(Collectors.toCollection(TreeSet::new));
            Fact first = group.get(0);
            String label = label(first, group);
            List<Fact> mentions = isName(first.kind()) ? group.stream()
                    .map(f -> f.withValue(label))
                    .toList() : group;
            if (docs.size() >= 2) {
                agreements.add(out(first.kind(), "agree", label, mentions, reports));
            } else if (group.stream().noneMatch(inConflict::contains)) {
                uniques.add(out(first.kind(), "unique", label, mentions, reports));
            }
        }
        compareQuotes(quoteFacts, reports, agreements, uniques);
        List<FactOut> comparison = new ArrayList<>(conflicts.size() + agreements.size() + uniques.size());
        comparison.addAll(conflicts);
        comparison.addAll(agreements);
        comparison.addAll(uniques);
        return comparison;
    }

    private void findConflicts(List<Fact> all, Set<Long> linked, List<Report> reports, List<FactOut> out, Set<Fact> used) {
        Map<Integer, Map<String, Set<String>>> valuesByDoc = new LinkedHashMap<>();
        for (Fact f : all) {
            valuesByDoc.computeIfAbsent(f.doc(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(f.kind(), k -> new HashSet<>()).add(f.value());
        }
        Map<String, List<Fact>> comparableByKind = new LinkedHashMap<>();
        Map<String, Integer> perSentence = new HashMap<>();
        for (Fact f : all) {
            if (isComparableKind(f.kind())) {
                comparableByKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
                perSentence.merge(sentenceKindKey(f), 1, Integer::sum);
                perSentence.merge(f.doc() + "/" + f.sentence() + "/" + f.kind(), 1, Integer::sum);
            }
        }
        List<Fact> numbers = comparableByKind.getOrDefault("number", List.of());
        for (List<Fact> ofKind : comparableByKind.values()) {
            for (int x = 0; x < ofKind.size(); x++) {
                Fact f = ofKind.get(x);
                for (int y = x + 1; y < ofKind.size(); y++) {
                    Fact g = ofKind.get(y);
                    if (f.value().equals(g.value()) && f.key().equals(g.key())) {
                        continue;
                    }
                    boolean sameDoc = f.doc() == g.doc();
                    if (sameDoc ? !conflictWithinReport(f, g)
                            : !conflictAcrossReports(f, g, perSentence, linked, valuesByDoc, ofKind, reports)) {
                        continue;
                    }
                    if (sameDoc && (used.contains(f) || used.contains(g))) {
                        continue; // one within-report conflict per pair of statements is enough
                    }
                    used.add(f);
                    used.add(g);
                    out.add(out(f.kind(), "conflict", conflictLabel(f, g), List.of(f, g), reports));
                }
            }
        }
    }

    private static String sentenceKindKey(Fact f) {
        return f.doc() + "/" + f.sentence() + "/" + f.kind() + "/" + granularity(f.key());
    }

    /** A quote agrees with quotes of other reports that say nearly the same words (any of da/nb/nn). */
    private static void compareQuotes(List<Fact> quoteFacts, List<Report> reports, List<FactOut> agreements, List<FactOut> uniques) {
        List<dev.parallax.text.NgramVector> vectors = quoteFacts.stream()
                .map(q -> dev.parallax.text.NgramVector.weighted(dev.parallax.text.NgramVector.counts(q.value(), 3, 5), g -> 1.0))
                .toList();
        boolean[] grouped = new boolean[quoteFacts.size()];
        for (int i = 0; i < quoteFacts.size(); i++) {
            if (grouped[i]) {
                continue;
            }
            List<Fact> group = new ArrayList<>(List.of(quoteFacts.get(i)));
            for (int j = i + 1; j < quoteFacts.size(); j++) {
                if (!grouped[j] && quoteFacts.get(j).doc() != quoteFacts.get(i).doc()
                        && vectors.get(i).cosine(vectors.get(j)) >= SAME_QUOTE) {
                    grouped[j] = true;
                    group.add(quoteFacts.get(j));
                }
            }
            Fact first = group.get(0);
            String label = "quote" + (first.speaker() == null ? "" : " of " + first.speaker()) + ": "
                    + (first.value().length() > 60 ? first.value().substring(0, 60) + "…" : first.value());
            if (group.size() >= 2) {
                agreements.add(out("quote", "agree", label, group, reports));
            } else {
                uniques.add(out("quote", "unique", label, group, reports));
            }
        }
    }

    private static boolean isName(String kind) {
        return kind.equals("person") || kind.equals("place") || kind.equals("organisation");
    }

    private static boolean isComparableKind(String kind) {
        return kind.equals("date") || kind.equals("number") || kind.equals("duration") || kind.equals("time");
    }

    private static boolean conflictAcrossReports(Fact f, Fact g, Map<String, Integer> perSentence, Set<Long> linked,
                                                 Map<Integer, Map<String, Set<String>>> valuesByDoc, List<Fact> ofKind,
                                                 List<Report> reports) {
        // the other report must not state this value anywhere: then the two are likely different facts
        // (numbers by value whatever their unit: the other value under another noun is reason enough for doubt)
        if (valuesByDoc.get(g.doc()).getOrDefault(f.kind(), Set.of()).contains(f.value())
                || valuesByDoc.get(f.doc()).getOrDefault(g.kind(), Set.of()).contains(g.value())) {
            return false;
        }
        boolean inLinkedSentences = linked.contains(pairKey(f.doc(), f.sentence(), g.doc(), g.sentence()));
        switch (f.kind()) {
            case "date" -> {
                if (!granularity(f.key()).equals(granularity(g.key())) || !f.key().equals(g.key())) {
                    return false;
                }
                boolean anchored = f.key().contains(":");
                if (f.key().endsWith(FactExtractor.INFERRED)) {
                    // weekdays only when both say what the date is the date of ("siden tirsdag" /
                    // "starta måndag") and the pairing is not a guess
                    return anchored && (inLinkedSentences
                            || onlyOne(ofKind, f, x -> x.key().equals(f.key())) && onlyOne(ofKind, g, x -> x.key().equals(g.key())));
                }
                return anchored || (inLinkedSentences && aloneOfItsKind(f, perSentence) && aloneOfItsKind(g, perSentence));
            }
            case "duration" -> {
                if (!inLinkedSentences || f.value().startsWith("PT") != g.value().startsWith("PT")) {
                    return false;
                }
                // the same thing ("telefonsamtale" / "samtalen"), or the only length either sentence gives
                // ("stengt i tre timer" / "stengd i fem timar")
                return sameThing(f.key(), g.key()) && aloneOfItsKind(f, perSentence) && aloneOfItsKind(g, perSentence)
                        || onlyOfKindInSentence(f, perSentence) && onlyOfKindInSentence(g, perSentence);
            }
            case "number" -> {
                if (!sameUnit(f.key(), g.key())) {
                    return false;
                }
                if (TIME_UNIT.matcher(f.key()).matches() || TIME_UNIT.matcher(g.key()).matches()) {
                    return false; // "for 25 år siden" is a point in time, "de siste tre årene" a period: not counts
                }
                if (NounStem.sameHead(f.key(), "grader")) {
                    return false; // degrees: Celsius in one report may be Fahrenheit in the other, and neither says
                }
                if (FactExtractor.isMeasure(f.key()) && withinConversion(f.value(), g.value())) {
                    return false;
                }
                // a bound ("mer enn 800 ansatte", "inden for 50 km") is no value to compare
                if (FactExtractor.isBound(reports.get(f.doc()).text(), f.start())
                        || FactExtractor.isBound(reports.get(g.doc()).text(), g.start())) {
                    return false;
                }
                // linked sentences that count this noun once each, or the only count of it in either report
                if (inLinkedSentences) {
                    return onlyOne(ofKind, f, x -> x.sentence() == f.sentence() && sameUnit(x.key(), f.key()))
                            && onlyOne(ofKind, g, x -> x.sentence() == g.sentence() && sameUnit(x.key(), g.key()));
                }
                return onlyOne(ofKind, f, x -> sameUnit(x.key(), f.key())) && onlyOne(ofKind, g, x -> sameUnit(x.key(), g.key()));
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Measurements are converted between systems and the result rounded (60 miles → "97 km" in one
     * report, "100 km" in another; 400 pounds → 181 / 180 kg): values within a tenth of each other are one
     * measurement.
     */
    static boolean withinConversion(String a, String b) {
        BigDecimal x = new BigDecimal(a);
        BigDecimal y = new BigDecimal(b);
        BigDecimal larger = x.abs().max(y.abs());
        return larger.signum() == 0 || x.subtract(y).abs().divide(larger, 4, RoundingMode.HALF_UP)
                .compareTo(new BigDecimal("0.10")) <= 0;
    }

    /** Numbers of years, days, hours …: points in time or periods, compared as dates and durations if at all. */
    private static final Pattern TIME_UNIT = Pattern.compile(
            "(aar|dag|doegn|uge|uke|veke|maaned|maanad|time|timar|minut|sekund)\\p{L}*");

    /** {@code f} is the only fact of its report in {@code ofKind} that {@code test} accepts. */
    private static boolean onlyOne(List<Fact> ofKind, Fact f, Predicate<Fact> test) {
        return ofKind.stream().filter(x -> x.doc() == f.doc() && test.test(x)).count() == 1;
    }

    private static boolean onlyOfKindInSentence(Fact f, Map<String, Integer> perSentence) {
        return perSentence.getOrDefault(f.doc() + "/" + f.sentence() + "/" + f.kind(), 0) == 1;
    }

    /**
     * Numbers count the same thing: the same noun by {@link NounStem} (currencies must match), and not a
     * function word ("38.000 uten strøm" has no unit).
     */
    static boolean sameUnit(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals("%") != b.equals("%")) {
            return false;
        }
        if (a.equals("%")) {
            return true;
        }
        if (a.startsWith("kroner") || b.startsWith("kroner")) {
            return a.equals(b);
        }
        return NounStem.sameHead(a, b);
    }

    /** Two parties in one report giving different lengths of one thing: "50 minutter lange telefonsamtale" / "timelang samtale". */
    private static boolean conflictWithinReport(Fact f, Fact g) {
        return f.kind().equals("duration") && f.value().startsWith("PT") && g.value().startsWith("PT")
                && sameThing(f.key(), g.key()) && f.sentence() != g.sentence();
    }

    /** Head nouns of one thing: equal, or one a compound ending in the other (telefonsamtale / samtalen). */
    private static boolean sameThing(String a, String b) {
        return NounStem.sameHead(a, b);
    }

    /** No other fact of the same kind and granularity in the same sentence: then the pairing of values is not a guess. */
    private static boolean aloneOfItsKind(Fact f, Map<String, Integer> perSentence) {
        return perSentence.getOrDefault(sentenceKindKey(f), 0) == 1;
    }

    private static String granularity(String key) {
        return key.replaceAll("[:~].*$", "");
    }

    /** Facts in one group agree: the same person whatever the spelling, the same normalised value. */
    private static String groupKey(Fact f, Map<String, List<Fact>> groups) {
        return switch (f.kind()) {
            case "person", "place", "organisation" -> f.kind() + "|" + f.key();
            case "number" -> {
                // the same value of a unit spelled another way joins the first such group ("14 personer" / "fjorten menneske")
                for (Map.Entry<String, List<Fact>> group : groups.entrySet()) {
                    Fact first = group.getValue().get(0);
                    if (first.kind().equals("number") && first.value().equals(f.value()) && sameCount(first.key(), f.key())) {
                        yield group.getKey();
                    }
                }
                yield "number|" + f.value() + "|" + f.key();
            }
            default -> f.kind() + "|" + f.value();
        };
    }

    /** Units under which the same value is the same count: one noun, or the same first five letters ("passagerer" / "passasjerar"). */
    private static boolean sameCount(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.startsWith("kroner") || b.startsWith("kroner")) {
            return a.startsWith("kroner") && b.startsWith("kroner") && (a.equals("kroner") || b.equals("kroner"));
        }
        return sameUnit(a, b) || a.length() >= 5 && b.length() >= 5 && a.substring(0, 5).equals(b.substring(0, 5));
    }

    private static String label(Fact first, List<Fact> group) {
        return switch (first.kind()) {
            case "person", "place", "organisation" -> group.stream().map(Fact::text)
                    .max(Comparator.<String>comparingInt(n -> n.contains(" ") ? 1 : 0)
                            .thenComparingInt(n -> n.endsWith("s") ? 0 : 1)
                            .thenComparingLong(n -> group.stream().filter(f -> f.text().equals(n)).count())
                            .thenComparingInt(String::length))
                    .orElse(first.value());
            case "number" -> first.value() + (first.key().isEmpty() ? "" : " " + first.key() + "…");
            case "duration" -> "duration " + first.value();
            default -> first.kind() + " " + first.value();
        };
    }

    private static String conflictLabel(Fact f, Fact g) {
        String what = switch (f.kind()) {
            case "date" -> f.key().contains(":since") ? "date since which" : "date";
            case "duration" -> "length of the " + (f.key().length() <= g.key().length() ? f.key() : g.key());
            case "number" -> "number of " + f.key() + "…";
            default -> f.kind();
        };
        return what + ": " + f.value() + " vs " + g.value();
    }

    private static FactOut out(String kind, String status, String label, List<Fact> mentions, List<Report> reports) {
        List<MentionOut> m = mentions.stream()
                .sorted(Comparator.comparingInt(Fact::doc).thenComparingInt(Fact::start))
                .map(f -> new MentionOut(reports.get(f.doc()).id(), f.start(), f.end(), f.text(), f.value(), f.speaker(),
                        f.role()))
                .toList();
        return new FactOut(kind, status, label, m);
    }

    private static Set<Long> linkedSentencePairs(List<Link> links) {
        Set<Long> pairs = new HashSet<>();
        for (Link link : links) {
            List<Map.Entry<Integer, List<Integer>>> members = new ArrayList<>(link.members().entrySet());
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    for (int a : members.get(i).getValue()) {
                        for (int b : members.get(j).getValue()) {
                            pairs.add(pairKey(members.get(i).getKey(), a, members.get(j).getKey(), b));
                            pairs.add(pairKey(members.get(j).getKey(), b, members.get(i).getKey(), a));
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static long pairKey(int docA, int sentenceA, int docB, int sentenceB) {
        return (((long) docA * 1_000_003L + sentenceA) * 1_000_003L + docB) * 1_000_003L + sentenceB;
    }
}
