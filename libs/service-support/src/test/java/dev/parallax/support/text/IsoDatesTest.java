package dev.parallax.support.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.parallax.support.problem.ProblemException;

class IsoDatesTest {

    @Test
    void datesAndDateTimesGiveTheDateAsWritten() {
        assertThat(IsoDates.parse("2015-09-18", "published")).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(IsoDates.parse(" 2015-09-18T23:30:00+02:00 ", "published")).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(IsoDates.parse("2015-09-18T08:30:00Z", "published")).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(IsoDates.parse("2015-09-18T08:30:00", "published")).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(IsoDates.parse("0001-01-01", "published")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(IsoDates.parse("9999-12-31", "published")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(IsoDates.parse("  ", "published")).isNull();
        assertThat(IsoDates.parse(null, "published")).isNull();
    }

    @Test
    void datesOutsideYearsOneTo9999AndNonDatesAreBadRequests() {
        for (String bad : new String[] {"0000-01-01", "-9999-01-01T00:00:00Z", "+9999999-01-01T00:00:00Z",
                "+999999999-12-31", "10000-01-01", "2015-02-30", "yesterday", "2015-9-18", "18.09.2015"}) {
            assertThatThrownBy(() -> IsoDates.parse(bad, "published")).as(bad)
                    .isInstanceOf(ProblemException.class)
                    .hasMessageContaining("'published'")
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));
        }
    }
}
