package cn.grassroots.cases.handling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar, from the holiday files there are at start ({@link HolidayCalendarFiles}). */
@Configuration
class CalendarConfig {

    @Bean
    HandlingCalendar handlingCalendar(HandlingProperties properties) {
        return new HandlingCalendar(properties, HolidayCalendarFiles.load(properties));
    }
}
