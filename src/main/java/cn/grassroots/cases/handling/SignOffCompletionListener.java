package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 签收/退单: a unit that returns a case must say why; every return is counted (退单率). The case goes back to
 * sorting without a unit: the one that returned it is remembered, and neither it nor its person is proposed again.
 */
@Component("signOffCompletion")
class SignOffCompletionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (CaseInput.requiredFlag(execution, ACCEPTED)) {
            return;
        }
        CaseInput.requiredText(execution, RETURN_REASON, 500);
        execution.setVariable(RETURN_COUNT, CaseInput.count(execution, RETURN_COUNT) + 1);
        execution.setVariable(RESPONSIBLE_PERSON, null);
        execution.setVariable(RETURNED_BY_UNIT, execution.getVariable(RESPONSIBLE_UNIT));
        execution.setVariable(RETURNED_BY_UNIT_NAME, execution.getVariable(RESPONSIBLE_UNIT_NAME));
        execution.setVariable(RESPONSIBLE_UNIT, null);
        execution.setVariable(RESPONSIBLE_UNIT_NAME, null);
    }
}
