package cn.grassroots.cases.system;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One refused field in a 400 answer: {@code field} is the variable (or request field) name, {@code message} says in
 * Chinese what is wrong, naming the field as the forms label it, and {@code code} is a stable {@link FieldProblem.Code}.
 */
public record FieldError(String field, String message, FieldProblem.Code code) {

    public static FieldError of(String field, FieldProblem problem) {
        return new FieldError(field, problem.messageFor(field), problem.code());
    }

    /** Every problem as an error, by field name. */
    public static List<FieldError> all(Map<String, FieldProblem> problems) {
        return problems.entrySet().stream().map(problem -> of(problem.getKey(), problem.getValue()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }
}
