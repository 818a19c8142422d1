package cn.grassroots.cases.handling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Counts handling time limits in natural or working days, in the configured time zone, on the engine's clock
 * (so that tests which move the engine clock move deadlines too).
 * <p>
 * A deadline is the end of its last day: a limit of 5 days counted from Monday ends on the evening of the fifth
 * day after it. Working days skip Saturdays and Sundays.
 */
@Component
public class HandlingCalendar {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final HandlingProperties properties;

    HandlingCalendar(HandlingProperties properties) {
        this.properties = properties;
    }

    /** Today in the configured zone, by the engine clock. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    /** Now in the configured zone, by the engine clock. */
    public ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(properties.timeZone());
    }

    /** The last day of a limit of {@code days} days counted from the day after {@code start}. */
    public LocalDate addDays(LocalDate start, int days, DayType type) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        if (type == DayType.NATURAL) {
            return start.plusDays(days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The deadline of a limit of {@code days} days counted from today. */
    public LocalDate deadlineFromToday(int days, DayType type) {
        return addDays(today(), days, type);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }

    /** The instant a deadline day ends, as the engine stores due dates. */
    public Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(properties.timeZone()).toInstant());
    }
}
