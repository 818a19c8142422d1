package cn.grassroots.cases.handling;

import java.util.Date;

import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.calendar.DayType;

/**
 * Used by the Tasklist filter 即将到期 ({@code dueBeforeExpression="${dueSoon.limit()}"}): the end of the
 * {@code grassroots.handling.due-soon-days}-th working day from today.
 */
@Component("dueSoon")
public class DueSoon {

    private final WorkingCalendar calendar;
    private final HandlingProperties properties;

    DueSoon(WorkingCalendar calendar, HandlingProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Just after that day ends: the filter's {@code dueBefore} is exclusive and due dates end at 23:59:59. */
    public Date limit() {
        Date endOfDay = calendar.endOf(calendar.deadlineFromToday(properties.dueSoonDays(), DayType.WORKING));
        return new Date(endOfDay.getTime() + 1000);
    }
}
