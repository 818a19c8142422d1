package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;

/**
 * The instants at which the engine's timers fire, derived from the case's deadline and its policy. The BPMN
 * timers call these ({@code camunda:timeDate="${caseDeadlines.overdueAt(execution)}"}), so moving the deadline
 * and recalculating the timer jobs moves every tier with it.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

    private final WorkingCalendar calendar;

    CaseDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Sign-off stage starts: the unit has {@code signOffDays} from today to accept or return the case. */
    public void startSignOff(DelegateExecution execution) {
        DeadlineRule rule = DeadlineRules.load(execution);
        execution.setVariable(SIGN_OFF_DUE_DATE,
                calendar.deadlineFromToday(rule.signOffDays(), rule.signOffDayType()).toString());
        execution.setVariable(SIGN_OFF_COUNTED_FROM, calendar.today().toString());
        resetFlags(execution);
    }

    /** Resolution stage starts (again): warning, overdue and escalation level describe its deadline only. */
    public void startResolution(DelegateExecution execution) {
        resetFlags(execution);
    }

    /** The sign-off deadline as its basis counts it today (null for cases without the basis). */
    LocalDate countedSignOffDeadline(VariableScope scope) {
        Object from = scope.getVariable(SIGN_OFF_COUNTED_FROM);
        if (!(from instanceof String day)) {
            return null;
        }
        DeadlineRule rule = DeadlineRules.load(scope);
        return calendar.addDays(LocalDate.parse(day), rule.signOffDays(), rule.signOffDayType());
    }

    public Date signOffOverdueAt(VariableScope scope) {
        return calendar.endOf(CaseInput.requiredDate(scope, SIGN_OFF_DUE_DATE));
    }

    public Date warningAt(VariableScope scope) {
        return calendar.startOfWork(warningDay(scope));
    }

    public Date overdueAt(VariableScope scope) {
        return calendar.endOf(CaseInput.requiredDate(scope, DUE_DATE));
    }

    public Date escalationAt(VariableScope scope) {
        DeadlineRule rule = DeadlineRules.load(scope);
        LocalDate due = CaseInput.requiredDate(scope, DUE_DATE);
        return calendar.endOf(calendar.addDays(due, rule.escalationGraceDays(), rule.limitDayType()));
    }

    /**
     * 通报批评: {@code noticeGraceDays} after the leader escalation. Without that level in the policy the timer comes
     * with the leader escalation and the model ends it at once ({@link #noticeInPolicy}).
     */
    public Date noticeAt(VariableScope scope) {
        DeadlineRule rule = DeadlineRules.load(scope);
        LocalDate leaders = calendar.addDays(CaseInput.requiredDate(scope, DUE_DATE), rule.escalationGraceDays(),
                rule.limitDayType());
        int days = rule.hasNotice() ? rule.noticeGraceDays() : 0;
        return calendar.endOf(calendar.addDays(leaders, days, rule.limitDayType()));
    }

    /** Whether the case's policy has the 通报批评 level. */
    public boolean noticeInPolicy(VariableScope scope) {
        return DeadlineRules.load(scope).hasNotice();
    }

    /** The day the unit is warned: {@code warningLeadDays} before the deadline. */
    public LocalDate warningDay(VariableScope scope) {
        DeadlineRule rule = DeadlineRules.load(scope);
        return calendar.subtractDays(CaseInput.requiredDate(scope, DUE_DATE), rule.warningLeadDays(),
                rule.limitDayType());
    }

    private static void resetFlags(DelegateExecution execution) {
        execution.setVariable(WARNING, false);
        execution.setVariable(OVERDUE, false);
        execution.setVariable(ESCALATION_LEVEL, 0);
    }
}
