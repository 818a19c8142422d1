package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.CLOSING_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 未解决办结: a case may only close unresolved with the explanation given to the reporter on record. */
@Component("closeUnresolvedCompletion")
class CloseUnresolvedCompletionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CaseInput.requiredText(execution, CLOSING_NOTE, 2000);
    }
}
