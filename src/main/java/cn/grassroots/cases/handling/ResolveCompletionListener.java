package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 办理: the unit's reply to the reporter and what it did are both required. */
@Component("resolveCompletion")
class ResolveCompletionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CaseInput.requiredText(execution, RESOLUTION, 2000);
        CaseInput.requiredText(execution, MEASURES_TAKEN, 2000);
        execution.setVariable(UNIT_HANDLED, true);
    }
}
