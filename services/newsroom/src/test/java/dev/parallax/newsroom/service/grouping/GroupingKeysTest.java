package dev.parallax.newsroom.service.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class GroupingKeysTest {

    @Test
    void reportsOfOneStoryInTheThreeNormsShareTheirNamesAndNumbers() {
        long[] danish = GroupingKeys.of("Dødstal fra tsunami i Indonesien stiger til 832",
                "Dødstallet fra Indonesiens jordskælv er steget til 832, oplyser myndighederne i Palu søndag.");
        long[] bokmaal = GroupingKeys.of("Dødstallet etter tsunamien i Indonesia stiger til 832",
                "Myndighetene i Palu sier søndag at 832 er døde etter jordskjelvet.");
        long[] nynorsk = GroupingKeys.of(null, "Talet på døde i Indonesia har auka til 832, melder styresmaktene i Palu.");
        assertThat(shared(danish, bokmaal)).isGreaterThanOrEqualTo(3); // indone, 832, palu
        assertThat(shared(danish, nynorsk)).isGreaterThanOrEqualTo(3);
        assertThat(shared(bokmaal, nynorsk)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void spellingAndInflectionOfANameMakeOneKey() {
        assertThat(GroupingKeys.form("rusland")).isEqualTo(GroupingKeys.form("russland"));
        assertThat(GroupingKeys.form("indonesien")).isEqualTo(GroupingKeys.form("indonesia"));
        assertThat(GroupingKeys.form("kavanaughs")).isEqualTo(GroupingKeys.form("kavanaugh"));
    }

    @Test
    void sentenceInitialCapitalsYearsAndOneDigitNumbersAreNoKeys() {
        // every word starts a sentence or a line, or is a function word; 2019 is a year, 7 has one digit
        long[] keys = GroupingKeys.of(null, "Det regner.\nI 2019 kom 7 til.");
        long[] withName = GroupingKeys.of(null, "Det regner i Bergen.");
        assertThat(withName.length).isGreaterThan(0);
        assertThat(Arrays.stream(keys).noneMatch(k -> Arrays.stream(withName).anyMatch(n -> n == k))).isTrue();
        assertThat(GroupingKeys.of(null, "Han kom 7 gange i 2019.")).isEmpty();
    }

    @Test
    void aTextWithoutNamesIsFoundUnderItsLongWords() {
        long[] a = GroupingKeys.of(null, "færgen grundstødte ved havnen, og passagererne blev evakueret af redningsfolk.");
        long[] b = GroupingKeys.of(null, "ferja grunnstøtte ved hamna, og passasjerane vart evakuerte av redningsfolk.");
        assertThat(a).isNotEmpty();
        assertThat(shared(a, b)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void lockBucketsAreDistinctAscendingAndSharedByArticlesSharingAKey() {
        long[] a = GroupingKeys.of(null, "Mødet i Genève mellem Lavrov og Kerry.");
        long[] b = GroupingKeys.of(null, "Lavrov møtte Kerry i Genève.");
        int[] bucketsA = GroupingKeys.lockBuckets(a);
        assertThat(bucketsA).isSorted().doesNotHaveDuplicates();
        assertThat(Arrays.stream(bucketsA).filter(x -> Arrays.stream(GroupingKeys.lockBuckets(b)).anyMatch(y -> y == x)))
                .isNotEmpty();
        assertThat(Arrays.stream(bucketsA).allMatch(x -> x >= 0 && x < GroupingKeys.BUCKETS)).isTrue();
    }

    private static long shared(long[] a, long[] b) {
        return Arrays.stream(a).filter(x -> Arrays.stream(b).anyMatch(y -> y == x)).count();
    }
}
