package cn.grassroots.cases.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar, from the holiday files there are at start ({@link HolidayCalendarFiles}). */
@Configuration
class CalendarConfig {

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties) {
        return new WorkingCalendar(properties, HolidayCalendarFiles.load(properties));
    }
}
