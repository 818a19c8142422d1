package cn.grassroots.cases.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.io.ClassPathResource;

import cn.grassroots.cases.GrassrootsTest;

/**
 * Whether the processes' longest deadline from today reaches a year without holiday data. It never stops the system
 * (issue 9: a production start was refused on 2026-11-27); it is said, naming the year.
 */
@GrassrootsTest
class CalendarCoverageTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    List<DeadlineHorizon> horizons;

    private final CalendarProperties properties =
            new CalendarProperties(SHANGHAI, "", "/etc/grassroots/calendar", Duration.ofMinutes(1));
    private final WorkingCalendar only2026 = new WorkingCalendar(properties,
            HolidaySchedule.of(new ClassPathResource("calendar/holidays-2026.txt")));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void inJuneEveryDeadlineFallsIn2026AndAllIsWell() {
        ClockUtil.setCurrentTime(on(2026, 6, 1));

        assertThat(coverage().missingYears()).isEmpty();
        assertThat(coverage().health().getStatus()).isEqualTo(Status.UP);
        assertThat(coverage().warnings()).isEmpty();
    }

    @Test
    void lateInTheYearWithoutNextYearsCalendarTheYearIsNamedInHealthAndCockpit() {
        ClockUtil.setCurrentTime(on(2026, 11, 27));

        assertThat(coverage().missingYears()).containsExactly(2027);
        assertThat(coverage().health().getStatus()).as("the system works: load balancers keep it").isEqualTo(Status.UP);
        assertThat(coverage().health().getDetails()).containsEntry("missingYears", java.util.List.of(2027));
        assertThat(String.valueOf(coverage().health().getDetails().get("warning"))).contains("2027")
                .contains("holidays-2027.txt").contains("/etc/grassroots/calendar");
        assertThat(coverage().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("HOLIDAY_CALENDAR_MISSING");
            assertThat(warning.message()).contains("缺少2027年的节假日安排").contains("holidays-2027.txt");
        });
    }

    private CalendarCoverage coverage() {
        return new CalendarCoverage(horizons, only2026, properties);
    }

    private static Date on(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, SHANGHAI).toInstant());
    }
}
