package cn.grassroots.cases.handling;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 并单 undone: the case runs again under its number and goes back to sorting; the read models follow it. */
@Component("unmergeCase")
class UnmergeCaseDelegate implements JavaDelegate {

    private final LookBackReopenDelegate reopening;

    UnmergeCaseDelegate(LookBackReopenDelegate reopening) {
        this.reopening = reopening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.removeVariable(IssueHandlingProcess.Variables.MERGE_INTO);
        reopening.followed(execution, CaseReopened.Why.UNMERGED);
    }
}
