package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.calendar.DayType;

/** Keeps a {@link DeadlineRule} on a case as plain variables, which Tasklist, Cockpit and reports can read. */
final class DeadlineRules {

    private DeadlineRules() {
    }

    static void store(VariableScope scope, DeadlineRule rule) {
        scope.setVariable(POLICY_UNIT, rule.responsibleUnit());
        scope.setVariable(LIMIT_DAYS, rule.limitDays());
        scope.setVariable(LIMIT_DAY_TYPE, rule.limitDayType().name());
        scope.setVariable(SIGN_OFF_DAYS, rule.signOffDays());
        scope.setVariable(SIGN_OFF_DAY_TYPE, rule.signOffDayType().name());
        scope.setVariable(WARNING_LEAD_DAYS, rule.warningLeadDays());
        scope.setVariable(ESCALATION_GRACE_DAYS, rule.escalationGraceDays());
        scope.setVariable(MAX_EXTENSION_DAYS, rule.maxExtensionDays());
        scope.setVariable(NOTICE_GRACE_DAYS, rule.noticeGraceDays());
    }

    /** Keeps the rule and starts a fresh handling limit counted from today: the proposed {@code dueDate}. */
    static void startFreshDeadline(VariableScope scope, DeadlineRule rule, WorkingCalendar calendar) {
        store(scope, rule);
        scope.setVariable(DUE_DATE, calendar.deadlineFromToday(rule.limitDays(), rule.limitDayType()).toString());
        scope.setVariable(DEADLINE_COUNTED_FROM, calendar.today().toString());
        scope.setVariable(DEADLINE_BASE_DAYS, rule.limitDays());
        scope.setVariable(TOTAL_EXTENSION_DAYS, 0);
        scope.setVariable(DEADLINE_PAUSED_DAYS, 0);
    }

    /** The deadline as its basis counts it today (null when the case has no basis, e.g. started before it was kept). */
    static LocalDate countedDeadline(VariableScope scope, WorkingCalendar calendar) {
        Object from = scope.getVariable(DEADLINE_COUNTED_FROM);
        if (!(from instanceof String day) || scope.getVariable(LIMIT_DAY_TYPE) == null) {
            return null;
        }
        LocalDate counted = calendar.addDays(LocalDate.parse(day),
                CaseInput.count(scope, DEADLINE_BASE_DAYS) + CaseInput.count(scope, TOTAL_EXTENSION_DAYS),
                DayType.valueOf((String) scope.getVariable(LIMIT_DAY_TYPE)));
        // the working days the clock stood still (中止计时) move it on
        int paused = CaseInput.count(scope, DEADLINE_PAUSED_DAYS);
        return paused > 0 ? calendar.addDays(counted, paused, DayType.WORKING) : counted;
    }

    static DeadlineRule load(VariableScope scope) {
        return load(scope::getVariable);
    }

    /** The case's policy from its variables, however they are read (a running case's scope, a closed one's history). */
    static DeadlineRule load(java.util.function.Function<String, Object> variables) {
        return new DeadlineRule(
                (String) variables.apply(POLICY_UNIT),
                count(variables.apply(LIMIT_DAYS)),
                DayType.valueOf((String) variables.apply(LIMIT_DAY_TYPE)),
                count(variables.apply(SIGN_OFF_DAYS)),
                DayType.valueOf((String) variables.apply(SIGN_OFF_DAY_TYPE)),
                count(variables.apply(WARNING_LEAD_DAYS)),
                count(variables.apply(ESCALATION_GRACE_DAYS)),
                count(variables.apply(MAX_EXTENSION_DAYS)),
                variables.apply(NOTICE_GRACE_DAYS) instanceof Number days ? days.intValue() : null);
    }

    private static int count(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }
}
