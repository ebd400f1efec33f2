package dev.parallax.newsroom.service.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.parallax.text.DisjointSets;

/**
 * Independent voices among an event's reports. The same wire copy (NTB, Ritzau, AFP) printed by several
 * outlets is one voice, not corroboration: two texts are one voice when most word trigrams of the shorter
 * one occur in the other. Outlets edit wire copy (cut paragraphs, add a line), so containment of the shorter
 * text is the measure, not symmetric overlap; independently written reports of one event share few trigrams
 * (names and set phrases), translations none.
 */
public final class Voices {

    /** Share of the shorter text's trigrams found in the other at which two texts are one voice. */
    static final double NEAR_COPY = 0.5;

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");

    private Voices() {
    }

    /** For each text, in order, the number of its voice: equal numbers are near copies (0, 1, 2, …). */
    public static int[] of(List<String> texts) {
        List<Set<String>> shingles = new ArrayList<>(texts.size());
        for (String text : texts) {
            shingles.add(trigrams(text));
        }
        DisjointSets copies = new DisjointSets(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (containment(shingles.get(i), shingles.get(j)) >= NEAR_COPY) {
                    copies.join(j, i);
                }
            }
        }
        // number the voices in order of first appearance
        int[] voice = new int[texts.size()];
        int[] numberOfRoot = new int[texts.size()];
        java.util.Arrays.fill(numberOfRoot, -1);
        int next = 0;
        for (int i = 0; i < texts.size(); i++) {
            int r = copies.find(i);
            if (numberOfRoot[r] < 0) {
                numberOfRoot[r] = next++;
            }
            voice[i] = numberOfRoot[r];
        }
        return voice;
    }

    static double containment(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : small) {
            if (large.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    static Set<String> trigrams(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            grams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return grams;
    }
}
