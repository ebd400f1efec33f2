package dev.parallax.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import dev.parallax.newsroom.service.grouping.EventMatcher;
import dev.parallax.newsroom.service.grouping.EventMatcher.Candidate;
import dev.parallax.text.Folding;

class EventMatcherTest {

    private final EventMatcher matcher = new EventMatcher(0.33);
    /** Every event with its score, the most similar first, whatever the score. */
    private final EventMatcher anyScore = new EventMatcher(0.0);
    private final UUID ferry = UUID.randomUUID();
    private final UUID tax = UUID.randomUUID();

    private static Candidate candidate(UUID event, String text) {
        return new Candidate(UUID.randomUUID(), event, EventMatcher.profile(text));
    }

    @Test
    void aTranslationJoinsItsStoryAcrossDanishAndNorwegian() {
        var candidates = List.of(candidate(ferry, Texts.FERRY_DA), candidate(tax, Texts.SUGAR_TAX_DA));
        var matches = matcher.matches(EventMatcher.profile(Texts.FERRY_NB), candidates);
        assertThat(matches).extracting(EventMatcher.Match::eventId).containsExactly(ferry);
    }

    @Test
    void nynorskJoinsThroughTheClosestArticleOfTheEvent() {
        // Danish and Nynorsk are furthest apart; the Bokmål member bridges them
        var candidates = List.of(candidate(ferry, Texts.FERRY_DA), candidate(ferry, Texts.FERRY_NB),
                candidate(tax, Texts.SUGAR_TAX_DA));
        var best = anyScore.matches(EventMatcher.profile(Texts.FERRY_NN), candidates).get(0);
        assertThat(best.eventId()).isEqualTo(ferry);
        assertThat(best.score()).isGreaterThan(0.45);
    }

    @Test
    void anUnrelatedStoryMatchesNothing() {
        var candidates = List.of(candidate(ferry, Texts.FERRY_DA), candidate(ferry, Texts.FERRY_NB));
        assertThat(matcher.matches(EventMatcher.profile(Texts.SUGAR_TAX_DA), candidates)).isEmpty();
        assertThat(anyScore.matches(EventMatcher.profile(Texts.SUGAR_TAX_DA), candidates).get(0).score())
                .isLessThan(0.2);
    }

    @Test
    void scoresEqualATfIdfCosineComputedOverTheGramsThemselves() {
        // a reference written from the definition, over n-gram strings: two documents, so every gram's idf is
        // known: ln(3/2)+1 if in one of them, 1 if in both
        Map<String, Integer> danish = grams(Texts.FERRY_DA);
        Map<String, Integer> bokmal = grams(Texts.FERRY_NB);
        ToDoubleFunction<String> idf = g -> danish.containsKey(g) && bokmal.containsKey(g) ? 1.0 : Math.log(3.0 / 2.0) + 1.0;
        double dot = 0;
        for (var e : danish.entrySet()) {
            if (bokmal.containsKey(e.getKey())) {
                dot += tfIdf(e.getValue(), idf.applyAsDouble(e.getKey())) * tfIdf(bokmal.get(e.getKey()), idf.applyAsDouble(e.getKey()));
            }
        }
        double expected = dot / (norm(danish, idf) * norm(bokmal, idf));

        double actual = anyScore.matches(EventMatcher.profile(Texts.FERRY_NB),
                List.of(candidate(ferry, Texts.FERRY_DA))).get(0).score();
        assertThat(actual).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
    }

    private static Map<String, Integer> grams(String text) {
        String prepared = " " + Folding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
        Map<String, Integer> counts = new HashMap<>();
        for (int n = EventMatcher.MIN_N; n <= EventMatcher.MAX_N; n++) {
            for (int i = 0; i + n <= prepared.length(); i++) {
                String gram = prepared.substring(i, i + n);
                if (!gram.isBlank()) {
                    counts.merge(gram, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static double tfIdf(int count, double idf) {
        return (1 + Math.log(count)) * idf;
    }

    private static double norm(Map<String, Integer> counts, ToDoubleFunction<String> idf) {
        double sum = 0;
        for (var e : counts.entrySet()) {
            double w = tfIdf(e.getValue(), idf.applyAsDouble(e.getKey()));
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    @Test
    void copiesOfOneReportDoNotChangeHowSimilarItsStoryIs() {
        // a wire copy printed by five outlets is one voice: had every copy counted as a document, the story's own
        // words would look common in the window and a report in another norm would fall below the threshold
        // depending on how many copies happened to be grouped before it
        var once = List.of(candidate(ferry, Texts.FERRY_DA), candidate(tax, Texts.SUGAR_TAX_DA));
        var copies = new java.util.ArrayList<>(once);
        for (int i = 0; i < 5; i++) {
            copies.add(candidate(ferry, Texts.FERRY_DA + "\n\n(kopi " + i + ")"));
        }
        double alone = anyScore.matches(EventMatcher.profile(Texts.FERRY_NN), once).get(0).score();
        double amongCopies = anyScore.matches(EventMatcher.profile(Texts.FERRY_NN), copies).get(0).score();
        assertThat(amongCopies).isCloseTo(alone, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aCopyWithAnotherBylineIsACopyAndATranslationIsNot() {
        var original = EventMatcher.profile(Texts.FERRY_DA);
        assertThat(EventMatcher.nearCopies(original, EventMatcher.profile(Texts.FERRY_DA + "\n\n(Ritzau/NTB, opdateret kl. 14.05)")))
                .isTrue();
        assertThat(EventMatcher.nearCopies(original, EventMatcher.profile(Texts.FERRY_NB))).isFalse();
        assertThat(EventMatcher.nearCopies(EventMatcher.profile(Texts.FERRY_NB), EventMatcher.profile(Texts.FERRY_NN))).isFalse();
    }

    @Test
    void withoutCandidatesThereIsNoMatch() {
        assertThat(anyScore.matches(EventMatcher.profile(Texts.FERRY_DA), List.of())).isEmpty();
    }
}
