package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.HolidayCalendarChanged;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseDeadlineMoved.Stage;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * When a holiday calendar arrives or changes, the deadlines that were counted through its year are counted again:
 * the case's deadline and sign-off limit (when the policy counted them; a date the dispatcher chose stays), every
 * pending timer of the case (warning, overdue, leader escalation, 通报批评), and the due dates of its open tasks. One
 * transaction per case; cases with nothing due from the first day of the earliest changed year are left alone.
 */
@Component
class DeadlineRecalculation {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecalculation.class);

    private final ProcessEngine engine;
    private final WorkingCalendar calendar;
    private final CaseDeadlines deadlines;
    private final OfficeTaskSetupListener officeTasks;
    private final ApplicationEventPublisher events;

    DeadlineRecalculation(ProcessEngine engine, WorkingCalendar calendar, CaseDeadlines deadlines,
            OfficeTaskSetupListener officeTasks, ApplicationEventPublisher events) {
        this.engine = engine;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.officeTasks = officeTasks;
        this.events = events;
    }

    @EventListener
    public void calendarChanged(HolidayCalendarChanged changed) {
        if (!changed.changedYears().isEmpty()) {
            recalculateFrom(LocalDate.of(Collections.min(changed.changedYears()), 1, 1));
        }
    }

    /** Counts again every pending deadline of the open cases that falls on {@code firstDay} or later. */
    int recalculateFrom(LocalDate firstDay) {
        Date from = Date.from(firstDay.atStartOfDay(calendar.now().getZone()).toInstant());
        Set<String> cases = new TreeSet<>();
        engine.getManagementService().createJobQuery().processDefinitionKey(IssueHandlingProcess.KEY).timers()
                .duedateHigherThan(from).list().forEach(job -> cases.add(job.getProcessInstanceId()));
        engine.getTaskService().createTaskQuery().processDefinitionKey(IssueHandlingProcess.KEY).dueAfter(from).list()
                .forEach(task -> cases.add(task.getProcessInstanceId()));
        var commands = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
        for (String processInstanceId : cases) {
            commands.execute(context -> recalculate(context, processInstanceId));
        }
        LOG.info("Deadlines from {} counted again with the holiday calendars {}: {} open cases", firstDay,
                calendar.schedule().years(), cases.size());
        return cases.size();
    }

    private Void recalculate(CommandContext context, String processInstanceId) {
        ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
        if (instance == null) {
            return null;
        }
        LocalDate due = DeadlineRules.countedDeadline(instance, calendar);
        if (due != null && !due.toString().equals(instance.getVariable(DUE_DATE))) {
            instance.setVariable(DUE_DATE, due.toString());
            events.publishEvent(new CaseDeadlineMoved(processInstanceId, Stage.RESOLVE, due));
        }
        LocalDate signOff = deadlines.countedSignOffDeadline(instance);
        if (signOff != null && !signOff.toString().equals(instance.getVariable(SIGN_OFF_DUE_DATE))) {
            instance.setVariable(SIGN_OFF_DUE_DATE, signOff.toString());
            events.publishEvent(new CaseDeadlineMoved(processInstanceId, Stage.SIGN_OFF, signOff));
        }
        ManagementService management = context.getProcessEngineConfiguration().getManagementService();
        for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            management.recalculateJobDuedate(timer.getId(), false);
        }
        TaskService tasks = context.getProcessEngineConfiguration().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            moveDueDate(tasks, task, instance);
        }
        return null;
    }

    private void moveDueDate(TaskService tasks, Task task, ExecutionEntity instance) {
        String key = task.getTaskDefinitionKey();
        boolean unitTask = Elements.TASK_ACCEPT_ISSUE.equals(key) || Elements.TASK_RESOLVE_ISSUE.equals(key)
                || Elements.TASK_APPROVE_EXTENSION.equals(key);
        Date due = Elements.TASK_ACCEPT_ISSUE.equals(key) ? deadlines.signOffOverdueAt(instance)
                : unitTask ? deadlines.overdueAt(instance)
                : officeTasks.dueFor(key, calendar.dayOf(task.getCreateTime()));
        if (due == null) {
            return;
        }
        task.setDueDate(due);
        if (Elements.TASK_RESOLVE_ISSUE.equals(key) && !Boolean.TRUE.equals(instance.getVariable(WARNING))) {
            task.setFollowUpDate(deadlines.warningAt(instance));
        }
        tasks.saveTask(task);
        if (unitTask) {
            tasks.setVariableLocal(task.getId(), DUE_DATE, instance.getVariable(DUE_DATE));
        }
    }
}
