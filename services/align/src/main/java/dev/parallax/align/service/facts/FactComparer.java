package dev.parallax.align.service.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.claims.Passage;
import dev.parallax.align.service.facts.ComparedFact.Status;
import dev.parallax.align.service.facts.value.Amount;
import dev.parallax.align.service.facts.value.Compatibility;
import dev.parallax.align.service.facts.value.DateValue;
import dev.parallax.align.service.facts.value.NameValue;
import dev.parallax.align.service.facts.value.QuoteValue;
import dev.parallax.align.service.lexicon.Lexicon;
import dev.parallax.align.service.lexicon.WordInfo;
import dev.parallax.align.service.linking.Link;
import dev.parallax.align.service.linking.ValueLinks;
import dev.parallax.text.DisjointSets;
import dev.parallax.text.NgramVector;
import dev.parallax.text.SentenceSegmenter;

/**
 * Compares what the reports state, slot by slot.
 * <p>
 * Two facts of two reports are one slot when they sit in one passage (a claim: sentences linked as
 * reporting the same thing) and play the same role: values of one class (counts, kroner, lengths, dates,
 * clock times …) whose heads and anchors do not say they are about different things ({@link SlotMatcher}).
 * Within a passage, facts whose values can both be true are paired first (agreements), best fitting slot
 * first; of what is left, a pair whose values cannot both be true is a conflict when it is the only pair
 * left of its class in two directly linked sentences, or when its slot fits clearly better than any other.
 * Across passages, only equal values of the same head agree, and only the one statement of a head in each
 * report conflicts. Compatibility is each value kind's own rule ({@code Value#against}).
 * <p>
 * Names agree across reports by their spelling-independent key; quotes by their words, and conflict when
 * the same words are given to two different named speakers; a place reached ("fløjet til X") conflicts
 * with another place reached in the same passage.
 */
public final class FactComparer {

    private final FactExtractor values = new FactExtractor();
    private final NameExtractor names = new NameExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final Lexicon lexicon;
    private final SlotMatcher slots;

