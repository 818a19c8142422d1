package cn.grassroots.cases.handling;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * The offices' own tasks get due dates too (分办交办, 审核, 回访, 督促签收, 督办, 领导挂牌督办, 通报批评, 未解决办结说明): the end of
 * the N-th working day after the task arrives, N from {@code grassroots.handling.office-days}. Their Tasklist sorts by
 * them and 已逾期 catches an office that is late, as it catches a unit.
 */
@Component("officeTaskSetup")
class OfficeTaskSetupListener implements TaskListener {

    private final WorkingCalendar calendar;
    private final Map<String, Integer> workingDaysByTask;

    OfficeTaskSetupListener(WorkingCalendar calendar, HandlingProperties properties) {
        this.calendar = calendar;
        HandlingProperties.OfficeDays days = properties.officeDays();
        this.workingDaysByTask = Map.of(
                Elements.TASK_SORT_ISSUE, days.sort(),
                Elements.TASK_REVIEW_RESOLUTION, days.review(),
                Elements.TASK_CALLBACK, days.callback(),
                Elements.TASK_SUPERVISE_SIGN_OFF, days.supervise(),
                Elements.TASK_SUPERVISE_OVERDUE, days.supervise(),
                Elements.TASK_LEADER_ESCALATION, days.leaderEscalation(),
                Elements.TASK_ISSUE_PUBLIC_NOTICE, days.supervise(),
                Elements.TASK_EXPLAIN_UNRESOLVED, days.explainUnresolved());
    }

    @Override
    public void notify(DelegateTask task) {
        Date due = dueFor(task.getTaskDefinitionKey(), calendar.today());
        if (due == null) {
            throw new IllegalStateException("no office time limit for task " + task.getTaskDefinitionKey());
        }
        task.setDueDate(due);
    }

    /** When an office task that arrived on {@code arrived} is due; null for tasks that are not the offices'. */
    Date dueFor(String taskDefinitionKey, LocalDate arrived) {
        Integer days = workingDaysByTask.get(taskDefinitionKey);
        return days == null ? null : calendar.endOf(calendar.addDays(arrived, days, DayType.WORKING));
    }
}
