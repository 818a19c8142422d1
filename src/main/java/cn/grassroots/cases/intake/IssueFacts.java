package cn.grassroots.cases.intake;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

import cn.grassroots.cases.handling.TextRules;
import cn.grassroots.cases.system.FieldProblem;

/**
 * What the collector records about an issue (登记), as submitted: by the Tasklist start form, by
 * {@code POST /api/issues} or by an engine REST client. Nothing here is trusted until
 * {@link IssueFactsValidator} has checked it.
 */
record IssueFacts(String title, String description, String channel, String category, String urgency,
        String location, String reporterName, String reporterPhone, Object resolvedOnSpot, String resolution,
        Object accusation, String place, String visitNumber) {

    /** The registration form's fields: everything a registration may carry (the engine adds {@code registeredBy}). */
    static final Set<String> FIELDS = Set.of(TITLE, DESCRIPTION, CHANNEL, CATEGORY, URGENCY, LOCATION, PLACE,
            VISIT_NUMBER, REPORTER_NAME, REPORTER_PHONE, RESOLVED_ON_SPOT, RESOLUTION, ACCUSATION);
    private static final Set<String> TEXT_FIELDS = Set.of(TITLE, DESCRIPTION, CHANNEL, CATEGORY, URGENCY, LOCATION,
            PLACE, VISIT_NUMBER, REPORTER_NAME, REPORTER_PHONE, RESOLUTION);

    /**
     * What a start carried beyond the registration's fields (a counter, a limit, an escalation level: facts the process
     * computes), and text fields sent as another type ({@code "title": 123}, a reporter name as an Object or Json value,
     * which the history would keep unmasked). Checked before anything is read.
     */
    static Map<String, FieldProblem> shapeErrors(VariableScope scope) {
        Map<String, FieldProblem> errors = new TreeMap<>();
        for (String name : scope.getVariableNames()) {
            if (!FIELDS.contains(name) && !REGISTERED_BY.equals(name)) {
                errors.put(name, FieldProblem.of(FieldProblem.Code.UNKNOWN_FIELD, "不是问题登记的字段"));
            }
        }
        for (String name : TEXT_FIELDS) {
            TypedValue value = scope.getVariableTyped(name, false);
            if (value != null && value.getType() != ValueType.NULL && value.getType() != ValueType.STRING) {
                errors.put(name, FieldProblem.notText());
            }
        }
        return errors;
    }

    static IssueFacts from(VariableScope scope) {
        return new IssueFacts(text(scope, TITLE), text(scope, DESCRIPTION), text(scope, CHANNEL),
                text(scope, CATEGORY), text(scope, URGENCY), text(scope, LOCATION), text(scope, REPORTER_NAME),
                text(scope, REPORTER_PHONE), scope.getVariable(RESOLVED_ON_SPOT), text(scope, RESOLUTION),
                scope.getVariable(ACCUSATION), text(scope, PLACE), text(scope, VISIT_NUMBER));
    }

    /**
     * Raised on a visit: the channel is the visit's type and the place the visit's place, unless the registration
     * says otherwise.
     */
    IssueFacts onVisit(String visitChannel, String visitPlace) {
        return new IssueFacts(title, description, TextRules.isBlank(channel) ? visitChannel : channel, category,
                urgency, location, reporterName, reporterPhone, resolvedOnSpot, resolution, accusation,
                TextRules.isBlank(place) ? visitPlace : place, visitNumber);
    }

    boolean isResolvedOnSpot() {
        return Boolean.TRUE.equals(resolvedOnSpot) || "true".equals(resolvedOnSpot);
    }

    boolean isAccusation() {
        return Boolean.TRUE.equals(accusation) || "true".equals(accusation);
    }

    /** The variables a registration starts the process with, trimmed; absent optional facts are left out. */
    Map<String, Object> toVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(TITLE, strip(title));
        variables.put(DESCRIPTION, strip(description));
        variables.put(CHANNEL, strip(channel));
        variables.put(CATEGORY, strip(category));
        variables.put(URGENCY, strip(urgency));
        variables.put(LOCATION, strip(location));
        variables.put(PLACE, strip(place));
        variables.put(VISIT_NUMBER, strip(visitNumber));
        variables.put(REPORTER_NAME, strip(reporterName));
        variables.put(REPORTER_PHONE, strip(reporterPhone));
        variables.put(RESOLVED_ON_SPOT, isResolvedOnSpot());
        variables.put(ACCUSATION, isAccusation());
        variables.put(RESOLUTION, isResolvedOnSpot() ? strip(resolution) : null);
        variables.values().removeIf(value -> value == null);
        return variables;
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static String strip(String value) {
        return TextRules.isBlank(value) ? null : value.strip();
    }
}
