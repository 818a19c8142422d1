package cn.grassroots.cases.calendar;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar ({@code grassroots.calendar.*}), shared by every process with deadlines.
 *
 * @param timeZone     zone in which deadlines are counted and days end
 * @param files        the holiday calendars ({@code holidays-<year>.txt}) that come with the application
 * @param dir          a folder outside the application where the county adds next year's calendar when the State
 *                     Council publishes it (a file there wins over the same year's built-in one); read at start and
 *                     whenever its files change, and pending deadlines are recalculated
 * @param pollInterval how often {@code dir} is looked at
 */
@ConfigurationProperties("grassroots.calendar")
public record CalendarProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("classpath*:calendar/holidays-*.txt") String files,
        @DefaultValue("") String dir,
        @DefaultValue("60s") Duration pollInterval) {
}
