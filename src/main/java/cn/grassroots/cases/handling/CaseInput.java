package cn.grassroots.cases.handling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.grassroots.cases.system.FieldProblem;

/** Reads submitted variables and rejects missing or malformed ones with a message naming the field. */
public final class CaseInput {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final FieldProblem NOT_A_LIST = FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "须为列表");

    private CaseInput() {
    }

    public static String requiredText(VariableScope scope, String name, int maxLength) {
        String value = optionalText(scope, name, maxLength);
        if (value == null) {
            throw new InvalidCaseInputException(name, FieldProblem.required());
        }
        return value;
    }

    public static String optionalText(VariableScope scope, String name, int maxLength) {
        Object raw = scope.getVariable(name);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text)) {
            throw new InvalidCaseInputException(name, FieldProblem.notText());
        }
        FieldProblem problem = TextRules.problem(text);
        if (problem != null) {
            throw new InvalidCaseInputException(name, problem);
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidCaseInputException(name, FieldProblem.tooLong(maxLength));
        }
        return TextRules.isBlank(trimmed) ? null : trimmed;
    }

    public static boolean requiredFlag(VariableScope scope, String name) {
        Object raw = scope.getVariable(name);
        if (raw instanceof Boolean flag) {
            return flag;
        }
        if (raw instanceof String text && (text.equals("true") || text.equals("false"))) {
            boolean flag = Boolean.parseBoolean(text);
            scope.setVariable(name, flag);
            return flag;
        }
        throw new InvalidCaseInputException(name, raw == null ? FieldProblem.required() : FieldProblem.notAFlag());
    }

    public static <E extends Enum<E>> E requiredEnum(VariableScope scope, String name, Class<E> type) {
        Object raw = scope.getVariable(name);
        if (raw == null) {
            throw new InvalidCaseInputException(name, FieldProblem.required());
        }
        try {
            return Enum.valueOf(type, raw.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInputException(name, FieldProblem.unknownValue(raw));
        }
    }

    /** A date in ISO form ({@code 2026-12-31}), as Camunda Forms' date picker submits it. */
    public static LocalDate requiredDate(VariableScope scope, String name) {
        Object raw = scope.getVariable(name);
        if (raw == null) {
            throw new InvalidCaseInputException(name, FieldProblem.required());
        }
        try {
            return LocalDate.parse(raw.toString().substring(0, Math.min(10, raw.toString().length())));
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInputException(name, FieldProblem.notADate());
        }
    }

    /** A whole number that must be given (Camunda Forms' number field submits a Long or a Double). */
    public static int requiredCount(VariableScope scope, String name) {
        Object raw = scope.getVariable(name);
        if (raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        if (raw instanceof String text && text.strip().matches("-?\\d{1,6}")) {
            return Integer.parseInt(text.strip());
        }
        throw new InvalidCaseInputException(name,
                raw == null ? FieldProblem.required() : FieldProblem.notAWholeNumber());
    }

    public static int count(VariableScope scope, String name) {
        Object raw = scope.getVariable(name);
        return raw instanceof Number number ? number.intValue() : 0;
    }

    /**
     * The values a checklist or taglist submitted: a JSON array (as Tasklist sends it, a Spin JSON value or JSON text)
     * or a Java list; none for a missing variable.
     */
    public static java.util.List<String> values(VariableScope scope, String name) {
        Object raw = scope.getVariable(name);
        java.util.List<String> values = new java.util.ArrayList<>();
        if (raw == null) {
            return values;
        }
        if (raw instanceof java.util.Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
            return values;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(raw.toString());
            if (!node.isArray()) {
                throw new InvalidCaseInputException(name, NOT_A_LIST);
            }
            node.forEach(value -> values.add(value.asText()));
            return values;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidCaseInputException(name, NOT_A_LIST);
        }
    }
}
