package cn.grassroots.cases.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.system.BeforeServingEvent;
import cn.grassroots.cases.system.SystemWarning;

/**
 * Whether every working-day deadline the processes can set from today ({@link DeadlineHorizon}: the longest limit with
 * its grace periods) falls in years whose holiday calendar is loaded. Where one is missing the system still runs,
 * counting Monday to Friday there, and says so loudly, naming the year: in the log at start-up and whenever the
 * calendars change, in the health endpoint (component {@code holidayCalendar}: still {@code UP}, for the system works, with the
 * missing years and the remedy in its details for a logged-in person) and in Cockpit
 * ({@code GET /api/system/warnings}). A start is never refused for it (issue 9: a production start refused on
 * 2026-11-27 because 2027's schedule was not yet published).
 */
@Component("holidayCalendarHealthIndicator")
class CalendarCoverage implements HealthIndicator, SystemWarning.Source {

    static final String WARNING_CODE = "HOLIDAY_CALENDAR_MISSING";
    static final String WARNING = "WARNING";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverage.class);

    private final List<DeadlineHorizon> horizons;
    private final WorkingCalendar calendar;
    private final CalendarProperties properties;
    private volatile Integer horizon;

    CalendarCoverage(List<DeadlineHorizon> horizons, WorkingCalendar calendar, CalendarProperties properties) {
        this.horizons = horizons;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The years, from this one on, in which a deadline set today may fall and for which no calendar is loaded. */
    List<Integer> missingYears() {
        LocalDate last = calendar.deadlineFromToday(horizon(), DayType.WORKING);
        List<Integer> missing = new ArrayList<>();
        for (int year = calendar.today().getYear(); year <= last.getYear(); year++) {
            if (!calendar.schedule().covers(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    @EventListener({BeforeServingEvent.class, HolidayCalendarChanged.class})
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    public void report() {
        horizon = null;
        List<Integer> missing = missingYears();
        if (missing.isEmpty()) {
            LOG.info("Holiday calendars {} cover every deadline that can be set from today", calendar.schedule().years());
        } else {
            LOG.warn("{} Until then working days there are counted Monday to Friday.", problem(missing));
        }
    }

    @Override
    public Health health() {
        List<Integer> missing = missingYears();
        return missing.isEmpty() ? Health.up().build()
                : Health.up().withDetail("missingYears", missing).withDetail("warning", problem(missing)).build();
    }

    @Override
    public List<SystemWarning> warnings() {
        List<Integer> missing = missingYears();
        if (missing.isEmpty()) {
            return List.of();
        }
        String years = String.join("、", missing.stream().map(String::valueOf).toList());
        return List.of(new SystemWarning(WARNING_CODE, "缺少" + years + "年的节假日安排：落在该年的办理期限暂按周一至周五计算。"
                + "国务院公布安排后，请将其保存为 holidays-" + missing.get(0) + ".txt 放入" + where()
                + "，系统会自动读取并重新计算未到期的期限。"));
    }

    private String problem(List<Integer> missing) {
        return "No holiday calendar for " + missing + ": deadlines set from today can fall there (loaded: "
                + calendar.schedule().years() + "). Add holidays-" + missing.get(0) + ".txt (the State Council schedule) to "
                + (properties.dir().isBlank() ? "the folder named by grassroots.calendar.dir" : properties.dir())
                + "; pending deadlines are recalculated when it appears.";
    }

    private String where() {
        return properties.dir().isBlank() ? "节假日安排目录（grassroots.calendar.dir）" : "目录 " + properties.dir();
    }

    /** The longest of the processes' horizons, asked once and again whenever the calendars are reported. */
    private int horizon() {
        Integer known = horizon;
        if (known == null) {
            known = horizons.stream().mapToInt(DeadlineHorizon::longestWorkingDays).max().orElse(0);
            horizon = known;
        }
        return known;
    }
}
