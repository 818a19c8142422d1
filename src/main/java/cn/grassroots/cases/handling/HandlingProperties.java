package cn.grassroots.cases.handling;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the issue-handling process ({@code grassroots.handling.*}).
 *
 * @param timeZone          zone in which deadlines are counted and days end
 * @param caseNumberPrefix  first part of every case number, e.g. {@code SX} in {@code SX-2026-000123}
 * @param maxReopens        how often a dissatisfied reporter may reopen a case before it closes unresolved
 * @param calendarFiles     where the holiday calendars ({@code holidays-<year>.txt}) are read from
 * @param beyondCalendar    what working-day counting does in a year without a holiday calendar
 * @param dueSoonDays       the Tasklist filter 即将到期 shows tasks due within this many days
 */
@ConfigurationProperties("grassroots.handling")
public record HandlingProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("SX") String caseNumberPrefix,
        @DefaultValue("2") int maxReopens,
        @DefaultValue("classpath*:calendar/holidays-*.txt") String calendarFiles,
        @DefaultValue("FAIL") BeyondCalendar beyondCalendar,
        @DefaultValue("3") int dueSoonDays) {

    /** Working days in a year whose official holiday schedule is not loaded. */
    public enum BeyondCalendar {
        /** Refuse: start-up fails, and so does any deadline computed into that year (an incident in Cockpit). */
        FAIL,
        /** Count Monday to Friday and log a warning: for demos and tests, never for production. */
        WEEKENDS_ONLY
    }
}
