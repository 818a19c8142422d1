package cn.grassroots.cases.handling;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Used by the Tasklist filter 即将到期 ({@code dueBeforeExpression="${dueSoon.limit()}"}): the end of the
 * {@code grassroots.handling.due-soon-days}-th working day from today.
 */
@Component("dueSoon")
public class DueSoon {

    private final HandlingCalendar calendar;
    private final HandlingProperties properties;

    DueSoon(HandlingCalendar calendar, HandlingProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Just after that day ends: the filter's {@code dueBefore} is exclusive and due dates end at 23:59:59. */
    public Date limit() {
        Date endOfDay = calendar.endOf(calendar.deadlineFromToday(properties.dueSoonDays(), DayType.WORKING));
        return new Date(endOfDay.getTime() + 1000);
    }
}
