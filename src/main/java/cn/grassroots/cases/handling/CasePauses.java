package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 中止计时: a unit in 办理 waiting for the reporter's material, an appraisal or a court asks to stop the clock; the
 * dispatch office decides. While the case waits at {@code Task_ResumeClock} its deadline timers are suspended, so none
 * fires; when the unit resumes it — or the policy's limit on paused working days does ({@code PausePolicy}) — the
 * deadline and every pending deadline timer move by the working days the case was paused.
 */
@Component("casePauses")
public class CasePauses {

    /** The stage's deadline timers (the warning sits on 办理 and is armed anew when the unit gets it back). */
    static final List<String> DEADLINE_TIMERS = List.of(Elements.TIMER_RESOLVE_OVERDUE,
            Elements.TIMER_LEADER_ESCALATION, Elements.TIMER_PUBLIC_NOTICE);

    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final CaseCard card;

    CasePauses(WorkingCalendar calendar, ApplicationEventPublisher events, CaseCard card) {
        this.card = card;
        this.calendar = calendar;
        this.events = events;
    }

    /** Whether the unit's submission asks to stop the clock. */
    public boolean requested(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable(REQUEST_PAUSE));
    }

    /**
     * Checks a request to stop the clock (from 办理's submission): before the deadline, with a reason, and within what
     * the policy leaves of the case's paused days.
     */
    void checkRequest(DelegateExecution execution, Date deadline) {
        if (execution.getVariable(REQUEST_PAUSE) instanceof String text) {
            execution.setVariable(REQUEST_PAUSE, Boolean.parseBoolean(text));
        }
        if (Boolean.TRUE.equals(execution.getVariable(REQUEST_EXTENSION))) {
            throw new InvalidCaseInputException(REQUEST_PAUSE, Code.NOT_ALLOWED, "延期和中止计时只能申请其一");
        }
        if (org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().after(deadline)) {
            throw new InvalidCaseInputException(REQUEST_PAUSE, Code.NOT_ALLOWED, "办理期限 "
                    + execution.getVariable(DUE_DATE) + " 已过；中止计时须在办理期限届满前申请");
        }
        int max = maxPausedDays(execution);
        execution.setVariable(MAX_PAUSED_DAYS, max);
        if (max - CaseInput.count(execution, TOTAL_PAUSED_DAYS) < 1) {
            throw new InvalidCaseInputException(REQUEST_PAUSE, Code.NOT_ALLOWED, "本案已累计中止计时 " + max
                    + " 个工作日，达到政策允许的上限");
        }
        CaseInput.requiredText(execution, PAUSE_REASON, 500);
        execution.setVariable(REQUEST_EXTENSION, false);
    }

    private int maxPausedDays(DelegateExecution execution) {
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        Map<String, Object> result = Context.getCommandContext().runWithoutAuthorization(() -> decisions
                .evaluateDecisionByKey("PausePolicy").variables(Map.of("urgency", String.valueOf(
                        execution.getVariable(URGENCY)))).evaluate().getSingleResult().getEntryMap());
        return ((Number) result.get("maxPausedDays")).intValue();
    }

    /** 审批中止计时: the dispatch office's decision; a refusal says why. */
    public void decided(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approved = CaseInput.requiredFlag(execution, PAUSE_APPROVED);
        if (approved) {
            CaseInput.optionalText(execution, PAUSE_DECISION_NOTE, 500);
        } else {
            CaseInput.requiredText(execution, PAUSE_DECISION_NOTE, 500);
        }
        execution.setVariable(REQUEST_PAUSE, false);
    }

    /** The clock stops: the deadline timers are suspended. */
    public void paused(DelegateExecution execution) {
        execution.setVariable(PAUSED_SINCE, calendar.today().toString());
        deadlineTimers(execution, true, false);
        events.publishEvent(new CasePaused(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), true,
                CaseInput.requiredDate(execution, DUE_DATE), 0, (String) execution.getVariable(PAUSE_REASON)));
    }

    /** The end of the working day on which the case has used up the paused days the policy allows. */
    public Date limitAt(DelegateExecution execution) {
        int left = CaseInput.count(execution, MAX_PAUSED_DAYS) - CaseInput.count(execution, TOTAL_PAUSED_DAYS);
        // the day the clock stopped is the first paused day
        return calendar.endOf(calendar.addDays(calendar.today(), Math.max(1, left) - 1, DayType.WORKING));
    }

    /** 中止计时中: the unit's task, due when the limit resumes the clock. */
    public void resumeTask(DelegateTask task) {
        task.setDueDate(limitAt((DelegateExecution) task.getExecution()));
        card.notify(task);
    }

    /** The clock starts again (the unit resumed it, or the limit did): deadline and timers move by the paused days. */
    public void resumed(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            // the unit resumes it and says what came; the limit's timer cancels the task and needs no words
            CaseInput.requiredText(execution, RESUME_NOTE, 500);
        }
        LocalDate since = LocalDate.parse((String) execution.getVariable(PAUSED_SINCE));
        int days = workingDaysBetween(since, calendar.today());
        LocalDate due = CaseInput.requiredDate(execution, DUE_DATE);
        LocalDate moved = calendar.addDays(due, days, DayType.WORKING);
        execution.setVariable(DUE_DATE, moved.toString());
        execution.setVariable(TOTAL_PAUSED_DAYS, CaseInput.count(execution, TOTAL_PAUSED_DAYS) + days);
        execution.setVariable(DEADLINE_PAUSED_DAYS, CaseInput.count(execution, DEADLINE_PAUSED_DAYS) + days);
        execution.removeVariable(PAUSED_SINCE);
        deadlineTimers(execution, false, true);
        events.publishEvent(new CasePaused(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), false,
                moved, days, (String) execution.getVariable(PAUSE_REASON)));
    }

    /** Working days from {@code since} (included) to {@code until} (not included). */
    int workingDaysBetween(LocalDate since, LocalDate until) {
        int days = 0;
        for (LocalDate day = since; day.isBefore(until); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** Suspends (or activates and recounts from the moved deadline) the stage's pending deadline timers. */
    private static void deadlineTimers(DelegateExecution execution, boolean suspend, boolean recalculate) {
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers()
                    .list()) {
                String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId();
                if (!DEADLINE_TIMERS.contains(activity)) {
                    continue;
                }
                // on the job entity of this command, so that suspension and the moved due date are one update
                JobEntity entity = Context.getCommandContext().getJobManager().findJobById(job.getId());
                entity.setSuspensionState(suspend ? SuspensionState.SUSPENDED.getStateCode()
                        : SuspensionState.ACTIVE.getStateCode());
                if (recalculate) {
                    management.recalculateJobDuedate(job.getId(), false);
                }
            }
            return null;
        });
    }
}
