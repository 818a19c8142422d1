package cn.grassroots.cases.inspection;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import cn.grassroots.cases.calendar.WorkingCalendar;

/** Times as people read them: {@code yyyy-MM-dd HH:mm} in the county's time zone. */
final class InspectionTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private InspectionTimes() {
    }

    static String minutes(Date at, WorkingCalendar calendar) {
        return at == null ? null : MINUTES.format(at.toInstant().atZone(calendar.zone()));
    }
}
