package dev.parallax.align.service.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule of when two amounts can both be true. */
class AmountTest {

    private static Amount count(String value, Bound bound) {
        BigDecimal v = new BigDecimal(value);
        return new Amount("count", v, null, bound, "", List.of(v), BigDecimal.ZERO);
    }

    private static Amount count(String value) {
        return count(value, Bound.EXACT);
    }

    @Test
    void equalValuesAreTheSameAndDifferentOnesConflict() {
        assertThat(count("14").against(count("14"))).isEqualTo(Compatibility.SAME);
        assertThat(count("14").against(count("16"))).isEqualTo(Compatibility.INCOMPATIBLE);
    }

    @Test
    void aBoundAllowsWhatNewsMeansByIt() {
        assertThat(count("12", Bound.MIN).against(count("14"))).isEqualTo(Compatibility.COMPATIBLE); // mindst 12 / 14
        assertThat(count("19", Bound.MIN).against(count("12"))).isEqualTo(Compatibility.INCOMPATIBLE); // minst 19 / tolv
        assertThat(count("190", Bound.ALMOST).against(count("186"))).isEqualTo(Compatibility.COMPATIBLE); // knap 190
        assertThat(count("40", Bound.ALMOST).against(count("20"))).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(count("2000", Bound.ABOUT).against(count("1950"))).isEqualTo(Compatibility.COMPATIBLE); // cirka
        assertThat(count("18000", Bound.JUST_OVER).against(count("18412"))).isEqualTo(Compatibility.COMPATIBLE); // drøyt
    }

    @Test
    void twoBoundsOfOneDirectionAreTwoFiguresForOneThing() {
        assertThat(count("384", Bound.MIN).against(count("684", Bound.MIN))).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(count("400", Bound.MIN).against(count("400", Bound.MIN))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(count("40000", Bound.ABOUT).against(count("38000", Bound.ABOUT))).isEqualTo(Compatibility.INCOMPATIBLE);
    }

    @Test
    void twoRangesMustHaveTheSameEnds() {
        Amount fiftyFiveToSixty = new Amount("time", BigDecimal.valueOf(3300), BigDecimal.valueOf(3600), Bound.RANGE, "minutter",
                List.of(BigDecimal.valueOf(3300)), BigDecimal.ZERO);
        Amount fiftyFiveToNinety = new Amount("time", BigDecimal.valueOf(3300), BigDecimal.valueOf(5400), Bound.RANGE, "minutter",
                List.of(BigDecimal.valueOf(3300)), BigDecimal.ZERO);
        assertThat(fiftyFiveToSixty.against(fiftyFiveToNinety)).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(fiftyFiveToSixty.against(fiftyFiveToSixty)).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(fiftyFiveToNinety.against(Amount.exact("time", BigDecimal.valueOf(3600), "minutter")))
                .isEqualTo(Compatibility.COMPATIBLE);
        // measures are converted and rounded: "25 til 101 mm" and "3 til 10 cm" are one range in inches
        Amount mm = new Amount("length", new BigDecimal("0.025"), new BigDecimal("0.101"), Bound.RANGE, "mm",
                List.of(new BigDecimal("0.025")), BigDecimal.ZERO);
        Amount cm = new Amount("length", new BigDecimal("0.03"), new BigDecimal("0.10"), Bound.RANGE, "cm",
                List.of(new BigDecimal("0.03")), BigDecimal.ZERO);
        assertThat(mm.against(cm)).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void anUpdateAllowsEveryEarlierFigureOnTheWayToIt() {
        assertThat(count("14", Bound.RISEN_TO).against(count("12"))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(count("14", Bound.RISEN_TO).against(count("16"))).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(count("40", Bound.FALLEN_TO).against(count("55"))).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aRoundFigureMayBeARounding() {
        Amount round = new Amount("count", new BigDecimal("2000"), null, Bound.EXACT, "", List.of(new BigDecimal("2000")),
                new BigDecimal("50"));
        assertThat(round.against(count("1950"))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(round.against(count("1900"))).isEqualTo(Compatibility.INCOMPATIBLE);
    }

    @Test
    void oneNumberWithAndWithoutItsScaleWordIsOne() {
        assertThat(count("20400000").against(count("20.4"))).isEqualTo(Compatibility.COMPATIBLE); // "20,4 millioner" / "de 20,4"
    }

    @Test
    void measuresConvertedFromOtherUnitsAreRounded() {
        Amount km = new Amount("length", new BigDecimal("97000"), null, Bound.EXACT, "km", List.of(new BigDecimal("97000")), BigDecimal.ZERO);
        Amount miles = new Amount("length", new BigDecimal("96560.64"), null, Bound.EXACT, "miles",
                List.of(new BigDecimal("96560.64")), BigDecimal.ZERO);
        Amount far = new Amount("length", new BigDecimal("150000"), null, Bound.EXACT, "km", List.of(new BigDecimal("150000")), BigDecimal.ZERO);
        assertThat(km.against(miles)).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(km.against(far)).isEqualTo(Compatibility.INCOMPATIBLE);
    }

    @Test
    void aScandinavianMileAndAnEnglishOneAreBothReadings() {
        Amount mil = new Amount("length", new BigDecimal("45000"), null, Bound.EXACT, "mil",
                List.of(new BigDecimal("45000"), new BigDecimal("7242.048")), BigDecimal.ZERO);
        Amount km = new Amount("length", new BigDecimal("45000"), null, Bound.EXACT, "km", List.of(new BigDecimal("45000")), BigDecimal.ZERO);
        assertThat(mil.against(km).agrees()).isTrue();
        Amount englishMiles = new Amount("length", new BigDecimal("7300"), null, Bound.EXACT, "km", List.of(new BigDecimal("7300")),
                BigDecimal.ZERO);
        assertThat(mil.against(englishMiles).agrees()).as("4.5 English miles are 7.2 km").isTrue();
    }

    @Test
    void degreesAndDifferentKindsAreNotCompared() {
        Amount celsius = new Amount("temperature", BigDecimal.TEN, null, Bound.EXACT, "grader", List.of(BigDecimal.TEN), BigDecimal.ZERO);
        Amount warm = new Amount("temperature", new BigDecimal("26"), null, Bound.EXACT, "grader", List.of(new BigDecimal("26")), BigDecimal.ZERO);
        assertThat(celsius.against(warm)).isEqualTo(Compatibility.INCOMPARABLE);
        assertThat(count("14").against(Amount.exact("percent", new BigDecimal("14"), "%"))).isEqualTo(Compatibility.INCOMPARABLE);
    }

    @Test
    void lengthsOfTimeAreIsoDurationsInTheirLargestWholeUnit() {
        assertThat(Amount.exact("time", new BigDecimal("5400"), "min").normalised()).isEqualTo("PT90M");
        assertThat(Amount.exact("time", new BigDecimal("7200"), "min").normalised()).isEqualTo("PT2H");
        assertThat(Amount.exact("time", new BigDecimal("1209600"), "dager").normalised()).isEqualTo("P2W");
    }
}
