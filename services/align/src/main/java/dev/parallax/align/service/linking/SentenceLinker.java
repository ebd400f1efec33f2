package dev.parallax.align.service.linking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.parallax.text.Folding;
import dev.parallax.text.NgramVector;
import dev.parallax.text.lang.NordicLanguageData;
import dev.parallax.text.lang.NordicLanguageData.NumberType;

/**
 * Links sentences of independently written (or translated) reports that say the same thing.
 * <p>
 * Sentences become TF-IDF vectors of character 3–5-grams over folded, spelling-normalised text
 * (Danish, Bokmål and Nynorsk share most n-grams after {@link Folding} and {@link #normalise}), the IDF
 * counted over every sentence of the request, so words common to all reports of the event weigh
 * little; n-grams found in one report only weigh less, as they can match nothing. For each pair of
 * documents:
 * <ol>
 *   <li>one-to-one anchors, best first: strong matches without a near tie, or mutual best ones clearly
 *       ahead of the runner-up (order is not assumed: reports reorder freely). A sentence close by that
 *       together with the candidate matches the other side better is no rival but the other half of a
 *       merged sentence. The mutual best bar is relative to the pair of reports: at most a share of the median
 *       similarity of its mutual best pairs, as independent reports share less wording than translations;</li>
 *   <li>weaker pairs, each the other's best within the tie margin, whose neighbours are linked diagonally;</li>
 *   <li>growth to many-to-many: an unlinked sentence near a linked one (at most {@code growGap}
 *       unlinked sentences between: the partners of a merged sentence need not be adjacent when the
 *       other report dropped what stood between them) joins that link when
 *       <ul>
 *         <li>its best partner is in the link and the combined passage matches the other side
 *             clearly better, or better and with a closer length, or</li>
 *         <li>it matches what the other side of the link says beyond the link's own side (the
 *             residual) better than any unlinked sentence: the short half of a merged sentence barely
 *             moves the cosine of the whole, but stands out against the part the other half leaves
 *             unexplained;</li>
 *       </ul>
 *       never when that makes the passage's length fit the other side's clearly worse;</li>
 *   <li>a sentence left over whose best partner is linked elsewhere gets a link of its own to it when it matches
 *       the partner's residual and is at least a set share of this pair's median link score: a lead sentence
 *       summing up facts that the other report states apart (calibrated per pair of reports, so translations,
 *       whose links are strong, rarely qualify).</li>
 * </ol>
 * Stateless; safe to share.
 */
public final class SentenceLinker {

    /**
     * Tuning knobs; {@link #defaults()} holds the measured choice (see docs/align.md).
     *
     * @param tieMargin         a strong match is no anchor while an unlinked rival is within this margin
     * @param growGap           most unlinked sentences between a growing link and the sentence joining it
     * @param residualThreshold least cosine of a joining sentence with the residual of the link's other side
     * @param lengthMisfit      growth never takes |log(length ratio)| of the passages beyond this, if it rises
     * @param residualLinkShare a left-over sentence links to its best partner, linked elsewhere, only at this
     *                          share of the pair's median link score or more
     * @param mutualShare       the mutual best bar is {@code mutualThreshold} or this share of the pair's median
     *                          mutual best similarity, whichever is lower (candidates start at {@code diagonalThreshold})
     */
    public record Settings(int minGram, int maxGram, double unsharedWeight, double strongThreshold, double tieMargin,
                           double mutualThreshold, double margin, double diagonalThreshold, double growThreshold,
                           double growGain, int growGap, double residualThreshold, double lengthMisfit,
                           double residualLinkShare, double mutualShare) {

        public static Settings defaults() {
            return new Settings(3, 5, 0.3, 0.5, 0.02, 0.25, 0.08, 0.15, 0.2, 0.02, 2, 0.25, 0.4, 0.6, 0.6);
        }
    }

    private final Settings settings;

    public SentenceLinker() {
        this(Settings.defaults());
    }

