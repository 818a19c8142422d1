package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a case reaches the responsible unit: gives the task its due date (the sign-off limit for 签收, the
 * case deadline for 办理) and, for 办理, the warning day as follow-up date, so Tasklist shows and sorts both;
 * assigns it to the responsible person if the dispatcher named one.
 */
@Component("unitTaskSetup")
class UnitTaskSetupListener implements TaskListener {

    private final CaseDeadlines deadlines;
    private final CaseCard card;

    UnitTaskSetupListener(CaseDeadlines deadlines, CaseCard card) {
        this.card = card;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        if (IssueHandlingProcess.Elements.TASK_ACCEPT_ISSUE.equals(task.getTaskDefinitionKey())) {
            task.setDueDate(deadlines.signOffOverdueAt(task));
        } else {
            task.setDueDate(deadlines.overdueAt(task));
            task.setFollowUpDate(deadlines.warningAt(task));
            if (Boolean.TRUE.equals(task.getVariable(LOOK_BACK_FAILED))) {
                // the unit must see at once that this case came back from a spot check
                task.setName(task.getName() + "（回头看未通过）");
            }
        }
        // the unit may read its task but not the whole case: the card's words go onto the task
        card.notify(task);
        Object person = task.getVariable(RESPONSIBLE_PERSON);
        if (person instanceof String userId && !userId.isBlank()) {
            task.setAssignee(userId);
        }
    }
}