    public FactComparer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.slots = new SlotMatcher(lexicon);
    }

    /** Quotes in two reports are one statement when their n-gram vectors are this similar. */
    private static final double SAME_QUOTE = 0.45;
    /**
     * … or, in one passage (sentences linked as saying the same), when the one that says less shares this much of its
     * rare lemmas with the other: a quote translated or paraphrased shares few letters across the norms.
     */
    private static final double SAME_QUOTE_LEMMAS = 0.5;
    /** A slot must fit this much better than the runner-up for a conflict among several candidates. */
    private static final double CONFLICT_MARGIN = 0.75;
    private static final int LABEL_QUOTE_CHARS = 60;
    /** Sentences linked this closely say the same thing in nearly the same words (translations do, at 0.6–0.8). */
    private static final double CLOSE_LINK = 0.5;
    /** Words around two equal values this alike make them one statement ({@link #statesAlike}). */
    private static final double ALIKE_CONTEXT = 0.25;
    /** Sentences must share this much of their rare lemmas (cosine, with the slot's own fit) for a value's slot. */
    private static final double TOPIC_MIN = 0.25;
    /** … and fit clearly better than any rival value of the class in the other report. */
    private static final double TOPIC_MARGIN = 0.1;
    /** What the heads, anchors and nearby words add ({@link SlotMatcher#score}, 0–5) to the sentences' cosine. */
    private static final double TOPIC_SLOT_WEIGHT = 0.05;
    /** Counts further apart than this are of another magnitude. */
    private static final int OTHER_MAGNITUDE = 3;

    /** The facts of every report, found once, and what the lexicon knows of each report's words. */
    public record Extracted(List<Fact> values, List<Fact> names, List<Fact> quotes, List<Map<String, WordInfo>> words) {
    }

    public Extracted extract(List<Report> reports) {
        Set<String> commonWords = new HashSet<>();
        reports.forEach(r -> commonWords.addAll(SentenceSegmenter.lowerCaseWords(r.text())));
        Map<String, String> surnames = names.surnames(reports, commonWords);
        List<Fact> valueFacts = new ArrayList<>();
        List<Fact> nameFacts = new ArrayList<>();
        List<Fact> quoteFacts = new ArrayList<>();
        List<Map<String, WordInfo>> words = new ArrayList<>();
        for (int d = 0; d < reports.size(); d++) {
            words.add(words(reports.get(d)));
            valueFacts.addAll(values.extract(d, reports.get(d), words.get(d)));
            List<Fact> named = names.extract(d, reports.get(d), surnames, commonWords);
            nameFacts.addAll(named);
            List<Fact> people = named.stream().filter(f -> f.kind().equals("person")).toList();
            quoteFacts.addAll(quotes.extract(d, reports.get(d), people));
        }
        return new Extracted(valueFacts, nameFacts, quoteFacts, words);
    }

    /** What the lexicon knows of the words of one report, asked once for all of them. */
    private Map<String, WordInfo> words(Report report) {
        Set<String> forms = new HashSet<>();
        for (dev.parallax.text.Token t : dev.parallax.text.Tokenizer.tokens(report.text())) {
            if (t.isWord()) {
                forms.add(t.text());
            }
        }
        return lexicon.lookup(report.language(), forms);
    }

    /**
     * The specific values each sentence states, for {@link ValueLinks}: amounts (counts above twelve or of a
     * named thing), clock times, days, scores; not years, weekdays or bare small numbers, which recur.
     */
    public List<ValueLinks.Anchor> anchors(Extracted facts) {
        List<ValueLinks.Anchor> anchors = new ArrayList<>();
        for (Fact f : facts.values()) {
            if (f.sentence() < 0) {
                continue;
            }
            if (specific(f) && !(f.value() instanceof DateValue d && !d.granularity().equals("day"))) {
                anchors.add(new ValueLinks.Anchor(f.doc(), f.sentence(), f.value().comparableClass() + "|" + sameKey(f)));
            }
            // the slot itself, whatever the value: "14 personer kom til skade" / "16 personer ble skadet" report one fact
            if (f.slot().counted() && !f.slot().concept().isEmpty()) {
                anchors.add(new ValueLinks.Anchor(f.doc(), f.sentence(), "slot:" + f.value().comparableClass() + "|" + f.slot().concept()));
            } else if (statedOnce(f)) {
                anchors.add(new ValueLinks.Anchor(f.doc(), f.sentence(), "slot:" + f.value().comparableClass() + "|" + f.slot().anchor()));
            }
        }
        return anchors;
    }

    public List<ComparedFact> compare(List<Report> reports, List<Link> links, List<Passage> passages) {
        return compare(reports, links, passages, extract(reports));
    }

    public List<ComparedFact> compare(List<Report> reports, List<Link> links, List<Passage> passages, Extracted facts) {
        Map<Long, Double> linked = linkedSentencePairs(links);
        Pairing pairing = new Pairing(facts.values());
        WrittenNumbers written = new WrittenNumbers(reports);
        for (Passage p : passages) {
            if (p.shared()) {
                matchWithin(p, facts.values(), linked, written, pairing);
            }
        }
        matchAcross(facts.values(), written, pairing);
        matchAgesByPerson(reports, facts.values(), facts.names(), pairing);
        SentenceTopics topics = new SentenceTopics(reports, facts.words(), lexicon);
        matchByTopic(topics, written, facts.values(), pairing);
        conflictsWithinReports(facts.values(), pairing);
        List<ComparedFact> conflicts = new ArrayList<>();
        List<ComparedFact> agreements = new ArrayList<>();
        List<ComparedFact> uniques = new ArrayList<>();
        for (List<Fact> group : pairing.groups()) {
            for (ComparedFact compared : slotFacts(group, pairing)) {
                (compared.status() == Status.CONFLICT ? conflicts : compared.status() == Status.AGREE ? agreements : uniques).add(compared);
            }
        }
        compareNames(facts.names(), passages, conflicts, agreements, uniques);
        compareQuotes(reports, facts.quotes(), passages, topics, conflicts, agreements, uniques);
        List<ComparedFact> comparison = new ArrayList<>(conflicts.size() + agreements.size() + uniques.size());
        comparison.addAll(conflicts);
        comparison.addAll(agreements);
        comparison.addAll(uniques);
        return comparison;
    }

    // ---- within a passage ---------------------------------------------------------------------------

    private void matchWithin(Passage passage, List<Fact> all, Map<Long, Double> linked, WrittenNumbers written, Pairing pairing) {
        Map<Integer, List<Fact>> byDoc = new LinkedHashMap<>();
        for (Fact f : all) {
            if (passage.contains(f.doc(), f.sentence())) {
                byDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
            }
        }
        List<Fact> inPassage = byDoc.values().stream().flatMap(List::stream).toList();
        List<Integer> docs = new ArrayList<>(byDoc.keySet());
        for (int x = 0; x < docs.size(); x++) {
            for (int y = x + 1; y < docs.size(); y++) {
                Map<String, List<Fact>> classesA = byClass(byDoc.get(docs.get(x)));
                Map<String, List<Fact>> classesB = byClass(byDoc.get(docs.get(y)));
                for (Map.Entry<String, List<Fact>> c : classesA.entrySet()) {
                    List<Fact> b = classesB.get(c.getKey());
                    if (b != null) {
                        matchClass(c.getValue(), b, linked, pairing, all, inPassage, (f, doc) -> written.restated(f, doc, passage.members().get(doc)));
                    }
                }
            }
        }
    }

    private record Candidate(Fact a, Fact b, double score, Compatibility compatibility) {
    }

    /** Pairs the facts of one class in one passage of two reports: agreements first, then conflicts. */
    private void matchClass(List<Fact> as, List<Fact> bs, Map<Long, Double> linked, Pairing pairing, List<Fact> all,
                            List<Fact> passageFacts, java.util.function.BiPredicate<Fact, Integer> restatedInPassage) {
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> differentHeads = new ArrayList<>();
        for (Fact a : as) {
            for (Fact b : bs) {
                double score = slots.score(a, b, linked.getOrDefault(pairKey(a, b), 0.0) >= CLOSE_LINK);
                if (score != SlotMatcher.DIFFERENT) {
                    candidates.add(new Candidate(a, b, score, a.value().against(b.value())));
                } else if (slots.heads(a.slot(), b.slot()) == SlotMatcher.Heads.DIFFERENT && a.slot().anchor().equals(b.slot().anchor())) {
                    Compatibility c = a.value().against(b.value());
                    if (c == Compatibility.SAME && specific(a)) {
                        // "186 ansatte" / "186 tilsette": one specific number in two passages that say the same thing
                        candidates.add(new Candidate(a, b, 0, c));
                    } else {
                        differentHeads.add(new Candidate(a, b, score, c));
                    }
                }
            }
        }
        Set<Fact> used = new HashSet<>();
        candidates.stream().filter(c -> c.compatibility().agrees())
                .sorted(Comparator.comparingInt((Candidate c) -> c.compatibility() == Compatibility.SAME ? 0 : 1)
                        .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()))
                .forEach(c -> {
                    if (!used.contains(c.a()) && !used.contains(c.b())) {
                        used.add(c.a());
                        used.add(c.b());
                        pairing.agree(c.a(), c.b());
                    }
                });
        List<Fact> leftA = as.stream().filter(f -> !used.contains(f)).toList();
        List<Fact> leftB = bs.stream().filter(f -> !used.contains(f)).toList();
        if (leftA.isEmpty() || leftB.isEmpty()) {
            return;
        }
        List<Candidate> open = candidates.stream()
                .filter(c -> !used.contains(c.a()) && !used.contains(c.b()) && c.compatibility() == Compatibility.INCOMPATIBLE)
                .filter(c -> !statesAlike(c.a(), c.b().doc(), all) && !statesAlike(c.b(), c.a().doc(), all))
                .filter(c -> !numberStatedIn(c.a(), bs.get(0).doc(), passageFacts) && !numberStatedIn(c.b(), as.get(0).doc(), passageFacts))
                .filter(c -> !restatedInPassage.test(c.a(), c.b().doc()) && !restatedInPassage.test(c.b(), c.a().doc()))
                .toList();
        if (leftA.size() == 1 && leftB.size() == 1) {
            double link = linked.getOrDefault(pairKey(leftA.get(0), leftB.get(0)), 0.0);
            // in one passage but not in two sentences linked to each other: the words around must say it is one slot
            Optional<Candidate> lone = open.stream()
                    .filter(c -> link > 0 ? loneEnough(c, link) : alike(c.a(), c.b()) || slots.heads(c.a().slot(), c.b().slot()) == SlotMatcher.Heads.SAME)
                    .findFirst();
            if (lone.isEmpty()) {
                // the heads differ in wording ("indsatte" / "personar", "kampe" / "matcher"): still one slot when
                // they are the last of their class in two sentences that say the same in other words around them
                lone = differentHeads.stream()
                        .filter(c -> c.a() == leftA.get(0) && c.b() == leftB.get(0) && link > 0
                                && c.compatibility() == Compatibility.INCOMPATIBLE && alike(c.a(), c.b())
                                && !statesAlike(c.a(), c.b().doc(), all) && !statesAlike(c.b(), c.a().doc(), all)
                                && !numberStatedIn(c.a(), c.b().doc(), passageFacts) && !numberStatedIn(c.b(), c.a().doc(), passageFacts)
                                && !restatedInPassage.test(c.a(), c.b().doc()) && !restatedInPassage.test(c.b(), c.a().doc()))
                        .findFirst();
            }
            lone.ifPresent(c -> pairing.conflict(c.a(), c.b()));
            return;
        }
        // several left: a conflict only where the slot fits clearly better than every rival
        for (Candidate c : open) {
            double rival = candidates.stream()
                    .filter(o -> o != c && !used.contains(o.a()) && !used.contains(o.b()) && (o.a() == c.a() || o.b() == c.b()))
                    .mapToDouble(Candidate::score).max().orElse(Double.NEGATIVE_INFINITY);
            if (c.score() >= rival + CONFLICT_MARGIN && linked.containsKey(pairKey(c.a(), c.b()))
                    && !used.contains(c.a()) && !used.contains(c.b())) {
                used.add(c.a());
                used.add(c.b());
                pairing.conflict(c.a(), c.b());
            }
        }
    }

    /**
     * The passage of report {@code doc} states {@code f}'s number under another unit or none ("66 procent"
     * and "66 av veljarane"): a report that dropped or changed a unit, not a conflict.
     */
    private static boolean numberStatedIn(Fact f, int doc, List<Fact> passage) {
        if (!(f.value() instanceof Amount a)) {
            return false;
        }
        for (Fact g : passage) {
            if (g.doc() == doc && g.value() instanceof Amount b && !a.dimension().equals(b.dimension())
                    && b.value().compareTo(a.value()) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last two values of a class left in two linked sentences are one slot, unless they are bare counts
     * (no noun on one side or both) in sentences that are not close (a translation's sentences are) and whose
     * surroundings share little: "innen 13.00" and "66 av veljarane" are not one number.
     */
    private static boolean loneEnough(Candidate c, double link) {
        if (link < CLOSE_LINK && countsPeople(c.a()) && countsPeople(c.b()) && !alike(c.a(), c.b())
                && apartByMoreThan(c.a(), c.b(), OTHER_MAGNITUDE)) {
            // people are counted in many connections: in loosely linked sentences that share few words, a count of
            // another magnitude ("2,4 millioner mennesker" in the region, "300 000 mennesker" in one town) is
            // likely another count, while "mindst 12" dead and "11" dead are one
            return false;
        }
        boolean bareCounts = c.a().value() instanceof Amount a && a.dimension().equals("count")
                && (!c.a().slot().hasHead() || !c.b().slot().hasHead());
        return !bareCounts || link >= CLOSE_LINK || alike(c.a(), c.b());
    }

    /** Two amounts whose larger is more than {@code factor} times the smaller. */
    private static boolean apartByMoreThan(Fact f, Fact g, int factor) {
        if (!(f.value() instanceof Amount a) || !(g.value() instanceof Amount b) || a.value().signum() <= 0 || b.value().signum() <= 0) {
            return false;
        }
        java.math.BigDecimal small = a.value().min(b.value());
        return a.value().max(b.value()).compareTo(small.multiply(java.math.BigDecimal.valueOf(factor))) > 0;
    }

    /** "2,4 millioner mennesker", "112 personer": a count of people by a noun that says nothing more. */
    private static boolean countsPeople(Fact f) {
        return Concepts.PEOPLE_KEY.equals(Concepts.key(f.slot().headText()));
    }

    /** The words around two values are alike: two or more shared and a quarter of all. */
    private static boolean alike(Fact f, Fact g) {
        return SlotMatcher.shared(f.slot().context(), g.slot().context()) >= 2
                && SlotMatcher.jaccard(f.slot().context(), g.slot().context()) >= ALIKE_CONTEXT;
    }

    /**
     * The report {@code doc} states {@code f}'s value elsewhere for what looks like the same slot (the same
     * head, or words around it alike): then {@code f} likely corresponds to that statement, and pairing it
     * with another value of this passage would be a misreading, not a conflict.
     */
    private boolean statesAlike(Fact f, int doc, List<Fact> all) {
        for (Fact g : all) {
            if (g.doc() == doc && g.value().comparableClass().equals(f.value().comparableClass())
                    && f.value().against(g.value()) == Compatibility.SAME && !weekdayForDate(f, g)) {
                SlotMatcher.Heads heads = slots.heads(f.slot(), g.slot());
                if (heads == SlotMatcher.Heads.SAME || heads == SlotMatcher.Heads.SIMILAR
                        || heads == SlotMatcher.Heads.UNKNOWN && (specific(f) || alike(f, g))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One is a weekday, the other a date on that weekday: one day in seven is, so the weekday does not state the
     * date ("Lørdag" of another sentence is no restatement of "29. desember 2018").
     */
    private static boolean weekdayForDate(Fact f, Fact g) {
        return f.value() instanceof DateValue a && g.value() instanceof DateValue b
                && (a.weekday() != null) != (b.weekday() != null);
    }

    /**
     * A value rarely stated twice by chance: a percentage, an amount of money, a measure, a clock time, a
     * full date, a count above twelve. Weekdays, months alone and small counts recur for many reasons.
     */
    private static boolean specific(Fact f) {
        if (f.value() instanceof Amount a) {
            return !a.dimension().equals("count") || a.value().compareTo(java.math.BigDecimal.valueOf(12)) > 0;
        }
        if (f.value() instanceof DateValue d) {
            return d.resolved() && !d.inferred();
        }
        return f.value() instanceof dev.parallax.align.service.facts.value.ClockTime;
    }

    // ---- across passages ----------------------------------------------------------------------------

    /**
     * Facts left unpaired in their passages: the same value of the same head in two reports agrees (a count
     * of "1.200 passagerer" told in a sentence no link found, a date "torsdag" / "i dag"); the one count of a
     * head in each report conflicts with the other's when neither states the other's value.
     */
    private void matchAcross(List<Fact> all, WrittenNumbers written, Pairing pairing) {
        // equal values: bucketed by class and value, so that twenty long reports stay cheap
        Map<String, List<Fact>> alike = new LinkedHashMap<>();
        Map<String, List<Fact>> byHead = new LinkedHashMap<>();
        for (Fact f : all) {
            alike.computeIfAbsent(f.value().comparableClass() + "|" + sameKey(f), k -> new ArrayList<>()).add(f);
            if (f.value() instanceof Amount && f.slot().hasHead()) {
                // by the head's Bokmål lemma where the lexicon knows it ("fjernvarmekunder" and "kundar": kunde)
                String head = f.slot().concept().isEmpty() ? f.slot().head() : f.slot().concept();
                byHead.computeIfAbsent(f.value().comparableClass() + "|" + head, k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Fact> bucket : alike.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    Fact f = bucket.get(i);
                    Fact g = bucket.get(j);
                    if (f.doc() != g.doc() && !pairing.paired(f, g) && f.value().against(g.value()) == Compatibility.SAME
                            && agreeAcross(f, g, slots.heads(f.slot(), g.slot()))) {
                        pairing.agree(f, g);
                    }
                }
            }
        }
        // the one value of its kind in each report: the one amount in kroner, the one area, the one score, the one
        // date something began, the one clock time
        Map<String, List<Fact>> byKind = new LinkedHashMap<>();
        for (Fact f : all) {
            if (statedOnce(f)) {
                byKind.computeIfAbsent(f.value().comparableClass() + "|" + f.slot().anchor(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Fact> ofKind : byKind.values()) {
            Map<Integer, List<Fact>> perDoc = new LinkedHashMap<>();
            ofKind.forEach(f -> perDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f));
            List<Fact> alone = perDoc.values().stream().filter(l -> l.size() == 1).map(l -> l.get(0)).toList();
            for (int i = 0; i < alone.size(); i++) {
                for (int j = i + 1; j < alone.size(); j++) {
                    Fact f = alone.get(i);
                    Fact g = alone.get(j);
                    if (pairing.inConflict(f) || pairing.inConflict(g) || pairing.paired(f, g)) {
                        continue; // the kind is the slot: "34 mot 31 stemmer" / "35 mot 30 røyster" whatever the noun
                    }
                    Compatibility c = f.value().against(g.value());
                    if (c == Compatibility.INCOMPATIBLE && !statesAlike(f, g.doc(), all) && !statesAlike(g, f.doc(), all)
                            && !written.restated(f, g.doc(), List.of(g.sentence())) && !written.restated(g, f.doc(), List.of(f.sentence()))) {
                        pairing.conflict(f, g);
                    } else if (c.agrees()) {
                        pairing.agree(f, g); // "rundt 60 km/t" / "62 kilometer i timen"
                    }
                }
            }
        }
        // the one count of a head in each report
        for (List<Fact> ofHead : byHead.values()) {
            Map<Integer, List<Fact>> perDoc = new LinkedHashMap<>();
            ofHead.forEach(f -> perDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f));
            List<Fact> alone = perDoc.values().stream().filter(l -> l.size() == 1).map(l -> l.get(0)).toList();
            for (int i = 0; i < alone.size(); i++) {
                for (int j = i + 1; j < alone.size(); j++) {
                    Fact f = alone.get(i);
                    Fact g = alone.get(j);
                    if (pairing.inConflict(f) || pairing.inConflict(g) || pairing.paired(f, g)
                            || !f.slot().counted() || !g.slot().counted() || !f.slot().anchor().equals(g.slot().anchor())) {
                        continue;
                    }
                    // people are counted in many connections ("2,4 millioner mennesker" live in the region, "minst 112
                    // mennesker" died): a count of people in unlinked sentences needs words around it alike too
                    if (countsPeople(f) && !alike(f, g) || apartByMoreThan(f, g, OTHER_MAGNITUDE)) {
                        continue; // nor is a count of another magnitude the same count ("1,8 millioner" in the region, "250 000" in town)
                    }
                    Compatibility c = f.value().against(g.value());
                    if (c == Compatibility.INCOMPATIBLE && !statesAlike(f, g.doc(), all) && !statesAlike(g, f.doc(), all)
                            && !written.restated(f, g.doc(), List.of(g.sentence())) && !written.restated(g, f.doc(), List.of(f.sentence()))) {
                        pairing.conflict(f, g);
                    } else if (c == Compatibility.COMPATIBLE) {
                        pairing.agree(f, g); // "rundt 1 100 avganger" / "1.080 afgange"
                    }
                }
            }
        }
    }

    /**
     * Kinds of value a report states about one event rarely more than once, so that the one statement of each
     * report is one slot even where no link joins their sentences: an amount of money, a measure, a score, the
     * date something began (not a clock time: one report's only time may be when the agreement came, the
     * other's when the first planes leave).
     */
    private static boolean statedOnce(Fact f) {
        String c = f.value().comparableClass();
        return c.startsWith("amount:money:") || c.equals("amount:length") || c.equals("amount:area") || c.equals("amount:mass")
                || c.equals("amount:volume") || c.equals("amount:speed") || c.equals("score")
                || c.equals("date") && f.slot().anchor().equals("since");
    }

    /** Values that can be the same fall in one bucket: the normalised value, a score in either order. */
    private static String sameKey(Fact f) {
        if (f.value() instanceof dev.parallax.align.service.facts.value.Score s) {
            return Math.min(s.first(), s.second()) + "-" + Math.max(s.first(), s.second());
        }
        return f.value().normalised();
    }

    /** Equal values in unlinked sentences are one fact when their heads say so, or the value itself is specific. */
    private boolean agreeAcross(Fact f, Fact g, SlotMatcher.Heads heads) {
        if (heads == SlotMatcher.Heads.DIFFERENT) {
            // "36 timers mekling" / "halvandet døgns forhandlinger": a length of time, an amount of money or a
            // measure stated alike is one fact however its noun is worded
            return specific(f) && !(f.value() instanceof Amount a && a.dimension().equals("count"));
        }
        if (heads == SlotMatcher.Heads.SAME || heads == SlotMatcher.Heads.SIMILAR) {
            return true;
        }
        // no head on one side: dates of a day or a month, lengths of time, clock times and other values that are
        // rarely stated twice by chance; a bare count ("to", "14") is too common to match on its value alone
        return !(f.value() instanceof Amount a && a.dimension().equals("count"))
                && !(f.value() instanceof DateValue d && d.granularity().equals("year"));
    }

    // ---- ages, by whose they are ----------------------------------------------------------------------

    /** An age belongs to the person named nearest to it in its sentence, within this many characters. */
    private static final int AGE_TO_NAME = 60;

    /**
     * An age is a fact about a person: two reports giving the age of one person (by name key, wherever in the
     * reports they say it: "den 52-årige Hanne Kjeldgaard", "Kjeldgaard er 49 år gammel") state one slot, linked or
     * not.
     */
    private void matchAgesByPerson(List<Report> reports, List<Fact> values, List<Fact> names, Pairing pairing) {
        Set<String> personKeys = new HashSet<>();
        for (Fact n : names) {
            if (n.kind().equals("person")) {
                personKeys.add(((NameValue) n.value()).key());
            }
        }
        List<Fact> ages = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Fact f : values) {
            if (f.value() instanceof Amount a && a.dimension().equals("age") && a.bound() != dev.parallax.align.service.facts.value.Bound.RANGE) {
                String owner = nearestPerson(reports.get(f.doc()), f, personKeys);
                if (owner != null) {
                    ages.add(f);
                    owners.add(owner);
                }
            }
        }
        for (int i = 0; i < ages.size(); i++) {
            for (int j = i + 1; j < ages.size(); j++) {
                Fact f = ages.get(i);
                Fact g = ages.get(j);
                if (f.doc() == g.doc() || NameKey.distinct(owners.get(i), owners.get(j)) || pairing.paired(f, g)) {
                    continue;
                }
                Compatibility c = f.value().against(g.value());
                if (c == Compatibility.INCOMPATIBLE && !pairing.inConflict(f) && !pairing.inConflict(g)) {
                    pairing.conflict(f, g);
                } else if (c.agrees()) {
                    pairing.agree(f, g);
                }
            }
        }
    }

    /**
     * The name key of the person named nearest to the fact in its sentence, or null: a capitalised word whose key is a
     * person's somewhere in the reports ("Kjeldgaard er 49 år gammel" opens the sentence, where no name is read).
     */
    private static String nearestPerson(Report report, Fact f, Set<String> personKeys) {
        if (f.sentence() < 0) {
            return null;
        }
        dev.parallax.text.Span span = report.sentences().get(f.sentence());
        String best = null;
        int bestDistance = AGE_TO_NAME + 1;
        for (dev.parallax.text.Token t : dev.parallax.text.Tokenizer.tokens(report.sentence(f.sentence()))) {
            if (!t.isWord() || !t.startsUpperCase()) {
                continue;
            }
            String key = NameKey.of(NameExtractor.stripGenitive(t.text()));
            if (!personKeys.contains(key)) {
                continue;
            }
            int start = span.start() + t.start();
            int end = span.start() + t.end();
            int distance = start >= f.end() ? start - f.end() : f.start() - end;
            if (distance >= 0 && distance < bestDistance) {
                bestDistance = distance;
                best = key;
            }
        }
        return best;
    }

    // ---- across passages, by topic -------------------------------------------------------------------

    /**
     * Facts still unpaired with a report after the passages and the rules above: a value of one class in two
     * sentences no link joined ("Broen åbner 3. maj" / "Etter fleire utsetjingar opnar brua for trafikk 10. mai") is
     * one slot when the sentences share rare lemmas ({@link SentenceTopics}) and the pair is the clear best of both
     * facts among every value of that class in the other report, paired or not: a value whose best match is already
     * paired is another statement, not this one's counterpart.
     */
    private void matchByTopic(SentenceTopics topics, WrittenNumbers written, List<Fact> all, Pairing pairing) {
        Map<String, List<Fact>> byClass = new LinkedHashMap<>();
        for (Fact f : all) {
            if (f.sentence() >= 0) {
                byClass.computeIfAbsent(f.value().comparableClass(), c -> new ArrayList<>()).add(f);
            }
        }
        for (List<Fact> ofClass : byClass.values()) {
            Map<Integer, List<Fact>> perDoc = new LinkedHashMap<>();
            ofClass.forEach(f -> perDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f));
            List<Integer> docs = new ArrayList<>(perDoc.keySet());
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    matchByTopic(topics, written, perDoc.get(docs.get(x)), perDoc.get(docs.get(y)), all, pairing);
                }
            }
        }
    }

    private void matchByTopic(SentenceTopics topics, WrittenNumbers written, List<Fact> as, List<Fact> bs, List<Fact> all,
                              Pairing pairing) {
        List<Candidate> candidates = new ArrayList<>();
        for (Fact a : as) {
            boolean aPaired = pairing.pairedWithReport(a, bs.get(0).doc());
            for (Fact b : bs) {
                if (aPaired && pairing.pairedWithReport(b, a.doc())) {
                    continue; // neither can be paired here, and a pair of two paired facts is no rival of an unpaired one's
                }
                double fit = topicFit(topics, a, b);
                if (fit > 0) {
                    candidates.add(new Candidate(a, b, fit, a.value().against(b.value())));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        // each fact's best candidate (the first, in this order) and the score of its runner-up
        Map<Fact, Candidate> best = new HashMap<>();
        Map<Fact, Double> runnerUp = new HashMap<>();
        for (Candidate c : candidates) {
            for (Fact f : new Fact[] {c.a(), c.b()}) {
                if (best.putIfAbsent(f, c) != null) {
                    runnerUp.putIfAbsent(f, c.score());
                }
            }
        }
        Set<Fact> used = new HashSet<>();
        for (Candidate c : candidates) {
            Fact a = c.a();
            Fact b = c.b();
            if (c.score() < TOPIC_MIN) {
                break;
            }
            if (used.contains(a) || used.contains(b) || pairing.pairedWithReport(a, b.doc()) || pairing.pairedWithReport(b, a.doc())) {
                continue;
            }
            double rival = Math.max(best.get(a) == c ? runnerUp.getOrDefault(a, 0.0) : best.get(a).score(),
                    best.get(b) == c ? runnerUp.getOrDefault(b, 0.0) : best.get(b).score());
            if (c.score() < rival + TOPIC_MARGIN) {
                continue;
            }
            used.add(a);
            used.add(b);
            if (c.compatibility() == Compatibility.INCOMPATIBLE) {
                if (!pairing.inConflict(a) && !pairing.inConflict(b) && !statesAlike(a, b.doc(), all) && !statesAlike(b, a.doc(), all)
                        && !written.restated(a, b.doc(), List.of(b.sentence())) && !written.restated(b, a.doc(), List.of(a.sentence()))) {
                    pairing.conflict(a, b);
                }
            } else if (c.compatibility().agrees()) {
                pairing.agree(a, b);
            }
        }
    }

    /**
     * How well two values of one class in two reports fit one slot by the sentences they stand in: the sentences'
     * shared rare lemmas, more where the heads say the same; 0 where the slots say they are different things or a bare
     * count has no head to tell what it counts.
     */
    private double topicFit(SentenceTopics topics, Fact a, Fact b) {
        double slot = slots.score(a, b);
        if (slot == SlotMatcher.DIFFERENT) {
            return 0;
        }
        SlotMatcher.Heads heads = slots.heads(a.slot(), b.slot());
        if (a.value() instanceof Amount amount && amount.dimension().equals("count")
                && heads != SlotMatcher.Heads.SAME && heads != SlotMatcher.Heads.SIMILAR
                && !(heads == SlotMatcher.Heads.UNKNOWN && decimal(a) && decimal(b))) {
            // "14" and "16" of two sentences on one topic may count anything; two decimals without a unit are no counts
            // of things but a measure on a scale ("styrke på 6,9" / "målte 7,2")
            return 0;
        }
        if (apartByMoreThan(a, b, OTHER_MAGNITUDE)) {
            return 0; // reports that disagree on a quantity do so within its magnitude: "2,4 millioner" live there, "300 000" in town
        }
        if (a.value() instanceof DateValue x && b.value() instanceof DateValue y && !x.granularity().equals(y.granularity())) {
            return 0; // "i år" is no rival of "12. juni" for the day something happens: it says the year, and agrees
        }
        return topics.similarity(a.doc(), a.sentence(), b.doc(), b.sentence()) + TOPIC_SLOT_WEIGHT * slot;
    }

    private static boolean decimal(Fact f) {
        return f.value() instanceof Amount a && a.value().stripTrailingZeros().scale() > 0;
    }

    /** Two parties in one report giving different lengths of one thing: "50 minutter lange telefonsamtale" / "timelang samtale". */
    private void conflictsWithinReports(List<Fact> all, Pairing pairing) {
        for (int i = 0; i < all.size(); i++) {
            Fact f = all.get(i);
            if (!(f.value() instanceof Amount a) || !a.dimension().equals("time") || !f.slot().hasHead()) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                Fact g = all.get(j);
                if (g.doc() == f.doc() && g.sentence() != f.sentence() && g.value() instanceof Amount b
                        && b.dimension().equals("time") && slots.heads(f.slot(), g.slot()) == SlotMatcher.Heads.SAME
                        && f.value().against(g.value()) == Compatibility.INCOMPATIBLE
                        && !pairing.inConflict(f) && !pairing.inConflict(g)) {
                    pairing.conflict(f, g);
                }
            }
        }
    }

    // ---- groups, names, quotes ----------------------------------------------------------------------

    private static Map<String, List<Fact>> byClass(List<Fact> facts) {
        Map<String, List<Fact>> classes = new LinkedHashMap<>();
        for (Fact f : facts) {
            classes.computeIfAbsent(f.value().comparableClass(), c -> new ArrayList<>()).add(f);
        }
        return classes;
    }

    /**
     * The compared facts of one slot. Its mentions fall into groups of values that can all be true together
     * ("14 personer" / "Fjorten menneske"; "16 personer"): a group stated by two or more reports is an
     * agreement; each pair of statements found incompatible is a conflict of its own ("14" in the Danish report
     * vs "16" in the Bokmål one), so that an agreement is never inside a conflict; a group of one report with
     * no conflict is unique.
     */
    static List<ComparedFact> slotFacts(List<Fact> group, Pairing pairing) {
        List<List<Fact>> values = new ArrayList<>();
        for (Fact f : sorted(group)) {
            List<Fact> home = null;
            for (List<Fact> v : values) {
                if (v.stream().allMatch(g -> g.value().against(f.value()).agrees())) {
                    home = v;
                    break;
                }
            }
            if (home == null) {
                values.add(home = new ArrayList<>());
            }
            home.add(f);
        }
        List<ComparedFact> out = new ArrayList<>();
        Set<List<Fact>> inConflict = new HashSet<>();
        List<Fact[]> conflictPairs = new ArrayList<>();
        Set<Long> docsInConflict = new HashSet<>();
        for (Fact[] pair : pairing.conflictPairs()) {
            if (valueGroupOf(values, pair[0]) != null && valueGroupOf(values, pair[1]) != null) {
                conflictPairs.add(pair);
                docsInConflict.add(docPair(pair[0], pair[1]));
            }
        }
        // a third report that states one side's value for the slot (it was paired with it, and the values agree)
        // contradicts the other side as well: "14" (nb) = "Fjorten" (nn), "14" vs "16" (da) makes "Fjorten" vs "16"
        for (Fact[] pair : List.copyOf(conflictPairs)) {
            for (int side = 0; side < 2; side++) {
                Fact other = pair[1 - side];
                for (Fact partner : valueGroupOf(values, pair[side])) {
                    if (partner.doc() != pair[side].doc() && partner.doc() != other.doc()
                            && !docsInConflict.contains(docPair(partner, other))
                            && valueGroupOf(values, other).stream().noneMatch(g -> g.doc() == partner.doc())
                            && partner.value().against(other.value()) == Compatibility.INCOMPATIBLE) {
                        conflictPairs.add(new Fact[] {partner, other});
                        docsInConflict.add(docPair(partner, other));
                    }
                }
            }
        }
        for (Fact[] pair : conflictPairs) {
            List<Fact> ga = valueGroupOf(values, pair[0]);
            List<Fact> gb = valueGroupOf(values, pair[1]);
            if (ga == gb) {
                continue;
            }
            // each pair of reports is a conflict of its own, its mentions the two statements
            inConflict.add(ga);
            inConflict.add(gb);
            List<Fact> mentions = sorted(List.of(pair[0], pair[1]));
            out.add(new ComparedFact(pair[0].kind(), Status.CONFLICT, conflictLabel(mentions), mentions));
        }
        for (List<Fact> v : values) {
            long docs = v.stream().mapToInt(Fact::doc).distinct().count();
            if (docs >= 2) {
                out.add(new ComparedFact(v.get(0).kind(), Status.AGREE, label(v.get(0)), v));
            } else if (!inConflict.contains(v)) {
                out.add(new ComparedFact(v.get(0).kind(), Status.UNIQUE, label(v.get(0)), v));
            }
        }
        return out;
    }

    private static long docPair(Fact a, Fact b) {
        return (long) Math.min(a.doc(), b.doc()) << 32 | Math.max(a.doc(), b.doc());
    }

    private static List<Fact> valueGroupOf(List<List<Fact>> values, Fact f) {
        for (List<Fact> v : values) {
            for (Fact g : v) {
                if (g == f) {
                    return v;
                }
            }
        }
        return null;
    }

    private static List<Fact> sorted(List<Fact> facts) {
        return facts.stream().sorted(Comparator.comparingInt(Fact::doc).thenComparingInt(Fact::start)).toList();
    }

    /** What the fact is: its head or anchor, then the value ("personer 14", "date since 2019-03"). */
    static String label(Fact f) {
        return what(f) + " " + f.value().normalised();
    }

    /**
     * What differs, in the reports' own words: "personer: 14 vs 16", "date since: marts 2014 vs august 2014",
     * "time of day: kl. 11.20 vs klokka 11.40"; each mention carries the normalised value.
     */
    static String conflictLabel(List<Fact> mentions) {
        Fact first = mentions.stream().filter(m -> m.slot().hasHead()).findFirst().orElse(mentions.get(0));
        List<String> values = new ArrayList<>();
        for (Fact m : mentions) {
            String v = m.text().strip().replaceAll("\\s+", " ");
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return what(first) + ": " + String.join(" vs ", values);
    }

    private static String what(Fact f) {
        if (f.slot().hasHead()) {
            return f.slot().headText().toLowerCase(java.util.Locale.ROOT);
        }
        String anchor = switch (f.slot().anchor()) {
            case "since" -> " since";
            case "until" -> " by";
            default -> "";
        };
        String base = switch (f.value().comparableClass()) {
            case "date" -> "date";
            case "clock" -> "time of day";
            case "score" -> "score";
            case "ordinal" -> "place";
            case "amount:time" -> "duration";
            case "amount:percent" -> "percentage";
            case "amount:percentage-point" -> "percentage points";
            case "amount:age" -> "age";
            case "amount:count" -> "number";
            default -> f.value().comparableClass().startsWith("amount:money:")
                    ? "amount in " + f.value().comparableClass().substring("amount:money:".length())
                    : f.value().comparableClass().replace("amount:", "");
        };
        return base + anchor;
    }

    /**
     * People, places and organisations agree across reports by key; an institution reached ("fløjet til
     * Rigshospitalet") in one report conflicts with another institution reached in the same passage of another.
     */
    private static void compareNames(List<Fact> nameFacts, List<Passage> passages, List<ComparedFact> conflicts,
                                     List<ComparedFact> agreements, List<ComparedFact> uniques) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : nameFacts) {
            NameValue v = (NameValue) f.value();
            groups.computeIfAbsent(v.type() + "|" + v.key(), k -> new ArrayList<>()).add(f);
        }
        for (List<Fact> group : groups.values()) {
            Set<Integer> docs = new TreeSet<>();
            group.forEach(f -> docs.add(f.doc()));
            String label = canonical(group);
            NameValue first = (NameValue) group.get(0).value();
            List<Fact> mentions = sorted(group.stream()
                    .map(f -> f.withValue(new NameValue(first.key(), label, first.type()))).toList());
            (docs.size() >= 2 ? agreements : uniques).add(new ComparedFact(group.get(0).kind(),
                    docs.size() >= 2 ? Status.AGREE : Status.UNIQUE, label, mentions));
        }
        for (Passage p : passages) {
            if (!p.shared()) {
                continue;
            }
            Map<Integer, List<Fact>> reached = new HashMap<>();
            for (Fact f : nameFacts) {
                if (f.kind().equals("place") && f.slot().anchor().equals("to") && p.contains(f.doc(), f.sentence())
                        && NameExtractor.isInstitutionName(f.text())) {
                    reached.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
                }
            }
            List<Integer> docs = new ArrayList<>(reached.keySet());
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    List<Fact> a = reached.get(docs.get(x));
                    List<Fact> b = reached.get(docs.get(y));
                    if (a.size() == 1 && b.size() == 1 && a.get(0).value().against(b.get(0).value()) == Compatibility.INCOMPATIBLE
                            && NameKey.distinct(firstKey(a.get(0)), firstKey(b.get(0)))
                            && NameKey.distinct(NameKey.of(NameExtractor.institutionStem(a.get(0).text())),
                                    NameKey.of(NameExtractor.institutionStem(b.get(0).text())))) {
                        conflicts.add(new ComparedFact("place", Status.CONFLICT,
                                "place reached: " + a.get(0).text() + " vs " + b.get(0).text(), List.of(a.get(0), b.get(0))));
                    }
                }
            }
        }
    }

    /** The key of a name's first word ("Voss" of "Voss sjukehus"), or of the whole name. */
    private static String firstKey(Fact f) {
        NameValue v = (NameValue) f.value();
        return v.first() != null ? v.first() : v.key();
    }

    /** The fullest spelling of a name: a first name and surname over a surname, nominative over genitive. */
    private static String canonical(List<Fact> group) {
        return group.stream().map(f -> ((NameValue) f.value()).canonical())
                .max(Comparator.<String>comparingInt(n -> n.contains(" ") ? 1 : 0)
                        .thenComparingInt(n -> n.endsWith("s") ? 0 : 1)
                        .thenComparingLong(n -> group.stream().filter(f -> ((NameValue) f.value()).canonical().equals(n)).count())
                        .thenComparingInt(String::length))
                .orElse(group.get(0).text());
    }

    /** Quotes of different reports are one statement when their words are close (any of da/nb/nn). */
    private static void compareQuotes(List<Report> reports, List<Fact> quoteFacts, List<Passage> passages, SentenceTopics topics,
                                      List<ComparedFact> conflicts, List<ComparedFact> agreements, List<ComparedFact> uniques) {
        List<NgramVector> vectors = quoteFacts.stream()
                .map(q -> NgramVector.ofText(((QuoteValue) q.value()).words(), 3, 5))
                .toList();
        boolean[] grouped = new boolean[quoteFacts.size()];
        for (int i = 0; i < quoteFacts.size(); i++) {
            if (grouped[i]) {
                continue;
            }
            List<Fact> group = new ArrayList<>(List.of(quoteFacts.get(i)));
            for (int j = i + 1; j < quoteFacts.size(); j++) {
                if (!grouped[j] && quoteFacts.get(j).doc() != quoteFacts.get(i).doc()
                        && (vectors.get(i).cosine(vectors.get(j)) >= SAME_QUOTE
                        || onePassage(passages, quoteFacts.get(i), quoteFacts.get(j)) && topics.textSimilarity(quoteFacts.get(i).doc(),
                        ((QuoteValue) quoteFacts.get(i).value()).words(), quoteFacts.get(j).doc(),
                        ((QuoteValue) quoteFacts.get(j).value()).words()) >= SAME_QUOTE_LEMMAS)) {
                    grouped[j] = true;
                    group.add(quoteFacts.get(j));
                }
            }
            QuoteValue first = (QuoteValue) group.get(0).value();
            String words = first.words().length() > LABEL_QUOTE_CHARS ? first.words().substring(0, LABEL_QUOTE_CHARS) + "…" : first.words();
            boolean conflict = false;
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    conflict |= group.get(a).value().against(group.get(b).value()) == Compatibility.INCOMPATIBLE
                            && !oneSpeakerInWords(topics, group.get(a), group.get(b));
                }
            }
            List<Fact> mentions = sorted(group);
            if (conflict) {
                // what differs is who said it: the mentions are the speakers the attributions name
                List<Fact> speakers = new ArrayList<>();
                for (Fact m : mentions) {
                    QuoteValue q = (QuoteValue) m.value();
                    if (q.speakerAt() != null) {
                        String name = reports.get(m.doc()).text().substring(q.speakerAt()[0], q.speakerAt()[1]);
                        speakers.add(new Fact("quote", m.doc(), m.sentence(), q.speakerAt()[0], q.speakerAt()[1], name,
                                new NameValue(q.speakerKey(), q.speaker(), "person"), Slot.NONE));
                    }
                }
                conflicts.add(new ComparedFact("quote", Status.CONFLICT, "who said «" + words + "»: "
                        + String.join(" vs ", speakers.stream().map(f -> f.value().normalised()).distinct().toList()), speakers));
            } else {
                String label = "quote" + (first.speaker() == null ? "" : " of " + first.speaker()) + ": " + words;
                (group.size() >= 2 ? agreements : uniques).add(new ComparedFact("quote",
                        group.size() >= 2 ? Status.AGREE : Status.UNIQUE, label, mentions));
            }
        }
    }

    /**
     * Two speakers whose names are common words of the same meaning are one: an organisation named in each norm's
     * words ("Røde Kors" / "Raudekrossen", "Frelsens Hær" / "Frelsesarmeen").
     */
    private static boolean oneSpeakerInWords(SentenceTopics topics, Fact a, Fact b) {
        String x = ((QuoteValue) a.value()).speaker();
        String y = ((QuoteValue) b.value()).speaker();
        return x != null && y != null && (topics.sameName(a.doc(), x, b.doc(), y) || topics.textSimilarity(a.doc(), x, b.doc(), y) >= SAME_QUOTE_LEMMAS);
    }

    private static boolean onePassage(List<Passage> passages, Fact a, Fact b) {
        for (Passage p : passages) {
            if (p.contains(a.doc(), a.sentence())) {
                return p.contains(b.doc(), b.sentence());
            }
        }
        return false;
    }

    // ---- bookkeeping ----------------------------------------------------------------------------------

    /** Pairs of facts found to be one slot, joined into groups; which of them conflict. */
    static final class Pairing {
        private final List<Fact> facts;
        private final Map<Fact, Integer> index = new HashMap<>();
        private final DisjointSets slots;
        private final Set<Fact> conflicting = new HashSet<>();
        private final List<Fact[]> conflictPairs = new ArrayList<>();
        private final Set<Long> pairs = new HashSet<>();
        private final Map<Fact, Set<Integer>> partnerReports = new HashMap<>();

        Pairing(List<Fact> facts) {
            this.facts = facts;
            slots = new DisjointSets(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                index.put(facts.get(i), i);
            }
        }

        void agree(Fact a, Fact b) {
            join(a, b);
        }

        void conflict(Fact a, Fact b) {
            join(a, b);
            conflictPairs.add(new Fact[] {a, b});
            conflicting.add(a);
            conflicting.add(b);
        }

        List<Fact[]> conflictPairs() {
            return conflictPairs;
        }

        boolean inConflict(Fact f) {
            return conflicting.contains(f);
        }

        boolean paired(Fact a, Fact b) {
            return pairs.contains(key(index.get(a), index.get(b)));
        }

        /** The fact is already compared with a value of that report. */
        boolean pairedWithReport(Fact f, int doc) {
            return partnerReports.getOrDefault(f, Set.of()).contains(doc);
        }

        private void join(Fact a, Fact b) {
            partnerReports.computeIfAbsent(a, f -> new HashSet<>()).add(b.doc());
            partnerReports.computeIfAbsent(b, f -> new HashSet<>()).add(a.doc());
            int x = index.get(a);
            int y = index.get(b);
            pairs.add(key(x, y));
            slots.join(x, y);
        }

        private static long key(int x, int y) {
            return (long) Math.min(x, y) << 32 | Math.max(x, y);
        }

        /** The groups in the order of their first fact. */
        List<List<Fact>> groups() {
            Map<Integer, List<Fact>> groups = new LinkedHashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                groups.computeIfAbsent(slots.find(i), r -> new ArrayList<>()).add(facts.get(i));
            }
            return new ArrayList<>(groups.values());
        }
    }

    /** Every pair of directly linked sentences (both directions), with the score of the link that joins them. */
    private static Map<Long, Double> linkedSentencePairs(List<Link> links) {
        Map<Long, Double> pairs = new HashMap<>();
        for (Link link : links) {
            link.forEachSentencePair((docA, a, docB, b) -> {
                pairs.merge(pairKey(docA, a, docB, b), link.score(), Math::max);
                pairs.merge(pairKey(docB, b, docA, a), link.score(), Math::max);
            });
        }
        return pairs;
    }

    private static long pairKey(Fact a, Fact b) {
        return pairKey(a.doc(), a.sentence(), b.doc(), b.sentence());
    }

    private static long pairKey(int docA, int sentenceA, int docB, int sentenceB) {
        return (((long) docA * 1_000_003L + sentenceA) * 1_000_003L + docB) * 1_000_003L + sentenceB;
    }
}
