package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.visits.GrassrootsVisitProcess.Elements;

/**
 * A visit task arrives: copies what Tasklist's list shows (visit number, cadre, place, theme, planned date) onto the
 * task, so people who may read the task but not the whole visit see them; a 督促 task of the supervision office is
 * due {@code grassroots.visits.supervise-days} working days after it arrives.
 */
@Component("visitTaskSetup")
class VisitTaskSetup implements TaskListener {

    private static final String[] LIST_COLUMNS = {VISIT_NUMBER, CADRE_NAME, PLACE_NAME, THEME, PLANNED_DATE};

    private final WorkingCalendar calendar;
    private final VisitProperties properties;

    VisitTaskSetup(WorkingCalendar calendar, VisitProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        for (String name : LIST_COLUMNS) {
            task.setVariableLocal(name, task.getVariable(name));
        }
        String key = task.getTaskDefinitionKey();
        if (Elements.TASK_SUPERVISE_VISIT.equals(key) || Elements.TASK_SUPERVISE_REPORT.equals(key)) {
            task.setDueDate(calendar.endOf(calendar.addDays(calendar.today(), properties.superviseDays(),
                    DayType.WORKING)));
        }
    }
}
