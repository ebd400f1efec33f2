package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NgramVectorTest {

    @Test
    void foldingMakesDanishAndNorwegianSpellingsComparable() {
        assertThat(Folding.fold("Ruslands møde på Ærø")).isEqualTo("ruslands moede paa aeroe");
        assertThat(Folding.fold("Genève")).isEqualTo("geneve");
        assertThat(NgramVector.prepare("  «Færgen», sagde han…  ")).isEqualTo(" faergen sagde han ");
    }

    @Test
    void gramsAreCountedPerDistinctNgramAndNeverOfSpacesAlone() {
        // " ab ab " has, for n = 2: " a", "ab", "b ", " a", "ab", "b " -> three distinct grams, twice each
        Map<Long, Integer> bigrams = NgramVector.grams(" ab ab ", 2, 2);
        assertThat(bigrams).hasSize(3).allSatisfy((gram, count) -> assertThat(count).isEqualTo(2));
        assertThat(NgramVector.grams("   ", 1, 3)).isEmpty();
        // lengths 1..3 of "abc" with its spaces: 5 + 4 + 3 grams, all distinct, none of spaces alone
        assertThat(NgramVector.grams(" abc ", 1, 3)).hasSize(3 + 4 + 3);
        assertThatThrownBy(() -> NgramVector.grams("x", 3, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void translationsAreCloserThanUnrelatedSentences() {
        NgramVector danish = NgramVector.ofText("USA og Rusland er klar til at forhandle om Syrien", 3, 5);
        NgramVector bokmal = NgramVector.ofText("USA og Russland er klare til å forhandle om Syria", 3, 5);
        NgramVector unrelated = NgramVector.ofText("Flere aftaler om våbenkontrol er skrottet efter den kolde krig", 3, 5);
        assertThat(danish.cosine(bokmal)).isGreaterThan(0.5);
        assertThat(danish.cosine(bokmal)).isGreaterThan(danish.cosine(unrelated) + 0.3);
        assertThat(danish.cosine(danish)).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void emptyTextHasZeroSimilarity() {
        assertThat(NgramVector.ofText("...", 3, 5).isEmpty()).isTrue();
        assertThat(NgramVector.ofText("...", 3, 5).cosine(NgramVector.ofText("Syrien", 3, 5))).isZero();
    }

    @Test
    void ofSortsIdsWithTheirWeightsIncludingNegativeIds() {
        NgramVector v = NgramVector.of(new int[] {7, -3, 2}, new double[] {0.7, -0.3, 0.2});
        assertThat(v.ids()).containsExactly(-3, 2, 7);
        assertThat(v.weights()).containsExactly(-0.3, 0.2, 0.7);
        assertThat(v.norm()).isCloseTo(Math.sqrt(0.49 + 0.09 + 0.04), offset(1e-12));
    }

    @Test
    void sumsAndDifferencesMergeByIdAndDotIsTheSumOfProducts() {
        NgramVector a = NgramVector.sorted(new int[] {1, 3, 5}, new double[] {1, 2, 3});
        NgramVector b = NgramVector.sorted(new int[] {3, 4}, new double[] {10, 20});
        assertThat(a.dot(b)).isEqualTo(20.0);
        NgramVector sum = a.plus(b);
        assertThat(sum.ids()).containsExactly(1, 3, 4, 5);
        assertThat(sum.weights()).containsExactly(1, 12, 20, 3);
        NgramVector rest = a.without(b);
        assertThat(rest.ids()).containsExactly(1, 5);
        assertThat(rest.weights()).containsExactly(1, 3);
        assertThat(a.cosine(b)).isCloseTo(20 / (Math.sqrt(14) * Math.sqrt(500)), offset(1e-12));
        assertThat(NgramVector.EMPTY.plus(a).ids()).containsExactly(1, 3, 5);
    }

    @Test
    void idfIsSmoothedAndFlooredAsEachUseChooses() {
        // align: a gram in every sentence weighs nothing, a rare one much
        assertThat(NgramVector.idf(10, 10, 0.5, 0)).isCloseTo(Math.log(11 / 10.5), offset(1e-12));
        assertThat(NgramVector.idf(40, 10, 0.5, 0)).isZero();
        // newsroom: a gram in both of two documents still weighs 1
        assertThat(NgramVector.idf(2, 2, 1, 1)).isEqualTo(1.0);
        assertThat(NgramVector.idf(1, 2, 1, 1)).isCloseTo(Math.log(1.5) + 1, offset(1e-12));
        assertThat(NgramVector.tf(1)).isEqualTo(1.0);
        assertThat(NgramVector.tf(10)).isCloseTo(1 + Math.log(10), offset(1e-12));
    }
}