    public SentenceLinker(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param documents the sentences of each document, in order
     * @return links between documents, each with exactly two members
     */
    public List<Link> link(List<List<String>> documents) {
        return link(documents, worthParallel(documents));
    }

    /** As {@link #link(List)}, on every core or on one; the result is the same either way. */
    List<Link> link(List<List<String>> documents, boolean parallel) {
        List<List<NgramVector>> vectors = vectorize(documents, parallel);
        List<Postings> postings = vectors.stream().map(Postings::new).toList();
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < documents.size(); a++) {
            for (int b = a + 1; b < documents.size(); b++) {
                pairs.add(new int[] {a, b});
            }
        }
        // document pairs are independent (vectors and postings are only read): twenty reports make 190 pairs,
        // worth both cores; toList keeps the pairs' order, so the result does not depend on scheduling
        return (parallel ? pairs.parallelStream() : pairs.stream())
                .flatMap(p -> linkPair(p[0], vectors.get(p[0]), p[1], vectors.get(p[1]), postings.get(p[1]),
                        lengths(documents.get(p[0])), lengths(documents.get(p[1]))).stream())
                .toList();
    }

    /**
     * Small requests stay on the caller's thread: there the fork/join hand-offs barely pay (side by side in one
     * JVM, bench/LinkerParallelismBench: three reports of 30 sentences 1.06x faster on two cores, twenty of 100
     * 1.23x), and on a busy server they would only compete with other requests for the cores.
     */
    static boolean worthParallel(List<List<String>> documents) {
        return documents.stream().mapToInt(List::size).sum() >= PARALLEL_FROM_SENTENCES;
    }

    static final int PARALLEL_FROM_SENTENCES = 200;

    List<List<NgramVector>> vectorize(List<List<String>> documents) {
        return vectorize(documents, false);
    }

