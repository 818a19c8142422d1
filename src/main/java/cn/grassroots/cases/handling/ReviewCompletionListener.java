package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 审核: sending a resolution back (重办) needs a reason; every send-back is counted (重办率). */
@Component("reviewCompletion")
class ReviewCompletionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (CaseInput.requiredFlag(execution, APPROVED)) {
            return;
        }
        CaseInput.requiredText(execution, SEND_BACK_REASON, 500);
        execution.setVariable(SEND_BACK_COUNT, CaseInput.count(execution, SEND_BACK_COUNT) + 1);
    }
}
