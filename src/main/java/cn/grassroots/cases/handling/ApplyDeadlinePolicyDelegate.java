package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before every (re-)sorting: asks the deadline policy for the case's limits, keeps them on the case and
 * proposes a responsible unit and a deadline counted from today, which the dispatcher may change.
 */
@Component("applyDeadlinePolicy")
class ApplyDeadlinePolicyDelegate implements JavaDelegate {

    private final DeadlinePolicy policy;
    private final HandlingCalendar calendar;

    ApplyDeadlinePolicyDelegate(DeadlinePolicy policy, HandlingCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeadlineRule rule = policy.decide(
                CaseInput.requiredEnum(execution, CATEGORY, Category.class),
                CaseInput.requiredEnum(execution, URGENCY, Urgency.class),
                CaseInput.requiredEnum(execution, CHANNEL, Channel.class));
        DeadlineRules.store(execution, rule);
        if (execution.getVariable(RESPONSIBLE_UNIT) == null) {
            execution.setVariable(RESPONSIBLE_UNIT, rule.responsibleUnit());
        }
        execution.setVariable(DUE_DATE, calendar.deadlineFromToday(rule.limitDays(), rule.limitDayType()).toString());
    }
}
