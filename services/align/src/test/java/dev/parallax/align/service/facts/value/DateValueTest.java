package dev.parallax.align.service.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateValueTest {

    private static final LocalDate FRIDAY = LocalDate.of(2015, 9, 18);

    @Test
    void resolvedDatesAgreeWhenTheDaysTheyCoverOverlap() {
        assertThat(DateValue.day(FRIDAY, true).against(DateValue.day(FRIDAY, false))).isEqualTo(Compatibility.SAME);
        assertThat(DateValue.month(2014, 3, false).against(DateValue.year(2014, false))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(DateValue.night(FRIDAY).against(DateValue.day(FRIDAY.minusDays(1), true))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(DateValue.month(2014, 3, false).against(DateValue.month(2014, 8, false))).isEqualTo(Compatibility.INCOMPATIBLE);
    }

    @Test
    void bareWeekdaysAndMonthsCompareByName() {
        assertThat(DateValue.weekdayOnly(DayOfWeek.MONDAY).against(DateValue.weekdayOnly(DayOfWeek.WEDNESDAY)))
                .isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(DateValue.weekdayOnly(DayOfWeek.FRIDAY).against(DateValue.day(FRIDAY, false))).isEqualTo(Compatibility.SAME);
        assertThat(DateValue.monthOnly(3).against(DateValue.monthOnly(6))).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(DateValue.dayOfMonthOnly(9, 15).against(DateValue.day(LocalDate.of(2015, 9, 15), false)))
                .isEqualTo(Compatibility.SAME);
    }

    @Test
    void bareWeekdaysADayApartMayBeOneDaySeenFromTwoTimeZones() {
        assertThat(DateValue.weekdayOnly(DayOfWeek.SATURDAY).against(DateValue.weekdayOnly(DayOfWeek.SUNDAY)))
                .isEqualTo(Compatibility.COMPATIBLE);
        assertThat(DateValue.weekdayOnly(DayOfWeek.SUNDAY).against(DateValue.weekdayOnly(DayOfWeek.MONDAY)))
                .isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void normalisedAsIsoDatesOrWhatWasSaid() {
        assertThat(DateValue.month(2014, 3, false).normalised()).isEqualTo("2014-03");
        assertThat(DateValue.night(FRIDAY).normalised()).isEqualTo("2015-09-17/2015-09-18");
        assertThat(DateValue.weekdayOnly(DayOfWeek.FRIDAY).normalised()).isEqualTo("XXXX-WXX-5");
        assertThat(DateValue.dayOfMonthOnly(9, 15).normalised()).isEqualTo("--09-15");
    }

    @Test
    void aWeekdayWithoutTenseIsItsLastOccurrenceOrTheNext() {
        DateValue friday = DateValue.lastOrNextWeekday(LocalDate.of(2030, 11, 8));
        assertThat(friday.against(DateValue.day(LocalDate.of(2030, 11, 8), false))).isEqualTo(Compatibility.SAME);
        assertThat(friday.against(DateValue.day(LocalDate.of(2030, 11, 15), true))).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(DateValue.day(LocalDate.of(2030, 11, 15), true).against(friday)).isEqualTo(Compatibility.COMPATIBLE);
        assertThat(friday.against(DateValue.day(LocalDate.of(2030, 11, 14), true))).isEqualTo(Compatibility.INCOMPATIBLE);
        assertThat(friday.against(DateValue.day(LocalDate.of(2030, 11, 22), true))).isEqualTo(Compatibility.INCOMPATIBLE);
        // a weekday resolved with a word of time ("siden fredag", "på fredag") has one reading
        assertThat(DateValue.day(LocalDate.of(2030, 11, 8), true).against(DateValue.day(LocalDate.of(2030, 11, 15), true)))
                .isEqualTo(Compatibility.INCOMPATIBLE);
    }
}
