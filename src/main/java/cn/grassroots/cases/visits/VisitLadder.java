package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.visits.GrassrootsVisitProcess.Elements;
import cn.grassroots.cases.visits.VisitRegister.Event;

/**
 * The steps the visit's timers take: the cadre is reminded (his task moves up in Tasklist), then the supervision office
 * is called in (督促); a late report likewise. Each is kept on the register for the cadres' assessment.
 */
@Component("visitLadder")
public class VisitLadder {

    /** Tasklist priority of a visit task that is late (default 50). */
    static final int URGENT_PRIORITY = 80;

    private final VisitRegister register;

    VisitLadder(VisitRegister register) {
        this.register = register;
    }

    /** 提醒: the planned day has passed and the visit has not been carried out. */
    public void remind(DelegateExecution execution) {
        execution.setVariable(VISIT_REMINDED, true);
        raisePriority(execution, Elements.TASK_CARRY_OUT_VISIT);
        register.event(execution, Event.REMINDED);
    }

    /** 逾期: still not carried out; the supervision office gets a 督促 task. */
    public void overdue(DelegateExecution execution) {
        execution.setVariable(VISIT_OVERDUE, true);
        raisePriority(execution, Elements.TASK_CARRY_OUT_VISIT);
        register.event(execution, Event.OVERDUE);
    }

    /** 纪要逾期: the report is late; the supervision office gets a 督促 task. */
    public void reportOverdue(DelegateExecution execution) {
        execution.setVariable(REPORT_OVERDUE, true);
        raisePriority(execution, Elements.TASK_WRITE_REPORT);
        register.event(execution, Event.REPORT_OVERDUE);
    }

    private static void raisePriority(DelegateExecution execution, String taskKey) {
        var taskService = execution.getProcessEngineServices().getTaskService();
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list()) {
            taskService.setPriority(task.getId(), URGENT_PRIORITY);
        }
    }
}
