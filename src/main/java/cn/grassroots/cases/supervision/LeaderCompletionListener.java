package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.LEADER_INSTRUCTION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseInput;

/** 挂牌督办: the leader's instruction is required. */
@Component("leaderCompletion")
class LeaderCompletionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            CaseInput.requiredText(execution, LEADER_INSTRUCTION, 1000);
        }
    }
}
