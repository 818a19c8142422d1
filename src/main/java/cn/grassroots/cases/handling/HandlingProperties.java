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
 * @param requireCalendar   refuse to start when the longest deadline from today reaches a year without holiday data
 * @param dueSoonDays       the Tasklist filter 即将到期 shows tasks due within this many days
 */
@ConfigurationProperties("grassroots.handling")
public record HandlingProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("SX") String caseNumberPrefix,
        @DefaultValue("2") int maxReopens,
        @DefaultValue("classpath*:calendar/holidays-*.txt") String calendarFiles,
        @DefaultValue("true") boolean requireCalendar,
        @DefaultValue("3") int dueSoonDays) {
}
