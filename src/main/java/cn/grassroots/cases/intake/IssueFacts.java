package cn.grassroots.cases.intake;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the collector records about an issue (登记), as submitted: by the Tasklist start form, by
 * {@code POST /api/issues} or by an engine REST client. Nothing here is trusted until
 * {@link IssueFactsValidator} has checked it.
 */
record IssueFacts(String title, String description, String channel, String category, String urgency,
        String location, String reporterName, String reporterPhone, Object resolvedOnSpot, String resolution,
        Object accusation) {

    static IssueFacts from(VariableScope scope) {
        return new IssueFacts(text(scope, TITLE), text(scope, DESCRIPTION), text(scope, CHANNEL),
                text(scope, CATEGORY), text(scope, URGENCY), text(scope, LOCATION), text(scope, REPORTER_NAME),
                text(scope, REPORTER_PHONE), scope.getVariable(RESOLVED_ON_SPOT), text(scope, RESOLUTION),
                scope.getVariable(ACCUSATION));
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
        return value == null || value.isBlank() ? null : value.strip();
    }
}
