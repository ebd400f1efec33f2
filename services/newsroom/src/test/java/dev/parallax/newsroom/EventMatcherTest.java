package dev.parallax.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.parallax.newsroom.service.grouping.EventMatcher;
import dev.parallax.newsroom.service.grouping.EventMatcher.Candidate;
import dev.parallax.text.NgramVector;

class EventMatcherTest {

    private final EventMatcher matcher = new EventMatcher(0.33);
    private final UUID ferry = UUID.randomUUID();
    private final UUID tax = UUID.randomUUID();

    private static Candidate candidate(UUID event, String text) {
        return new Candidate(UUID.randomUUID(), event, EventMatcher.profile(text));
    }

    @Test
    void aTranslationJoinsItsStoryAcrossDanishAndNorwegian() {
        var candidates = List.of(candidate(ferry, Texts.FERRY_DA), candidate(tax, Texts.SUGAR_TAX_DA));
        var match = matcher.match(EventMatcher.profile(Texts.FERRY_NB), candidates);
        assertThat(match).isPresent();
        assertThat(match.get().eventId()).isEqualTo(ferry);
    }

    @Test
    void nynorskJoinsThroughTheClosestArticleOfTheEvent() {
        // Danish and Nynorsk are furthest apart; the Bokmål member bridges them
        var candidates = List.of(candidate(ferry, Texts.FERRY_DA), candidate(ferry, Texts.FERRY_NB),
                candidate(tax, Texts.SUGAR_TAX_DA));
        var best = matcher.best(EventMatcher.profile(Texts.FERRY_NN), candidates).orElseThrow();
        assertThat(best.eventId()).isEqualTo(ferry);
        assertThat(best.score()).isGreaterThan(0.45);
    }

    @Test
    void anUnrelatedStoryMatchesNothing() {
        var candidates = List.of(candidate(ferry, Texts.FERRY_DA), candidate(ferry, Texts.FERRY_NB));
        assertThat(matcher.match(EventMatcher.profile(Texts.SUGAR_TAX_DA), candidates)).isEmpty();
        assertThat(matcher.best(EventMatcher.profile(Texts.SUGAR_TAX_DA), candidates).orElseThrow().score())
                .isLessThan(0.2);
    }

    @Test
    void scoresEqualNgramVectorsCosineWithTheSameWeights() {
        // two documents, so every gram's idf is known: ln(3/2)+1 if in one of them, 1 if in both
        var danish = NgramVector.counts(Texts.FERRY_DA, EventMatcher.MIN_N, EventMatcher.MAX_N);
        var bokmal = NgramVector.counts(Texts.FERRY_NB, EventMatcher.MIN_N, EventMatcher.MAX_N);
        java.util.function.ToDoubleFunction<String> idf =
                g -> danish.containsKey(g) && bokmal.containsKey(g) ? 1.0 : Math.log(3.0 / 2.0) + 1.0;
        double expected = NgramVector.weighted(danish, idf).cosine(NgramVector.weighted(bokmal, idf));

        double actual = matcher.best(EventMatcher.profile(Texts.FERRY_NB),
                List.of(candidate(ferry, Texts.FERRY_DA))).orElseThrow().score();
        assertThat(actual).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void withoutCandidatesThereIsNoMatch() {
        assertThat(matcher.best(EventMatcher.profile(Texts.FERRY_DA), List.of())).isEmpty();
    }
}
