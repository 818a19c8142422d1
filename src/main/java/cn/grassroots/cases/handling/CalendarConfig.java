package cn.grassroots.cases.handling;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The working-day calendar, from the holiday files named by {@code grassroots.handling.calendar-files}. */
@Configuration
class CalendarConfig {

    @Bean
    HolidaySchedule holidaySchedule(HandlingProperties properties) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(properties.calendarFiles());
        return HolidaySchedule.of(files);
    }

    @Bean
    HandlingCalendar handlingCalendar(HandlingProperties properties, HolidaySchedule schedule) {
        return new HandlingCalendar(properties, schedule);
    }
}
