package cn.grassroots.cases.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class HandlingCalendarTests {

    private final HandlingCalendar calendar =
            new HandlingCalendar(new HandlingProperties(ZoneId.of("Asia/Shanghai"), "SX", 2));

    @Test
    void naturalDaysCountEveryDay() {
        assertThat(calendar.addDays(LocalDate.of(2026, 11, 27), 60, DayType.NATURAL))
                .isEqualTo(LocalDate.of(2027, 1, 26));
    }

    @Test
    void workingDaysSkipWeekends() {
        // Friday 27 Nov 2026 + 3 working days: Mon 30, Tue 1, Wed 2 Dec
        assertThat(calendar.addDays(LocalDate.of(2026, 11, 27), 3, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 12, 2));
        // Saturday + 1 working day is Monday
        assertThat(calendar.addDays(LocalDate.of(2026, 11, 28), 1, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.addDays(LocalDate.of(2026, 11, 27), 0, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aDeadlineEndsAtTheEndOfItsDayInTheConfiguredZone() {
        assertThat(calendar.endOf(LocalDate.of(2026, 12, 2)).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 12, 2, 23, 59, 59, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void negativeLimitsAreRefused() {
        assertThatThrownBy(() -> calendar.addDays(LocalDate.of(2026, 11, 27), -1, DayType.WORKING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
