package cn.grassroots.cases.handling;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import cn.grassroots.cases.GrassrootsTest;

/** Start-up refuses when the policy's longest deadline from today reaches a year without holiday data. */
@GrassrootsTest
class CalendarCoverageCheckTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    DeadlinePolicy policy;

    private final HandlingCalendar calendar = new HandlingCalendar(
            new HandlingProperties(SHANGHAI, "SX", 2, "", true, 3, null),
            HolidaySchedule.of(new ClassPathResource("calendar/holidays-2026.txt")));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void inJuneTheLongestDeadlineStaysIn2026AndStartUpGoesOn() {
        ClockUtil.setCurrentTime(on(2026, 6, 1));

        assertThatCode(() -> check(true).check()).doesNotThrowAnyException();
    }

    @Test
    void lateInTheYearWithoutNextYearsCalendarStartUpIsRefusedNamingTheFile() {
        ClockUtil.setCurrentTime(on(2026, 12, 10));

        assertThatThrownBy(() -> check(true).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Start-up refused")
                .hasMessageContaining("calendar/holidays-2027.txt");
        assertThatCode(() -> check(false).check()).doesNotThrowAnyException();
    }

    private CalendarCoverageCheck check(boolean required) {
        return new CalendarCoverageCheck(policy, calendar, new HandlingProperties(SHANGHAI, "SX", 2, "", required, 3, null));
    }

    private static Date on(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, SHANGHAI).toInstant());
    }
}
