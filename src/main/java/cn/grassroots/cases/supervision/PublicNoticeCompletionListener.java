package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.NOTICE_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseInput;

/** 通报批评: the text of the notice is required. */
@Component("publicNoticeCompletion")
class PublicNoticeCompletionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            CaseInput.requiredText(execution, NOTICE_TEXT, 2000);
        }
    }
}
