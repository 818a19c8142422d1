package cn.grassroots.cases.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bad input to one of the application's own endpoints: answered 400 with a Chinese summary and each bad field by name,
 * with a Chinese message and a {@link FieldProblem.Code} ({@link InvalidRequests}), and nothing changed.
 */
public class InvalidRequestException extends RuntimeException {

    private final String summary;
    private final Map<String, FieldProblem> errors;

    public InvalidRequestException(String summary, Map<String, FieldProblem> errors) {
        super(summary + ": " + errors);
        this.summary = summary;
        this.errors = new LinkedHashMap<>(errors);
    }

    public InvalidRequestException(String summary, String field, FieldProblem problem) {
        this(summary, Map.of(field, problem));
    }

    /** The application's refusal of a form's input (a start or task listener's), answered the same way. */
    public InvalidRequestException(String summary, FieldRefusal refusal) {
        this(summary, refusal.problems());
    }

    public String summary() {
        return summary;
    }

    public Map<String, FieldProblem> errors() {
        return errors;
    }
}
