package cn.grassroots.cases.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * The query parameters of a request to one of the application's pages (ledger, overdue board), read by name: each bad
 * one is noted in {@code errors} with its {@link FieldProblem}, for one 400 that names them all
 * ({@link InvalidRequestException}).
 */
public final class QueryParameters {

    private final Map<String, String> parameters;
    private final Map<String, FieldProblem> errors;

    public QueryParameters(Map<String, String> parameters, Map<String, FieldProblem> errors) {
        this.parameters = parameters;
        this.errors = errors;
    }

    public String text(String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 100) {
            errors.put(name, FieldProblem.tooLong(100));
            return null;
        }
        return value.strip();
    }

    public LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, FieldProblem.notADate());
            return null;
        }
    }

    public String oneOf(String name, Set<String> allowed) {
        String value = text(name);
        if (value != null && !allowed.contains(value)) {
            errors.put(name, FieldProblem.of(Code.UNKNOWN_VALUE, "须为以下之一：" + String.join("、",
                    new java.util.TreeSet<>(allowed))));
            return null;
        }
        return value;
    }

    public Boolean flag(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            errors.put(name, FieldProblem.notAFlag());
            return null;
        }
        return Boolean.valueOf(value);
    }

    public int number(String name, int otherwise, int min, int max) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                errors.put(name, FieldProblem.of(Code.OUT_OF_RANGE, "须在 " + min + " 到 " + max + " 之间"));
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(name, FieldProblem.notAWholeNumber());
            return otherwise;
        }
    }
}
