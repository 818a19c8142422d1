package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseInput;

/** 延期审批: a rejection needs a reason and is recorded; either way the request is settled. */
@Component("extensionDecision")
class ExtensionDecisionListener implements ExecutionListener {

    private final SupervisionRecords records;

    ExtensionDecisionListener(SupervisionRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (CaseInput.requiredFlag(execution, EXTENSION_APPROVED)) {
            CaseInput.optionalText(execution, EXTENSION_DECISION_NOTE, 500);
            return;
        }
        CaseInput.requiredText(execution, EXTENSION_DECISION_NOTE, 500);
        execution.setVariable(REQUEST_EXTENSION, false);
        records.event(execution, EscalationKind.EXTENSION_REJECTED, CaseInput.count(execution, ESCALATION_LEVEL),
                CaseInput.requiredDate(execution, DUE_DATE));
    }
}
