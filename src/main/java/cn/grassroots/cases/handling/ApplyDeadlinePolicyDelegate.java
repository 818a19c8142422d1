package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.RESPONSIBLE_UNIT;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.RETURNED_BY_UNIT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;

/**
 * Before every (re-)sorting: asks the deadline policy for the case's limits, keeps them on the case and
 * proposes a responsible unit and a deadline counted from today, which the dispatcher may change.
 */
@Component("applyDeadlinePolicy")
class ApplyDeadlinePolicyDelegate implements JavaDelegate {

    private final DeadlinePolicy policy;
    private final WorkingCalendar calendar;

    ApplyDeadlinePolicyDelegate(DeadlinePolicy policy, WorkingCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeadlineRule rule = policy.decideFor(execution);
        DeadlineRules.startFreshDeadline(execution, rule, calendar);
        // the policy's unit is proposed, unless it is the one that has just returned the case
        if (execution.getVariable(RESPONSIBLE_UNIT) == null
                && !java.util.Objects.equals(rule.responsibleUnit(), execution.getVariable(RETURNED_BY_UNIT))) {
            execution.setVariable(RESPONSIBLE_UNIT, rule.responsibleUnit());
        }
    }
}
