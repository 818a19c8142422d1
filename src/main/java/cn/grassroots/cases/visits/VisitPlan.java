package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A visit as planned (下基层活动计划): by the start form {@code plan-visit} or {@code POST /api/visits}. Nothing is
 * trusted until {@link VisitRules} has checked it.
 *
 * @param accompanyingUnits unit group ids; null stands for a value of the wrong shape
 */
record VisitPlan(String cadre, String visitType, String plannedDate, String place, String theme,
        List<String> accompanyingUnits, Object unannounced) {

    static VisitPlan from(VariableScope scope) {
        return new VisitPlan(text(scope, CADRE), text(scope, VISIT_TYPE), date(scope.getVariable(PLANNED_DATE)),
                text(scope, PLACE), text(scope, THEME), units(scope.getVariable(ACCOMPANYING_UNITS)),
                scope.getVariable(UNANNOUNCED));
    }

    boolean isUnannounced() {
        return Boolean.TRUE.equals(unannounced) || "true".equals(unannounced);
    }

    /** The variables a plan starts the visit with. */
    Map<String, Object> toVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CADRE, cadre);
        variables.put(VISIT_TYPE, visitType);
        variables.put(PLANNED_DATE, plannedDate);
        variables.put(PLACE, place);
        variables.put(THEME, theme == null ? null : theme.strip());
        variables.put(ACCOMPANYING_UNITS, accompanyingUnits == null ? "" : String.join(",", accompanyingUnits));
        variables.put(UNANNOUNCED, isUnannounced());
        return variables;
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof String text ? text : value == null ? null : value.toString();
    }

    /** Camunda Forms' date picker submits {@code 2026-12-31}; API clients the same. */
    private static String date(Object value) {
        return value == null ? null : value.toString().length() >= 10 ? value.toString().substring(0, 10)
                : value.toString();
    }

    /** A list (API), a JSON array (Tasklist's tag list) or comma-separated text. */
    static List<String> units(Object value) {
        List<String> units = new ArrayList<>();
        if (value == null) {
            return units;
        }
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> units.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (value instanceof Collection<?> list) {
            list.forEach(unit -> units.add(String.valueOf(unit)));
        } else if (value instanceof String text) {
            for (String unit : text.split(",")) {
                if (!unit.isBlank()) {
                    units.add(unit.strip());
                }
            }
        } else {
            return null;
        }
        return units;
    }
}
