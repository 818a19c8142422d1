package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.CLOSED_AT;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Called by the end events: records how and when the case ended, and tells whoever follows cases ({@link CaseClosed}). */
@Component("caseClosure")
public class CaseClosure {

    private final ApplicationEventPublisher events;

    CaseClosure(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void close(DelegateExecution execution, String outcome) {
        Outcome ended = Outcome.valueOf(outcome);
        execution.setVariable(OUTCOME, ended.name());
        execution.setVariable(CLOSED_AT, ClockUtil.getCurrentTime());
        events.publishEvent(new CaseClosed(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), ended));
    }
}
