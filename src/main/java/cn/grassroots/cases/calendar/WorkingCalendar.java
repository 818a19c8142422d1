package cn.grassroots.cases.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts handling time limits in natural or working days, in the configured time zone, on the engine's clock
 * (so that tests which move the engine clock move deadlines too).
 * <p>
 * A deadline is the end of its last day. Working days are Monday to Friday except official days off, plus the
 * weekend days that the State Council schedule makes working days (调休), as loaded in the {@link HolidaySchedule}.
 * In a year without holiday data, Monday to Friday count and an error is logged once for that year: a deadline
 * that misses a holiday is better than a unit that cannot sign off. {@link CalendarCoverage} says so loudly (log,
 * health, Cockpit), and when the year's file arrives the pending deadlines are counted again
 * (each process recounts its pending deadlines on {@link HolidayCalendarChanged}).
 */
public class WorkingCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final LocalTime START_OF_WORK = LocalTime.of(9, 0);

    private final CalendarProperties properties;
    private volatile HolidaySchedule schedule;
    private final Set<Integer> yearsReported = ConcurrentHashMap.newKeySet();

    public WorkingCalendar(CalendarProperties properties, HolidaySchedule schedule) {
        this.properties = properties;
        this.schedule = schedule;
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
        return move(start, days, type, 1);
    }

    /** The day {@code days} days (of the given type) before {@code end}. */
    public LocalDate subtractDays(LocalDate end, int days, DayType type) {
        return move(end, days, type, -1);
    }

    /** The deadline of a limit of {@code days} days counted from today. */
    public LocalDate deadlineFromToday(int days, DayType type) {
        return addDays(today(), days, type);
    }

    /** Whether working days can be counted exactly up to {@code day}: every year from today's has holiday data. */
    public boolean hasHolidayDataUntil(LocalDate day) {
        for (int year = today().getYear(); year <= day.getYear(); year++) {
            if (!schedule.covers(year)) {
                return false;
            }
        }
        return true;
    }

    public HolidaySchedule schedule() {
        return schedule;
    }

    /** From now on counts with {@code replacement} (a holiday calendar was added or corrected). */
    void use(HolidaySchedule replacement) {
        this.schedule = replacement;
        yearsReported.clear();
    }

    /** The month's first working day (after 元旦 or 国庆节 not the 1st). */
    public LocalDate firstWorkingDayOf(java.time.YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidaySchedule current = schedule;
        if (!current.covers(day.getYear())) {
            if (yearsReported.add(day.getYear())) {
                LOG.error("No holiday calendar for {}: counting Monday to Friday as working days. Add "
                        + "holidays-{}.txt with the State Council schedule (loaded: {})",
                        day.getYear(), day.getYear(), current.years());
            }
            return isWeekday(day);
        }
        if (current.isMakeUpWorkday(day)) {
            return true;
        }
        return isWeekday(day) && !current.isDayOff(day);
    }

    /** The zone in which days begin and end. */
    public ZoneId zone() {
        return properties.timeZone();
    }

    /** The day an instant falls on, in the configured zone. */
    public LocalDate dayOf(Date instant) {
        return instant.toInstant().atZone(properties.timeZone()).toLocalDate();
    }

    /** The instant a deadline day ends, as the engine stores due dates. */
    public Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(properties.timeZone()).toInstant());
    }

    /** The start of the working day, when warnings are sent. */
    public Date startOfWork(LocalDate day) {
        return Date.from(day.atTime(START_OF_WORK).atZone(properties.timeZone()).toInstant());
    }

    private LocalDate move(LocalDate from, int days, DayType type, int step) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        if (type == DayType.NATURAL) {
            return from.plusDays((long) days * step);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
