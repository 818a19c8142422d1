package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Copies the case number, title, unit and deadline onto the task as task-local variables. People who may read
 * their task but not the whole case (a unit, a unit head deciding an extension) see them in Tasklist's list
 * columns, which read these copies.
 */
@Component("taskCaseFacts")
class TaskCaseFactsListener implements TaskListener {

    private static final String[] LIST_COLUMNS = {CASE_NUMBER, TITLE, RESPONSIBLE_UNIT, DUE_DATE};

    @Override
    public void notify(DelegateTask task) {
        copyTo(task);
    }

    static void copyTo(DelegateTask task) {
        for (String name : LIST_COLUMNS) {
            task.setVariableLocal(name, task.getVariable(name));
        }
    }
}
