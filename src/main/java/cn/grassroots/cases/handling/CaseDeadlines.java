package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;

/**
 * The instants at which the engine's timers fire, derived from the case's deadline and its policy. The BPMN
 * timers call these ({@code camunda:timeDate="${caseDeadlines.overdueAt(execution)}"}), so moving the deadline
 * and recalculating the timer jobs moves every tier with it.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

    private final WorkingCalendar calendar;
    private final CaseCard card;

    CaseDeadlines(WorkingCalendar calendar, CaseCard card) {
        this.card = card;
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
        return calendar.endOf(leadersDay(CaseInput.requiredDate(scope, DUE_DATE), DeadlineRules.load(scope)));
    }

    /**
     * 通报批评: {@code noticeGraceDays} after the leader escalation. Without that level in the policy the timer comes
     * with the leader escalation and the model ends it at once ({@link #noticeInPolicy}).
     */
    public Date noticeAt(VariableScope scope) {
        return calendar.endOf(noticeDay(CaseInput.requiredDate(scope, DUE_DATE), DeadlineRules.load(scope)));
    }

    /** Whether the case's policy has the 通报批评 level. */
    public boolean noticeInPolicy(VariableScope scope) {
        return DeadlineRules.load(scope).hasNotice();
    }

    /** The day the unit is warned: {@code warningLeadDays} before the deadline. */
    public LocalDate warningDay(VariableScope scope) {
        return warningDay(CaseInput.requiredDate(scope, DUE_DATE), DeadlineRules.load(scope));
    }

    /** How the case's handling limit is counted (working or calendar days), as its policy decided. */
    public static DayType limitDayType(VariableScope scope) {
        return DeadlineRules.load(scope).limitDayType();
    }

    /** The instants of a case's escalation ladder; {@code notice} is null where the policy has no 通报批评. */
    public record Tiers(Date warning, Date overdue, Date leaders, Date notice) {
    }

    /**
     * Every tier of the ladder for the case's current deadline, from its variables (a running case's, or a closed
     * one's as they last were): the same instants the timers use. Null before the case has a deadline and policy.
     */
    public Tiers tiers(java.util.Map<String, Object> variables) {
        if (variables.get(DUE_DATE) == null || !DeadlineRules.hasRule(variables::get)) {
            return null;
        }
        DeadlineRule rule = DeadlineRules.load(variables::get);
        LocalDate due = LocalDate.parse(variables.get(DUE_DATE).toString().substring(0, 10));
        return new Tiers(calendar.startOfWork(warningDay(due, rule)), calendar.endOf(due),
                calendar.endOf(leadersDay(due, rule)), rule.hasNotice() ? calendar.endOf(noticeDay(due, rule)) : null);
    }

    private LocalDate warningDay(LocalDate due, DeadlineRule rule) {
        return calendar.subtractDays(due, rule.warningLeadDays(), rule.limitDayType());
    }

    private LocalDate leadersDay(LocalDate due, DeadlineRule rule) {
        return calendar.addDays(due, rule.escalationGraceDays(), rule.limitDayType());
    }

    /** Without 通报批评 in the policy the notice timer comes with the leader escalation (and ends at once). */
    private LocalDate noticeDay(LocalDate due, DeadlineRule rule) {
        return calendar.addDays(leadersDay(due, rule), rule.hasNotice() ? rule.noticeGraceDays() : 0,
                rule.limitDayType());
    }

    private void resetFlags(DelegateExecution execution) {
        execution.setVariable(WARNING, false);
        execution.setVariable(OVERDUE, false);
        execution.setVariable(ESCALATION_LEVEL, 0);
        card.putWords(execution);
    }
}
