package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.CLOSED_AT;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Called by the end events: records how and when the case ended. */
@Component("caseClosure")
public class CaseClosure {

    public void close(DelegateExecution execution, String outcome) {
        execution.setVariable(OUTCOME, Outcome.valueOf(outcome).name());
        execution.setVariable(CLOSED_AT, ClockUtil.getCurrentTime());
    }
}
