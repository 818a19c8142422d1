package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;

/**
 * 回头看未通过，重新交办原单位: the unit gets a fresh handling limit under the case's own deadline policy, counted from
 * today, and the read models follow the case to this instance.
 */
@Component("lookBackReopen")
class LookBackReopenDelegate implements JavaDelegate {

    static final String PREVIOUS_INSTANCE = "previousProcessInstanceId";

    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    LookBackReopenDelegate(WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.calendar = calendar;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeadlineRules.startFreshDeadline(execution, DeadlineRules.load(execution), calendar);
        followed(execution, CaseReopened.Why.LOOK_BACK_FAILED);
    }

    /** The read models follow the case to this instance. */
    void followed(DelegateExecution execution, CaseReopened.Why why) {
        String previous = (String) execution.getVariable(PREVIOUS_INSTANCE);
        execution.removeVariable(PREVIOUS_INSTANCE);
        events.publishEvent(new CaseReopened(execution.getProcessBusinessKey(), previous,
                execution.getProcessInstanceId(), why));
    }
}
