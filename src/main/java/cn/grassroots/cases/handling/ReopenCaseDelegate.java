package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.REOPEN_COUNT;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.UNIT_HANDLED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;

/**
 * 重办: the reporter was not satisfied. Counts the reopening and gives the unit a fresh handling limit under
 * the case's deadline policy, counted from today.
 */
@Component("reopenCase")
class ReopenCaseDelegate implements JavaDelegate {

    private final DeadlinePolicy policy;
    private final WorkingCalendar calendar;

    ReopenCaseDelegate(DeadlinePolicy policy, WorkingCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(REOPEN_COUNT, CaseInput.count(execution, REOPEN_COUNT) + 1);
        if (Boolean.TRUE.equals(execution.getVariable(UNIT_HANDLED))) {
            DeadlineRules.startFreshDeadline(execution, policy.decideFor(execution), calendar);
        }
    }
}
