package cn.grassroots.cases.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** Working days over the real 2026 State Council holiday schedule. */
class WorkingCalendarTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final HolidaySchedule OFFICIAL_2026 =
            HolidaySchedule.of(new ClassPathResource("calendar/holidays-2026.txt"));

    private final WorkingCalendar calendar =
            new WorkingCalendar(new CalendarProperties(SHANGHAI, "", "", java.time.Duration.ofMinutes(1)), OFFICIAL_2026);

    @Test
    void naturalDaysCountEveryDayIncludingHolidays() {
        assertThat(calendar.addDays(LocalDate.of(2026, 9, 28), 10, DayType.NATURAL))
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void workingDaysSkipWeekends() {
        // Friday 27 Nov 2026 + 3 working days: Mon 30, Tue 1, Wed 2 Dec
        assertThat(calendar.addDays(LocalDate.of(2026, 11, 27), 3, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(calendar.addDays(LocalDate.of(2026, 11, 28), 1, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.addDays(LocalDate.of(2026, 11, 27), 0, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void fiveWorkingDaysStartingBeforeNationalDaySkipTheHolidayAndCountTheMakeUpSaturday() {
        // Mon 28 Sep: Tue 29 (1), Wed 30 (2), 1-7 Oct off, Thu 8 (3), Fri 9 (4), Sat 10 Oct is a make-up workday (5)
        assertThat(calendar.addDays(LocalDate.of(2026, 9, 28), 5, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 10, 10));
        // Fri 18 Sep + 1: Sunday 20 Sep is a make-up workday
        assertThat(calendar.addDays(LocalDate.of(2026, 9, 18), 1, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void springFestivalIsOffAndItsMakeUpSaturdaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();   // Saturday, 调休上班
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();  // Monday, 春节
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();  // Monday, 春节
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();   // Saturday, 调休上班
        // Fri 13 Feb + 2 working days: Sat 14 (1), then 15-23 off, Tue 24 (2)
        assertThat(calendar.addDays(LocalDate.of(2026, 2, 13), 2, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void warningDaysAreCountedBackwardsOverHolidays() {
        // 3 working days before Thu 8 Oct, over the National Day holiday: 30 Sep (1), 29 Sep (2), 28 Sep (3)
        assertThat(calendar.subtractDays(LocalDate.of(2026, 10, 8), 3, DayType.WORKING))
                .isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void beyondTheLoadedYearsMondayToFridayCount() {
        assertThat(calendar.addDays(LocalDate.of(2026, 12, 28), 5, DayType.WORKING))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.schedule().covers(2027)).isFalse();
    }

    @Test
    void aDeadlineEndsAtTheEndOfItsDayAndWarningsComeAtTheStartOfWork() {
        assertThat(calendar.endOf(LocalDate.of(2026, 12, 2)).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 12, 2, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(calendar.startOfWork(LocalDate.of(2026, 12, 2)).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void negativeLimitsAreRefused() {
        assertThatThrownBy(() -> calendar.addDays(LocalDate.of(2026, 11, 27), -1, DayType.WORKING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedHolidayFileNamesTheFileAndLine() {
        assertThatThrownBy(() -> HolidaySchedule.of(file("holidays-2027.txt",
                "# comment\nholiday 2027-01-01 元旦\nworkday 2027-02-30 春节调休上班\n")))
                .hasMessageContaining("holidays-2027.txt:3");
        assertThatThrownBy(() -> HolidaySchedule.of(file("holidays-2027.txt", "workday 2027-01-06 周三\n")))
                .hasMessageContaining("holidays-2027.txt:1").hasMessageContaining("Saturday or Sunday");
        assertThatThrownBy(() -> HolidaySchedule.of(file("holidays-2027.txt", "vacation 2027-01-01 x\n")))
                .hasMessageContaining("unknown entry 'vacation'");
        assertThatThrownBy(() -> HolidaySchedule.of(file("holidays-2027.txt", "holiday 2026-12-31 跨年\n")))
                .hasMessageContaining("must lie in 2027");
        assertThatThrownBy(() -> HolidaySchedule.of(file("days.txt", "")))
                .hasMessageContaining("holidays-<year>.txt");
    }

    private static ByteArrayResource file(String name, String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
