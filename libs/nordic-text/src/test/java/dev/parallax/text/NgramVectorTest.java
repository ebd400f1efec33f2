package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NgramVectorTest {

    private static NgramVector vector(String text) {
        return NgramVector.weighted(NgramVector.counts(text, 3, 5), gram -> 1.0);
    }

    @Test
    void foldingMakesDanishAndNorwegianSpellingsComparable() {
        assertThat(Folding.fold("Ruslands møde på Ærø")).isEqualTo("ruslands moede paa aeroe");
        assertThat(Folding.fold("Genève")).isEqualTo("geneve");
    }

    @Test
    void translationsAreCloserThanUnrelatedSentences() {
        NgramVector danish = vector("USA og Rusland er klar til at forhandle om Syrien");
        NgramVector bokmal = vector("USA og Russland er klare til å forhandle om Syria");
        NgramVector unrelated = vector("Flere aftaler om våbenkontrol er skrottet efter den kolde krig");
        assertThat(danish.cosine(bokmal)).isGreaterThan(0.5);
        assertThat(danish.cosine(bokmal)).isGreaterThan(danish.cosine(unrelated) + 0.3);
    }

    @Test
    void emptyTextHasZeroSimilarity() {
        assertThat(vector("...").isEmpty()).isTrue();
        assertThat(vector("...").cosine(vector("Syrien"))).isZero();
    }
}
