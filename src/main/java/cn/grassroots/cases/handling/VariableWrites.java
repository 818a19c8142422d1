package cn.grassroots.cases.handling;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Writes a case's variables only where they change: the engine writes a variable (and its history) whenever it is set,
 * also to the value it already has.
 */
public final class VariableWrites {

    private VariableWrites() {
    }

    public static void ifChanged(VariableScope scope, String name, Object value) {
        if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }

    public static void ifChanged(VariableScope scope, Map<String, Object> values) {
        values.forEach((name, value) -> ifChanged(scope, name, value));
    }
}
