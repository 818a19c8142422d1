package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 回访: the rating is required; a dissatisfied reporter's reasons must be written down. */
@Component("callbackCompletion")
class CallbackCompletionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Satisfaction satisfaction = CaseInput.requiredEnum(execution, SATISFACTION, Satisfaction.class);
        if (satisfaction == Satisfaction.DISSATISFIED) {
            CaseInput.requiredText(execution, CALLBACK_NOTE, 1000);
        } else {
            CaseInput.optionalText(execution, CALLBACK_NOTE, 1000);
        }
    }
}
