package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 延期审批: whoever asked for the extension cannot decide it; a rejection needs a reason and is recorded; either way
 * the request is settled.
 */
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
        var person = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Object requestedBy = execution.getVariable(EXTENSION_REQUESTED_BY);
        if (person != null && requestedBy != null && requestedBy.equals(person.getUserId())) {
            throw new InvalidCaseInputException(EXTENSION_APPROVED, Code.NOT_ALLOWED,
                    "这项延期是您（" + person.getUserId() + "）本人申请的，不能自己审批；请由本单位其他负责人或督查室审批");
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
