package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.numbering.SerialNumbers;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.organization.Directory.Cadre;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * Runs when any visit starts (the Tasklist start form, {@code POST /api/visits}, engine REST): checks the plan,
 * carrying only the start form's fields, gives the visit its number as business key, writes what people read
 * instead of ids (the cadre's name and rank, the place's and units' names) and the policy's time limits. A bad plan
 * fails the start, so no half-planned visit exists.
 */
@Component("visitPlanning")
class VisitPlanningListener implements ExecutionListener {

    private static final Set<String> TEXT_FIELDS = Set.of(CADRE, VISIT_TYPE, PLACE, THEME);

    private final VisitRules rules;
    private final VisitPolicy policy;
    private final Directory directory;
    private final SerialNumbers serialNumbers;
    private final VisitProperties properties;
    private final WorkingCalendar calendar;

    VisitPlanningListener(VisitRules rules, VisitPolicy policy, Directory directory, SerialNumbers serialNumbers,
            VisitProperties properties, WorkingCalendar calendar) {
        this.rules = rules;
        this.policy = policy;
        this.directory = directory;
        this.serialNumbers = serialNumbers;
        this.properties = properties;
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, FieldProblem> problems = shapeProblems(execution);
        VisitPlan plan = VisitPlan.from(execution);
        if (problems.isEmpty()) {
            problems.putAll(rules.problems(plan,
                    execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication()));
        }
        if (!problems.isEmpty()) {
            throw InvalidCaseInputException.forFields(problems);
        }
        execution.setVariables(plan.toVariables());
        String visitNumber = serialNumbers.next(SerialNumbers.VISITS, properties.numberPrefix(),
                calendar.today().getYear());
        execution.setProcessBusinessKey(visitNumber);
        execution.setVariable(VISIT_NUMBER, visitNumber);
        Cadre cadre = directory.cadre(plan.cadre()).orElseThrow();
        execution.setVariable(CADRE_NAME, cadre.name());
        execution.setVariable(CADRE_RANK, cadre.rank().name());
        execution.setVariable(PLACE_NAME, directory.nameOf(plan.place()));
        execution.setVariable(ACCOMPANYING_UNIT_NAMES, String.join("、",
                plan.accompanyingUnits().stream().map(directory::nameOf).toList()));
        VisitPolicy.Limits limits = policy.limits(cadre.rank(), plan.visitType());
        execution.setVariable(REMINDER_GRACE_DAYS, limits.reminderGraceDays());
        execution.setVariable(SUPERVISE_GRACE_DAYS, limits.superviseGraceDays());
        execution.setVariable(REPORT_DAYS, limits.reportDays());
        execution.setVariable(VISIT_REMINDED, false);
        execution.setVariable(VISIT_OVERDUE, false);
        execution.setVariable(REPORT_OVERDUE, false);
    }

    /** Only the plan's fields, text as text. */
    private static Map<String, FieldProblem> shapeProblems(DelegateExecution execution) {
        Map<String, FieldProblem> problems = new TreeMap<>();
        for (String name : execution.getVariableNames()) {
            if (!PLAN.contains(name) && !PLANNED_BY.equals(name)) {
                problems.put(name, FieldProblem.of(Code.UNKNOWN_FIELD, "不是活动计划的字段"));
            }
        }
        for (String name : TEXT_FIELDS) {
            TypedValue value = execution.getVariableTyped(name, false);
            if (value != null && value.getType() != ValueType.NULL && value.getType() != ValueType.STRING) {
                problems.put(name, FieldProblem.notText());
            }
        }
        return problems;
    }
}