    List<List<NgramVector>> vectorize(List<List<String>> documents, boolean parallel) {
        // n-grams are numbered densely as they are first met, so that the counts below are plain arrays
        Map<Long, Integer> dictionary = new HashMap<>();
        List<List<int[][]>> counts = new ArrayList<>(); // per sentence: {ids, counts}
        int[] documentFrequency = new int[1024];
        int[] reportsWith = new int[1024];
        int[] lastReport = new int[1024];
        java.util.Arrays.fill(lastReport, -1);
        int sentences = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<String> doc = documents.get(d);
            List<int[][]> docCounts = new ArrayList<>(doc.size());
            // n-gram extraction is a pure function of the sentence and most of the work: run it on every core,
            // then number the n-grams sequentially so ids do not depend on scheduling
            List<Map<Long, Integer>> features = (parallel ? doc.parallelStream() : doc.stream()).map(this::features).toList();
            for (Map<Long, Integer> sentenceFeatures : features) {
                int[] ids = new int[sentenceFeatures.size()];
                int[] n = new int[ids.length];
                int k = 0;
                for (Map.Entry<Long, Integer> e : sentenceFeatures.entrySet()) {
                    int id = dictionary.computeIfAbsent(e.getKey(), g -> dictionary.size());
                    if (id >= documentFrequency.length) {
                        int size = Math.max(id + 1, documentFrequency.length * 2);
                        documentFrequency = java.util.Arrays.copyOf(documentFrequency, size);
                        reportsWith = java.util.Arrays.copyOf(reportsWith, size);
                        int old = lastReport.length;
                        lastReport = java.util.Arrays.copyOf(lastReport, size);
                        java.util.Arrays.fill(lastReport, old, size, -1);
                    }
                    documentFrequency[id]++; // distinct n-grams of one sentence have distinct ids
                    if (lastReport[id] != d) {
                        lastReport[id] = d;
                        reportsWith[id]++;
                    }
                    ids[k] = id;
                    n[k++] = e.getValue();
                }
                docCounts.add(new int[][] {ids, n});
                sentences++;
            }
            counts.add(docCounts);
        }
        // an n-gram found in one report only can match nothing: it weighs less, so that spelling differences
        // between the languages dilute the cosine less, yet a sentence sharing only "og" still scores low
        List<List<NgramVector>> vectors = new ArrayList<>();
        for (List<int[][]> docCounts : counts) {
            List<NgramVector> docVectors = new ArrayList<>(docCounts.size());
            for (int[][] c : docCounts) {
                int[] ids = c[0];
                double[] weights = new double[ids.length];
                for (int k = 0; k < ids.length; k++) {
                    double idf = NgramVector.idf(documentFrequency[ids[k]], sentences, 0.5, 0);
                    double shared = reportsWith[ids[k]] >= 2 ? 1.0 : settings.unsharedWeight();
                    weights[k] = NgramVector.tf(c[1][k]) * idf * shared;
                }
                docVectors.add(NgramVector.of(ids.clone(), weights));
            }
            vectors.add(docVectors);
        }
        return vectors;
    }

    /**
     * Character n-gram counts of the folded, normalised sentence. An n-gram is packed into a long
     * (12 bits per character, the length on top) rather than kept as a String: building the vectors
     * is most of the cost of a request.
     */
    Map<Long, Integer> features(String sentence) {
        String folded = NOT_LETTER_OR_DIGIT.matcher(Folding.fold(DIGIT_GROUP.matcher(sentence).replaceAll("")))
                .replaceAll(" ").trim();
        return NgramVector.grams(" " + normalise(folded) + " ", settings.minGram(), settings.maxGram());
    }

    /** A thousands separator ("1.200", "38 000"): reports write the same number with it and without. */
    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[.\\u00A0 ](?=\\d{3}(?!\\d))");
    // compiled once: features() and normalise() run for every sentence of every request
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOUBLED_CONSONANT = Pattern.compile("([bcdfghjklmnpqrstvwxz])\\1+");
    private static final Pattern HV = Pattern.compile("\\bhv");
    private static final Pattern P_AFTER_VOWEL = Pattern.compile("(?<=[aeiou])p");
    private static final Pattern T_AFTER_VOWEL = Pattern.compile("(?<=[aeiou])t");
    private static final Pattern K_AFTER_VOWEL = Pattern.compile("(?<=[aeiou])k");

    private static final NordicLanguageData LANGUAGE = NordicLanguageData.get();

    /**
     * Maps the function words of folded text to one spelling (the function-word groups of the language data:
     * ikke/ikkje, jeg/eg, hva/hvad/kva, …): they are short, so their few n-grams differ entirely between the
     * norms; mapped, a Nynorsk sentence shares them with its Danish or Bokmål counterpart. Number words become
     * digits: one report writes "14", another "fjorten"; the same for "1,5" and "halvannen" (after punctuation
     * became blanks, "1 5"). Not "en/et/ein/ei": they are articles far more often.
     */
    static String functionWords(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        int start = 0;
        while (start <= folded.length()) {
            int end = folded.indexOf(' ', start);
            if (end < 0) {
                end = folded.length();
            }
            String word = folded.substring(start, end);
            if (start > 0) {
                out.append(' ');
            }
            String number = digits(word);
            out.append(number != null ? number : LANGUAGE.functionWordForm(word));
            start = end + 1;
        }
        return out.toString();
    }

    /** A cardinal number word, or a fraction above one, as its digits ("1 5" for 1,5); null for other words. */
    private static String digits(String word) {
        return LANGUAGE.numberWord(word)
                .filter(n -> n.type() == NumberType.CARDINAL
                        || (n.type() == NumberType.FRACTION && n.value().compareTo(BigDecimal.ONE) > 0))
                .map(n -> n.value().stripTrailingZeros().toPlainString().replace('.', ' '))
                .orElse(null);
    }

    /**
     * Spelling differences between Danish, Bokmål and Nynorsk that character n-grams would otherwise
     * count as different, on folded text: doubled consonants (komme/kome), hv/kv (hvad/kva), ej/ei
     * (nej/nei), the vowels folding spells as digraphs (skælv/skjelv, møde/møte, år/or), and Danish soft
     * consonants after a vowel, where Norwegian keeps p/t/k (gade/gate, ugen/uken, købe/kjøpe, mad/mat):
     * both spellings become b/d/g; first, the function and number words ({@link #functionWords}). Measured on the ntrex-dev
     * pairs (docs/align.md).
     */
    static String normalise(String folded) {
        String s = DOUBLED_CONSONANT.matcher(functionWords(folded)).replaceAll("$1");
        s = HV.matcher(s).replaceAll("kv").replace("ej", "ei")
                .replace("aa", "o").replace("ae", "e").replace("oe", "o").replace('y', 'i');
        s = P_AFTER_VOWEL.matcher(s).replaceAll("b");
        s = T_AFTER_VOWEL.matcher(s).replaceAll("d");
        return K_AFTER_VOWEL.matcher(s).replaceAll("g");
    }

    private static int[] lengths(List<String> sentences) {
        return sentences.stream().mapToInt(String::length).toArray();
    }

    private List<Link> linkPair(int docA, List<NgramVector> a, int docB, List<NgramVector> b, Postings postingsOfB,
                                int[] lengthA, int[] lengthB) {
        int na = a.size();
        int nb = b.size();
        double[][] sim = new double[na][nb];
        int[] bestOfA = new int[na];
        int[] bestOfB = new int[nb];
        Arrays.fill(bestOfA, -1);
        Arrays.fill(bestOfB, -1);
        for (int i = 0; i < na; i++) {
            postingsOfB.dots(a.get(i), sim[i]);
            double normA = a.get(i).norm();
            for (int j = 0; j < nb; j++) {
                double normB = b.get(j).norm();
                double s = normA == 0 || normB == 0 ? 0 : sim[i][j] / (normA * normB);
                sim[i][j] = s;
                if (bestOfA[i] < 0 || s > sim[i][bestOfA[i]]) {
                    bestOfA[i] = j;
                }
                if (bestOfB[j] < 0 || s > sim[bestOfB[j]][j]) {
                    bestOfB[j] = i;
                }
            }
        }
        int[] linkOfA = new int[na];
        int[] linkOfB = new int[nb];
        Arrays.fill(linkOfA, -1);
        Arrays.fill(linkOfB, -1);
        List<Group> groups = new ArrayList<>();
        // 1. one-to-one anchors, best first; order across reports is not assumed
        //    Independent reports share less wording throughout than translations: there the mutual best bar is
        //    lowered to a share of this pair's median mutual best similarity (never below the diagonal step's
        //    bar, where candidates start). Translations (median 0.6-0.8) keep the fixed bar.
        double mutualThreshold = mutualBar(sim, bestOfA, bestOfB);
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                if (sim[i][j] >= settings.diagonalThreshold()) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(sim[y[0]][y[1]], sim[x[0]][x[1]]));
        for (int[] c : candidates) {
            int i = c[0];
            int j = c[1];
            if (linkOfA[i] < 0 && linkOfB[j] < 0 && acceptAnchor(sim, i, j, bestOfA, bestOfB, linkOfA, linkOfB, a, b, mutualThreshold)) {
                addGroup(groups, linkOfA, linkOfB, i, j, sim[i][j]);
            }
        }
        // 2. weaker pairs between linked neighbours: a sentence whose neighbours are linked diagonally
        //    most likely says what the sentence between their partners says
        boolean added = true;
        while (added) {
            added = false;
            for (int[] c : candidates) {
                int i = c[0];
                int j = c[1];
                // (a best within the tie margin counts: a repeated sentence has two equal partners)
                if (linkOfA[i] < 0 && linkOfB[j] < 0
                        && sim[i][j] >= sim[i][bestOfA[i]] - settings.tieMargin()
                        && sim[i][j] >= sim[bestOfB[j]][j] - settings.tieMargin()
                        && (linked(linkOfA, linkOfB, i - 1, j - 1) || linked(linkOfA, linkOfB, i + 1, j + 1))) {
                    addGroup(groups, linkOfA, linkOfB, i, j, sim[i][j]);
                    added = true;
                }
            }
        }
        // 3. grow to many-to-many: an unlinked sentence near a linked one joins that link when it says what
        //    the link's other side says beyond its own side (see the class comment)
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < na; i++) {
                if (linkOfA[i] < 0) {
                    grew |= growInto(true, i, sim, bestOfA[i], groups, a, b, linkOfA, linkOfB, lengthA, lengthB);
                }
            }
            for (int j = 0; j < nb; j++) {
                if (linkOfB[j] < 0) {
                    grew |= growInto(false, j, sim, bestOfB[j], groups, a, b, linkOfA, linkOfB, lengthA, lengthB);
                }
            }
        }
        // 4. a sentence left over whose best partner is linked elsewhere, far away, may report what that partner
        //    says beyond its link: a lead sentence summing up several facts that the other report states in
        //    sentences apart from each other. It gets a link of its own to that partner.
        int linkedGroups = groups.size();
        double typicalScore = median(groups);
        for (int i = 0; i < na; i++) {
            if (linkOfA[i] < 0) {
                residualLink(true, i, bestOfA[i], typicalScore, sim, groups, linkedGroups, a, b, linkOfA, linkOfB);
            }
        }
        for (int j = 0; j < nb; j++) {
            if (linkOfB[j] < 0) {
                residualLink(false, j, bestOfB[j], typicalScore, sim, groups, linkedGroups, a, b, linkOfA, linkOfB);
            }
        }
        List<Link> links = new ArrayList<>();
        for (Group g : groups) {
            TreeMap<Integer, List<Integer>> members = new TreeMap<>();
            List<Integer> sa = new ArrayList<>(g.sentencesA);
            List<Integer> sb = new ArrayList<>(g.sentencesB);
            Collections.sort(sa);
            Collections.sort(sb);
            members.put(docA, List.copyOf(sa));
            members.put(docB, List.copyOf(sb));
            links.add(new Link(Math.round(g.score * 1000) / 1000.0, members));
        }
        return links;
    }

    private boolean acceptAnchor(double[][] sim, int i, int j, int[] bestOfA, int[] bestOfB, int[] linkOfA, int[] linkOfB,
                                 List<NgramVector> a, List<NgramVector> b, double mutualThreshold) {
        double s = sim[i][j];
        if (s >= settings.strongThreshold()) {
            // two equally good matches (a short sentence repeated, "Det er virkelig slemt.") are a coin toss:
            // leave them to the diagonal step, which knows their neighbours
            for (int k = 0; k < sim[i].length; k++) {
                if (k != j && linkOfB[k] < 0 && Math.abs(k - j) > 1 && sim[i][k] > s - settings.tieMargin()) {
                    return false;
                }
            }
            for (int k = 0; k < sim.length; k++) {
                if (k != i && linkOfA[k] < 0 && Math.abs(k - i) > 1 && sim[k][j] > s - settings.tieMargin()) {
                    return false;
                }
            }
            return true;
        }
        if (bestOfA[i] != j || bestOfB[j] != i || s < mutualThreshold) {
            return false;
        }
        // a mutual best that barely beats the runner-up is a guess: its true partner may be missing.
        // Neighbours of the pair and sentences that complement it are no rivals: they are likely the other
        // half of a merged sentence.
        double runnerUp = 0;
        for (int k = 0; k < sim[i].length; k++) {
            if (Math.abs(k - j) > 1 && sim[i][k] > runnerUp && !complements(b, j, k, a.get(i), s, sim[i][k], linkOfB)) {
                runnerUp = sim[i][k];
            }
        }
        for (int k = 0; k < sim.length; k++) {
            if (Math.abs(k - i) > 1 && sim[k][j] > runnerUp && !complements(a, i, k, b.get(j), s, sim[k][j], linkOfA)) {
                runnerUp = sim[k][j];
            }
        }
        return s - runnerUp >= settings.margin();
    }

    /**
     * Whether sentence {@code k} is the other half of what {@code other} says together with sentence {@code i}
     * of the same document, rather than a rival: at most {@code growGap} unlinked sentences away, and the two
     * together match {@code other} clearly better than either alone.
     */
    private boolean complements(List<NgramVector> side, int i, int k, NgramVector other, double simI, double simK,
                                int[] linkOf) {
        if (Math.abs(k - i) > settings.growGap() + 1) {
            return false;
        }
        int step = k > i ? 1 : -1;
        for (int m = i + step; m != k; m += step) {
            if (linkOf[m] >= 0) {
                return false;
            }
        }
        return side.get(i).plus(side.get(k)).cosine(other) >= Math.max(simI, simK) + settings.growGain();
    }

    private static boolean linked(int[] linkOfA, int[] linkOfB, int i, int j) {
        return i >= 0 && j >= 0 && i < linkOfA.length && j < linkOfB.length && linkOfA[i] >= 0 && linkOfA[i] == linkOfB[j];
    }

    /** Whether {@code candidate} is at most {@code growGap} unlinked sentences away from one of {@code sentences}. */
    private boolean near(List<Integer> sentences, int candidate, int[] linkOf) {
        for (int s : sentences) {
            int step = s < candidate ? 1 : -1;
            boolean free = Math.abs(s - candidate) <= settings.growGap() + 1;
            for (int k = s + step; free && k != candidate; k += step) {
                free = linkOf[k] < 0;
            }
            if (free) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets an unlinked sentence join the link of its best partner, or else the nearest link before or after
     * it (at most {@code growGap} unlinked sentences away).
     */
    private boolean growInto(boolean sideA, int sentence, double[][] sim, int best, List<Group> groups,
                             List<NgramVector> a, List<NgramVector> b, int[] linkOfA, int[] linkOfB, int[] lengthA, int[] lengthB) {
        int[] ownLinks = sideA ? linkOfA : linkOfB;
        int[] otherLinks = sideA ? linkOfB : linkOfA;
        int n = ownLinks.length;
        int m = otherLinks.length;
        double bestFree = 0;
        for (int k = 0; k < m; k++) {
            if (otherLinks[k] < 0) {
                bestFree = Math.max(bestFree, sideA ? sim[sentence][k] : sim[k][sentence]);
            }
        }
        if (best >= 0 && otherLinks[best] >= 0) {
            Group g = groups.get(otherLinks[best]);
            if (near(sideA ? g.sentencesA : g.sentencesB, sentence, ownLinks)
                    && tryGrow(g, sideA, sentence, a, b, sideA ? sim[sentence][best] : sim[best][sentence], true, bestFree,
                    linkOfA, linkOfB, lengthA, lengthB)) {
                return true;
            }
        }
        for (int step = -1; step <= 1; step += 2) {
            for (int k = sentence + step; k >= 0 && k < n && Math.abs(k - sentence) <= settings.growGap() + 1; k += step) {
                if (ownLinks[k] >= 0) {
                    Group g = groups.get(ownLinks[k]);
                    if (tryGrow(g, sideA, sentence, a, b, 0, false, bestFree, linkOfA, linkOfB, lengthA, lengthB)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private boolean tryGrow(Group g, boolean sideA, int sentence, List<NgramVector> a, List<NgramVector> b,
                            double pairSimilarity, boolean viaBest, double bestFree,
                            int[] linkOfA, int[] linkOfB, int[] lengthA, int[] lengthB) {
        List<Integer> own = sideA ? g.sentencesA : g.sentencesB;
        if (own.size() >= 3) {
            return false;
        }
        NgramVector ownSum = sum(sideA ? a : b, own);
        NgramVector otherSum = sum(sideA ? b : a, sideA ? g.sentencesB : g.sentencesA);
        double before = ownSum.cosine(otherSum);
        double after = ownSum.plus((sideA ? a : b).get(sentence)).cosine(otherSum);
        boolean viaPair = viaBest && pairSimilarity >= settings.growThreshold();
        boolean gains = viaPair && after >= before + settings.growGain();
        int[] ownLen = sideA ? lengthA : lengthB;
        int[] otherLen = sideA ? lengthB : lengthA;
        double own0 = 0;
        double other = 0;
        for (int k : own) {
            own0 += ownLen[k];
        }
        for (int k : sideA ? g.sentencesB : g.sentencesA) {
            other += otherLen[k];
        }
        double own1 = own0 + ownLen[sentence];
        // translations differ little in length: a merged sentence is about as long as its two halves together
        double misfitBefore = Math.abs(Math.log(own0 / other));
        double misfitAfter = Math.abs(Math.log(own1 / other));
        if (!gains && viaPair) {
            gains = after > before && misfitAfter < misfitBefore;
        }
        if (!gains && after > before) {
            double residual = (sideA ? a : b).get(sentence).cosine(otherSum.without(ownSum));
            gains = residual >= settings.residualThreshold() && residual >= bestFree;
        }
        if (gains && misfitAfter > settings.lengthMisfit() && misfitAfter > misfitBefore) {
            gains = false;
        }
        if (!gains) {
            return false;
        }
        own.add(sentence);
        g.score = after;
        // every group has a sentence on side A from its anchor on
        int index = linkOfA[g.sentencesA.get(0)];
        if (sideA) {
            linkOfA[sentence] = index;
        } else {
            linkOfB[sentence] = index;
        }
        return true;
    }

    /**
     * Links an unlinked sentence to its best partner, already linked to other sentences, when it matches what that
     * partner says beyond its link (the residual) and no unlinked sentence on the partner's side matches it better.
     */
    private void residualLink(boolean sideA, int sentence, int best, double typicalScore, double[][] sim, List<Group> groups, int linkedGroups,
                              List<NgramVector> a, List<NgramVector> b, int[] linkOfA, int[] linkOfB) {
        if (best < 0) {
            return;
        }
        int[] otherLinks = sideA ? linkOfB : linkOfA;
        double pair = sideA ? sim[sentence][best] : sim[best][sentence];
        // calibrated on this pair of reports: a translation links most sentences at 0.6-0.8, and a sentence left
        // over there is one whose partner is missing; independent reports share less wording throughout
        if (otherLinks[best] < 0 || otherLinks[best] >= linkedGroups || pair < settings.growThreshold()
                || pair < settings.residualLinkShare() * typicalScore) {
            return;
        }
        Group g = groups.get(otherLinks[best]);
        NgramVector partner = (sideA ? b : a).get(best);
        NgramVector partnersLink = sum(sideA ? a : b, sideA ? g.sentencesA : g.sentencesB);
        NgramVector own = (sideA ? a : b).get(sentence);
        double residual = own.cosine(partner.without(partnersLink));
        if (residual < settings.residualThreshold()) {
            return;
        }
        Group extra = new Group();
        extra.sentencesA.add(sideA ? sentence : best);
        extra.sentencesB.add(sideA ? best : sentence);
        extra.score = pair;
        groups.add(extra);
    }

    /**
     * The least similarity of a mutual best anchor for this pair of reports: the fixed bar, or a share of the median
     * similarity of the pair's mutual best pairs when that is lower (reports worded independently throughout).
     */
    double mutualBar(double[][] sim, int[] bestOfA, int[] bestOfB) {
        return Math.min(settings.mutualThreshold(), settings.mutualShare() * medianMutualBest(sim, bestOfA, bestOfB));
    }

    /** The median similarity of the mutual best pairs, 0 without any. */
    private static double medianMutualBest(double[][] sim, int[] bestOfA, int[] bestOfB) {
        double[] scores = new double[bestOfA.length];
        int n = 0;
        for (int i = 0; i < bestOfA.length; i++) {
            if (bestOfA[i] >= 0 && bestOfB[bestOfA[i]] == i) {
                scores[n++] = sim[i][bestOfA[i]];
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(scores, 0, n);
        return scores[n / 2];
    }

    /** The median score of the links, 0 without any. */
    private static double median(List<Group> groups) {
        double[] scores = groups.stream().mapToDouble(g -> g.score).sorted().toArray();
        return scores.length == 0 ? 0 : scores[scores.length / 2];
    }

    private static NgramVector sum(List<NgramVector> vectors, List<Integer> indices) {
        NgramVector total = NgramVector.EMPTY;
        for (int i : indices) {
            total = total.plus(vectors.get(i));
        }
        return total;
    }

    private static void addGroup(List<Group> groups, int[] linkOfA, int[] linkOfB, int i, int j, double score) {
        Group g = new Group();
        g.sentencesA.add(i);
        g.sentencesB.add(j);
        g.score = score;
        linkOfA[i] = groups.size();
        linkOfB[j] = groups.size();
        groups.add(g);
    }

    /**
     * An inverted index of one document's sentence vectors: the similarity of a sentence to all of
     * them costs one pass over the postings of its n-grams instead of one merge per sentence.
     */
    private static final class Postings {
        /** Per n-gram id, where its postings start in {@link #sentence} and end; -1 when no sentence has it. */
        private final int[] start;
        private final int[] end;
        private final int[] sentence;
        private final double[] weight;

        Postings(List<NgramVector> vectors) {
            int ids = 0;
            int total = 0;
            for (NgramVector v : vectors) {
                for (int id : v.ids()) {
                    ids = Math.max(ids, id + 1);
                    total++;
                }
            }
            int[] count = new int[ids];
            for (NgramVector v : vectors) {
                for (int id : v.ids()) {
                    count[id]++;
                }
            }
            start = new int[ids];
            end = new int[ids];
            int offset = 0;
            for (int id = 0; id < ids; id++) {
                start[id] = count[id] == 0 ? -1 : offset;
                offset += count[id];
                end[id] = offset;
            }
            sentence = new int[total];
            weight = new double[total];
            int[] fill = new int[ids];
            for (int s = 0; s < vectors.size(); s++) {
                int[] vIds = vectors.get(s).ids();
                double[] w = vectors.get(s).weights();
                for (int k = 0; k < vIds.length; k++) {
                    int at = start[vIds[k]] + fill[vIds[k]]++;
                    sentence[at] = s;
                    weight[at] = w[k];
                }
            }
        }

        /** Adds the dot product of {@code v} with every sentence of this document into {@code out}. */
        void dots(NgramVector v, double[] out) {
            int[] ids = v.ids();
            double[] w = v.weights();
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (id >= start.length || start[id] < 0) {
                    continue;
                }
                for (int p = start[id], to = end[id]; p < to; p++) {
                    out[sentence[p]] += w[k] * weight[p];
                }
            }
        }
    }

    private static final class Group {
        final List<Integer> sentencesA = new ArrayList<>();
        final List<Integer> sentencesB = new ArrayList<>();
        double score;
    }
}
