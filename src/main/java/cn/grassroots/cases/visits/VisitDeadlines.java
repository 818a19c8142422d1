package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;

/**
 * The instants the visit's timers fire, from its dates and its policy ({@code VisitPolicy}), counted in working days:
 * the visit is due on its planned day; the cadre is reminded {@code reminderGraceDays} after it and the supervision
 * office called in {@code superviseGraceDays} after it; the report is due {@code reportDays} after the visit.
 */
@Component("visitDeadlines")
public class VisitDeadlines {

    private final WorkingCalendar calendar;

    VisitDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public Date carryOutDueAt(VariableScope scope) {
        return calendar.endOf(plannedDate(scope));
    }

    public Date reminderAt(VariableScope scope) {
        return calendar.endOf(calendar.addDays(plannedDate(scope), days(scope, REMINDER_GRACE_DAYS), DayType.WORKING));
    }

    public Date overdueAt(VariableScope scope) {
        return calendar.endOf(calendar.addDays(plannedDate(scope), days(scope, SUPERVISE_GRACE_DAYS), DayType.WORKING));
    }

    public Date reportDueAt(VariableScope scope) {
        return calendar.endOf(reportDueDay(scope, LocalDate.parse(scope.getVariable(ACTUAL_DATE).toString())));
    }

    LocalDate reportDueDay(VariableScope scope, LocalDate actualDate) {
        return calendar.addDays(actualDate, days(scope, REPORT_DAYS), DayType.WORKING);
    }

    private static LocalDate plannedDate(VariableScope scope) {
        return LocalDate.parse(scope.getVariable(PLANNED_DATE).toString().substring(0, 10));
    }

    private static int days(VariableScope scope, String name) {
        return scope.getVariable(name) instanceof Number number ? number.intValue() : 0;
    }
}
