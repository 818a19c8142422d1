package cn.grassroots.cases.assistance;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;


import cn.grassroots.cases.assistance.CaseAssistanceProcess.Variables;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseCard;
import cn.grassroots.cases.handling.CaseClosed;
import cn.grassroots.cases.handling.CaseDeadlines;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.system.AsSystem;

/**
 * 协办, called by both processes (the sort form's choice is checked by {@link AssistingUnitsChoice}): when the
 * responsible unit signs the case off each assisting unit gets its 协办 task (once per unit while one is open); each part goes onto the case
 * ({@code assistanceNotes}), which the responsible unit's 办理 and the review show; a case that closes ends the
 * assistance still open.
 */
@Component("caseAssistance")
public class CaseAssistance {


    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CaseDeadlines deadlines;
    private final WorkingCalendar calendar;

    CaseAssistance(RuntimeService runtime, IdentityService identity, CaseDeadlines deadlines, WorkingCalendar calendar) {
        this.runtime = runtime;
        this.identity = identity;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** The responsible unit signed the case off: each assisting unit without an open 协办 of this case gets one. */
    public void request(DelegateExecution execution) {
        List<String> units = chosen(execution);
        if (units.isEmpty()) {
            return;
        }
        LocalDate due = dueDay(execution);
        AsSystem.call(identity, () -> {
            for (String unit : units) {
                if (runtime.createProcessInstanceQuery().processDefinitionKey(CaseAssistanceProcess.KEY)
                        .variableValueEquals(Variables.CASE_INSTANCE_ID, execution.getProcessInstanceId())
                        .variableValueEquals(Variables.ASSISTING_UNIT, unit).count() > 0) {
                    continue;
                }
                Map<String, Object> facts = new java.util.HashMap<>();
                for (String name : List.of(CASE_NUMBER, TITLE, DESCRIPTION, LOCATION, RESPONSIBLE_UNIT_NAME, SORT_NOTE)) {
                    facts.put(name, execution.getVariable(name));
                }
                facts.put(DUE_DATE, due.toString());
                facts.put(Variables.ASSISTING_UNIT, unit);
                facts.put(Variables.ASSISTING_UNIT_NAME, CaseCard.unitName(identity, unit));
                facts.put(Variables.CASE_INSTANCE_ID, execution.getProcessInstanceId());
                runtime.startProcessInstanceByKey(CaseAssistanceProcess.KEY, execution.getProcessBusinessKey(), facts);
            }
            return null;
        });
    }

    /** The assisting unit's part is due on the case's warning day (today at the earliest). */
    private LocalDate dueDay(DelegateExecution execution) {
        LocalDate warning = calendar.dayOf(deadlines.warningAt(execution));
        return warning.isBefore(calendar.today()) ? calendar.today() : warning;
    }

    public Date dueAt(DelegateExecution execution) {
        return calendar.endOf(CaseInput.requiredDate(execution, DUE_DATE));
    }

    /** 协办 arrives: the unit's Tasklist card shows the case, the responsible unit and the due day. */
    public void assistanceTask(DelegateTask task) {
        for (String name : List.of(CASE_NUMBER, TITLE, RESPONSIBLE_UNIT_NAME, DUE_DATE)) {
            task.setVariableLocal(name, task.getVariable(name));
        }
        task.setVariableLocal(ESCALATION_LEVEL_NAME, "协办");
    }

    /** The part is given: it goes onto the case for the responsible unit, if the case is still open. */
    public void assisted(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the case closed first
        }
        String note = CaseInput.requiredText(execution, Variables.ASSISTANCE_NOTE, 2000);
        String caseInstance = (String) execution.getVariable(Variables.CASE_INSTANCE_ID);
        AsSystem.call(identity, () -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(caseInstance).count() == 0) {
                return null;
            }
            Object before = runtime.getVariable(caseInstance, ASSISTANCE_NOTES);
            String part = "【" + execution.getVariable(Variables.ASSISTING_UNIT_NAME) + "，" + calendar.today() + "】"
                    + note;
            runtime.setVariable(caseInstance, ASSISTANCE_NOTES, before == null ? part : before + "\n" + part);
            return null;
        });
    }

    /** The case closed: an assistance still open has nothing left to help with. */
    @EventListener
    public void caseClosed(CaseClosed closed) {
        AsSystem.call(identity, () -> {
            // the business key (the case number, indexed) first: a variable's value alone is searched across every case
            runtime.createProcessInstanceQuery().processDefinitionKey(CaseAssistanceProcess.KEY)
                    .processInstanceBusinessKey(closed.caseNumber())
                    .variableValueEquals(Variables.CASE_INSTANCE_ID, closed.processInstanceId()).list()
                    .forEach(open -> runtime.deleteProcessInstance(open.getId(), "主办单位已办结", true));
            return null;
        });
    }

    /** The units chosen in the sort form's list, each once. */
    static List<String> chosen(VariableScope scope) {
        return List.copyOf(new LinkedHashSet<>(CaseInput.values(scope, ASSISTING_UNITS)));
    }
}
