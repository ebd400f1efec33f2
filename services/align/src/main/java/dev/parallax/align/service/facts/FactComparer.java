package dev.parallax.align.service.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 *       of one thing ("50 minutter lange telefonsamtale" / "timelang samtale"), also within one report.
 *       Numbers agree or are unique but never conflict: translations and reports convert units and round
 *       ("64 km" / "40 miles", "11" / "20 grader"), and on translated pairs every number conflict
 *       measured was such a false alarm;</li>
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
            byValue.computeIfAbsent(groupKey(f), k -> new ArrayList<>()).add(f);
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
                    .computeIfAbsent(f.kind(), k -> new HashSet<>()).add(comparable(f));
        }
        Map<String, List<Fact>> comparableByKind = new LinkedHashMap<>();
        Map<String, Integer> perSentence = new java.util.HashMap<>();
        for (Fact f : all) {
            if (isComparableKind(f.kind())) {
                comparableByKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
                perSentence.merge(sentenceKindKey(f), 1, Integer::sum);
            }
        }
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
                            : !conflictAcrossReports(f, g, perSentence, linked, valuesByDoc)) {
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
                                                 Map<Integer, Map<String, Set<String>>> valuesByDoc) {
        // the other report must not state this value anywhere: then the two are likely different facts
        if (valuesByDoc.get(g.doc()).getOrDefault(f.kind(), Set.of()).contains(comparable(f))
                || valuesByDoc.get(f.doc()).getOrDefault(g.kind(), Set.of()).contains(comparable(g))) {
            return false;
        }
        boolean inLinkedSentences = linked.contains(pairKey(f.doc(), f.sentence(), g.doc(), g.sentence()));
        switch (f.kind()) {
            case "date" -> {
                if (!granularity(f.key()).equals(granularity(g.key())) || f.key().endsWith(FactExtractor.INFERRED)
                        || g.key().endsWith(FactExtractor.INFERRED)) {
                    return false;
                }
                boolean sameAnchor = f.key().equals(g.key()) && f.key().contains(":");
                return sameAnchor || (inLinkedSentences && f.key().equals(g.key())
                        && aloneOfItsKind(f, perSentence) && aloneOfItsKind(g, perSentence));
            }
            case "duration" -> {
                return sameThing(f.key(), g.key()) && inLinkedSentences && aloneOfItsKind(f, perSentence) && aloneOfItsKind(g, perSentence);
            }
            default -> {
                return false;
            }
        }
    }

    /** Two parties in one report giving different lengths of one thing: "50 minutter lange telefonsamtale" / "timelang samtale". */
    private static boolean conflictWithinReport(Fact f, Fact g) {
        return f.kind().equals("duration") && f.value().startsWith("PT") && g.value().startsWith("PT")
                && sameThing(f.key(), g.key()) && f.sentence() != g.sentence();
    }

    /** Head nouns of one thing: equal, or one a compound ending in the other (telefonsamtale / samtale). */
    private static boolean sameThing(String a, String b) {
        if (a.length() < 5 || b.length() < 5) {
            return false;
        }
        String x = a.replaceAll("(en|et|n|t|r|er)$", "");
        String y = b.replaceAll("(en|et|n|t|r|er)$", "");
        return x.endsWith(y) || y.endsWith(x);
    }

    /** No other fact of the same kind and granularity in the same sentence: then the pairing of values is not a guess. */
    private static boolean aloneOfItsKind(Fact f, Map<String, Integer> perSentence) {
        return perSentence.getOrDefault(sentenceKindKey(f), 0) == 1;
    }

    private static String granularity(String key) {
        return key.replaceAll("[:~].*$", "");
    }

    private static String comparable(Fact f) {
        return f.kind().equals("number") ? f.value() + " " + f.key() : f.value();
    }

    /** Facts in one group agree: the same person whatever the spelling, the same normalised value. */
    private static String groupKey(Fact f) {
        return switch (f.kind()) {
            case "person", "place", "organisation" -> f.kind() + "|" + f.key();
            case "number" -> "number|" + f.value() + "|" + f.key();
            default -> f.kind() + "|" + f.value();
        };
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
