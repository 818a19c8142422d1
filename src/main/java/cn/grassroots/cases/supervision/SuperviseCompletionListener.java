package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 督办: the notice sent to the unit is required; a commitment date the unit gave, if any, must not be in the past
 * and becomes the follow-up date of the unit's open task.
 */
@Component("superviseCompletion")
class SuperviseCompletionListener implements ExecutionListener {

    private final WorkingCalendar calendar;

    SuperviseCompletionListener(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CaseInput.requiredText(execution, SUPERVISE_NOTE, 1000);
        Object commitment = execution.getVariable(COMMITMENT_DATE);
        if (commitment == null || commitment.toString().isBlank()) {
            return;
        }
        LocalDate date = CaseInput.requiredDate(execution, COMMITMENT_DATE);
        if (date.isBefore(calendar.today())) {
            throw new InvalidCaseInputException(COMMITMENT_DATE, Code.OUT_OF_RANGE, "不能早于今天");
        }
        var taskService = execution.getProcessEngineServices().getTaskService();
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(Elements.TASK_ACCEPT_ISSUE, Elements.TASK_RESOLVE_ISSUE).list()) {
            task.setFollowUpDate(calendar.startOfWork(date));
            taskService.saveTask(task);
        }
    }
}
