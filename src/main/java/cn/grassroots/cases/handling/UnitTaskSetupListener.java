package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a case reaches the responsible unit: gives the task its due date (the sign-off limit for 签收, the
 * case deadline for 办理) so Tasklist shows and sorts it, and assigns it to the responsible person if the
 * dispatcher named one.
 */
@Component("unitTaskSetup")
class UnitTaskSetupListener implements TaskListener {

    private final HandlingCalendar calendar;

    UnitTaskSetupListener(HandlingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setDueDate(calendar.endOf(deadlineOf(task)));
        Object person = task.getVariable(RESPONSIBLE_PERSON);
        if (person instanceof String userId && !userId.isBlank()) {
            task.setAssignee(userId);
        }
    }

    private LocalDate deadlineOf(DelegateTask task) {
        if (IssueHandlingProcess.Elements.TASK_ACCEPT_ISSUE.equals(task.getTaskDefinitionKey())) {
            DeadlineRule rule = DeadlineRules.load(task);
            return calendar.deadlineFromToday(rule.signOffDays(), rule.signOffDayType());
        }
        return CaseInput.requiredDate(task, DUE_DATE);
    }
}
