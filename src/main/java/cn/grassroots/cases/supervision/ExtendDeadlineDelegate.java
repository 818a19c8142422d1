package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * 延期批准: moves the deadline by the days asked (counted like the handling limit) and recalculates every pending
 * timer of the resolution stage from it, so no timer fires at the old deadline. The warning is given again before the
 * new deadline: its timer sits on 办理, which the unit gets back after the decision.
 */
@Component("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

    static final String LEGACY_RESOLVE_WARNING = "Timer_ResolveWarning";

    /**
     * The stage's pending deadline timers; the warning is re-armed on 办理 when the unit gets the task back. Cases
     * started on the first version of the model still have their warning in an event sub-process: it is moved too.
     */
    static final List<String> DEADLINE_TIMERS = List.of(
            Elements.TIMER_RESOLVE_OVERDUE, Elements.TIMER_LEADER_ESCALATION, Elements.TIMER_PUBLIC_NOTICE,
            LEGACY_RESOLVE_WARNING);

    private final WorkingCalendar calendar;
    private final SupervisionRecords records;

    ExtendDeadlineDelegate(WorkingCalendar calendar, SupervisionRecords records) {
        this.calendar = calendar;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int days = CaseInput.requiredCount(execution, EXTENSION_DAYS);
        LocalDate oldDeadline = CaseInput.requiredDate(execution, DUE_DATE);
        LocalDate newDeadline = ExtensionPreview.extendedDeadline(execution, calendar);
        execution.setVariable(DUE_DATE, newDeadline.toString());
        execution.setVariable(TOTAL_EXTENSION_DAYS, CaseInput.count(execution, TOTAL_EXTENSION_DAYS) + days);
        execution.setVariable(REQUEST_EXTENSION, false);
        execution.setVariable(WARNING, false);
        recalculateTimers(execution);
        records.event(execution, EscalationKind.EXTENSION_APPROVED, CaseInput.count(execution, ESCALATION_LEVEL),
                oldDeadline);
        records.watch(execution, CaseWatch.STAGE_RESOLVE, newDeadline);
        records.extension(execution, days, CaseInput.optionalText(execution, EXTENSION_REASON, 1000), oldDeadline,
                newDeadline);
    }

    private static void recalculateTimers(DelegateExecution execution) {
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers()
                .list()) {
            String activityId = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            if (DEADLINE_TIMERS.contains(activityId)) {
                management.recalculateJobDuedate(job.getId(), false);
            }
        }
    }
}
