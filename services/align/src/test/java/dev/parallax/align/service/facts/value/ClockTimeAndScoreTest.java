package dev.parallax.align.service.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClockTimeAndScoreTest {

    private static ClockTime at(int hour, int minute) {
        return new ClockTime(hour * 60 + minute, true, Bound.EXACT, "");
    }

    @Test
    void clockTimesAgreeOnTheMinuteOrWithinWhatABoundSays() {
        assertThat(at(11, 20).against(at(11, 20))).isEqualTo(Compatibility.SAME);
        assertThat(at(13, 5).against(at(13, 50))).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(new ClockTime(13 * 60, true, Bound.MAX, "").against(at(12, 47))).isEqualTo(Compatibility.COMPATIBLE); // kort før kl. 13
    }

    @Test
    void anHourWithoutMinutesMayBeTheEvening() {
        assertThat(new ClockTime(7 * 60, false, Bound.EXACT, "").against(at(19, 0))).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aTimeSaidToTheQuarterRoundsUpToSevenMinutes() {
        ClockTime quarterPastNine = new ClockTime(21 * 60 + 15, false, Bound.EXACT, "");
        assertThat(quarterPastNine.against(at(21, 14))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(quarterPastNine.against(at(21, 22))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(quarterPastNine.against(at(21, 25))).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(at(21, 15).against(at(21, 14))).as("written to the minute").isEqualTo(Compatibility.INCOMPATIBLE);
    }

    @Test
    void timesInStatedZonesAreNotCompared() {
        assertThat(new ClockTime(3 * 60 + 14, true, Bound.EXACT, "local").against(new ClockTime(9 * 60 + 14, true, Bound.EXACT, "norsk")))
                .isEqualTo(Compatibility.INCOMPARABLE);
    }

    @Test
    void resultsFromEitherSide() {
        Score wonBy = new Score(2, 1, "rosenborg", true);
        Score lostBy = new Score(1, 2, "brondbi", false);
        assertThat(wonBy.against(lostBy)).isEqualTo(Compatibility.SAME); // Rosenborg vant 2-1 / Brøndby tapte 1-2
        Score copenhagenWon = new Score(3, 1, "kobenhavn", true);
        Score copenhagenLost = new Score(1, 3, "kobenhavn", false);
        assertThat(copenhagenWon.against(copenhagenLost)).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(new Score(2, 1).against(new Score(2, 1))).isEqualTo(Compatibility.SAME);
        assertThat(new Score(2, 1).against(new Score(3, 1))).isEqualTo(Compatibility.INCOMPATIBLE);
    }
}
