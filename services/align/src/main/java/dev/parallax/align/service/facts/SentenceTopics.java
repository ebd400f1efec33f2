package dev.parallax.align.service.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.lexicon.Lexicon;
import dev.parallax.align.service.lexicon.WordInfo;
import dev.parallax.text.NgramVector;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import dev.parallax.text.lang.NordicLanguageData;

/**
 * What each sentence is about, in words of no norm, for telling whether two values in sentences no link joined
 * are one slot. Each content word is known by its Bokmål lemma from the lexicon and by its spelling key
 * ({@link Concepts#key}): the analysers of two norms do not always agree on a compound ("badeanlegget" one lemma
 * in Nynorsk, "anlegg" with a prefix in Bokmål) or know a place name, and either key matching makes the word
 * shared. A word weighs by how rare it is among all sentences of the request, so the event's own noun in every
 * sentence weighs nothing and what sets the sentence apart (the bath, the valley, the reopening) decides.
 */
final class SentenceTopics {

    /** Per report, per sentence: its content words, each as the ids of its keys. */
    private final List<List<List<int[]>>> words = new ArrayList<>();
    /** Per report, per sentence: every key id of its words. */
    private final List<List<Set<Integer>>> keys = new ArrayList<>();
    private final Map<Integer, Double> weights = new HashMap<>();
    private final Map<Long, Double> similarities = new HashMap<>();
    /** Key id → the ids of the request's keys the thesaurus relates to it (either side listing the other). */
    private final Map<Integer, Set<Integer>> related = new HashMap<>();
    private final List<String> keyText = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Map<String, WordInfo>> known;
    private final NordicLanguageData data = NordicLanguageData.get();
    private final Lexicon lexicon;

    SentenceTopics(List<Report> reports, List<Map<String, WordInfo>> known, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.known = known;
        Map<Integer, Integer> documentFrequency = new HashMap<>();
        int sentences = 0;
        for (int d = 0; d < reports.size(); d++) {
            Report report = reports.get(d);
            List<List<int[]>> reportWords = new ArrayList<>();
            List<Set<Integer>> reportKeys = new ArrayList<>();
            for (int s = 0; s < report.sentences().size(); s++) {
                Map<String, int[]> sentenceWords = new java.util.LinkedHashMap<>();
                Set<Integer> sentenceKeys = new LinkedHashSet<>();
                for (int[] wordIds : contentWords(d, report.sentence(s))) {
                    sentenceWords.putIfAbsent(java.util.Arrays.toString(wordIds), wordIds);
                    for (int id : wordIds) {
                        sentenceKeys.add(id);
                    }
                }
                sentenceKeys.forEach(k -> documentFrequency.merge(k, 1, Integer::sum));
                reportWords.add(new ArrayList<>(sentenceWords.values()));
                reportKeys.add(sentenceKeys);
                sentences++;
            }
            words.add(reportWords);
            keys.add(reportKeys);
        }
        relateKeys();
        for (Map.Entry<Integer, Integer> df : documentFrequency.entrySet()) {
            // a key in every sentence weighs nothing
            weights.put(df.getKey(), NgramVector.idf(df.getValue(), sentences, 0.5, 0));
        }
    }

    /** The content words of a text of report {@code doc}, each as the ids of its keys (lemma, spelling key). */
    private List<int[]> contentWords(int doc, String text) {
        List<int[]> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(text)) {
            if (!t.isWord() || t.folded().length() < 3 || data.isStopWord(t.folded())) {
                continue;
            }
            WordInfo info = known.get(doc).get(t.text());
            Set<String> wordKeys = new LinkedHashSet<>();
            wordKeys.add(Concepts.key(t.text()));
            if (info != null) {
                wordKeys.add(info.pivot());
            }
            out.add(wordKeys.stream().mapToInt(k -> ids.computeIfAbsent(k, x -> {
                keyText.add(x);
                return keyText.size() - 1;
            })).toArray());
        }
        return out;
    }

    /**
     * As {@link #similarity(int, int, int, int)} for two passages of text within the reports' sentences (two
     * quotes): "Vi åbner igen i morgen" shares its lemmas with "Vi opnar att i morgon".
     */
    double textSimilarity(int docA, String a, int docB, String b) {
        List<int[]> wordsA = contentWords(docA, a);
        List<int[]> wordsB = contentWords(docB, b);
        return Math.max(coverage(wordsA, keysOf(wordsB)), coverage(wordsB, keysOf(wordsA)));
    }

    /**
     * Two names are one in the lexicon's words: the bilingual dictionary gives a proper noun of one norm its
     * Bokmål form ("Raudekrossen" → "Røde Kors"), which is the other report's name as written.
     */
    boolean sameName(int docA, String a, int docB, String b) {
        String foldedA = dev.parallax.text.Folding.fold(a);
        String foldedB = dev.parallax.text.Folding.fold(b);
        String pivotA = known.get(docA).containsKey(a) ? known.get(docA).get(a).pivot() : foldedA;
        String pivotB = known.get(docB).containsKey(b) ? known.get(docB).get(b).pivot() : foldedB;
        return pivotA.equals(foldedB) || pivotB.equals(foldedA) || pivotA.equals(pivotB);
    }

    private static Set<Integer> keysOf(List<int[]> words) {
        Set<Integer> keys = new java.util.HashSet<>();
        for (int[] w : words) {
            for (int id : w) {
                keys.add(id);
            }
        }
        return keys;
    }

    /**
     * How much of the sentence that says less the other one shares: the weight of its words found in the other
     * (by either key, or a thesaurus synonym of the lemma) over its whole weight, taking the better of the two
     * directions, so that a short sentence inside a longer one that says more ("Broen åbner 3. maj" in "Efter
     * flere forsinkelser åbner broen for trafik 3. maj, oplyser kommunen") shares nearly all of its own. 0 for a sentence outside the
     * reports (a title).
     */
    double similarity(int docA, int sentenceA, int docB, int sentenceB) {
        if (sentenceA < 0 || sentenceB < 0 || sentenceA >= words.get(docA).size() || sentenceB >= words.get(docB).size()) {
            return 0;
        }
        // asked once per pair of values of a class: many values share a sentence pair
        long key = (((long) docA * 1_000_003L + sentenceA) * 1_000_003L + docB) * 1_000_003L + sentenceB;
        Double known = similarities.get(key);
        if (known == null) {
            known = Math.max(coverage(docA, sentenceA, docB, sentenceB), coverage(docB, sentenceB, docA, sentenceA));
            similarities.put(key, known);
        }
        return known;
    }

    private double coverage(int docA, int sentenceA, int docB, int sentenceB) {
        return coverage(words.get(docA).get(sentenceA), keys.get(docB).get(sentenceB));
    }

    private double coverage(List<int[]> words, Set<Integer> other) {
        double shared = 0;
        double total = 0;
        for (int[] word : words) {
            double weight = 0;
            boolean found = false;
            for (int id : word) {
                weight = Math.max(weight, weights.getOrDefault(id, 0.0));
                found |= other.contains(id);
            }
            total += weight;
            if (found || synonymIn(word, other)) {
                shared += weight;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    private boolean synonymIn(int[] word, Set<Integer> other) {
        for (int id : word) {
            for (int r : relatedTo(id)) {
                if (other.contains(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The keys related to one: what the thesaurus lists for it, and (for keys of the sentences) what lists it. */
    private Set<Integer> relatedTo(int id) {
        Set<Integer> out = related.get(id);
        if (out == null) {
            out = new java.util.HashSet<>();
            for (String synonym : lexicon.synonymsOf(keyText.get(id))) {
                Integer other = ids.get(synonym);
                if (other != null) {
                    out.add(other);
                }
            }
            related.put(id, out);
        }
        return out;
    }

    /** Both directions for every key of the sentences, asked once per key. */
    private void relateKeys() {
        for (int id = 0; id < keyText.size(); id++) {
            for (int other : List.copyOf(relatedTo(id))) {
                relatedTo(other).add(id);
            }
        }
    }
}
