package cn.grassroots.cases.handling;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import cn.grassroots.cases.system.ErrorCodes;

/**
 * A task or start form was submitted with a value the case cannot take. Extends the engine's form validation
 * exception so that the REST API (and Tasklist, which uses it) answers 400 with this message, and the
 * transaction rolls back: nothing of the submission is kept.
 */
public class InvalidCaseInputException extends FormFieldValidationException {

    private final String field;

    public InvalidCaseInputException(String field, String problem) {
        this(field, field + ": " + problem, true);
    }

    private InvalidCaseInputException(String field, String message, boolean unused) {
        super(field, message);
        this.field = field;
        // the engine REST API answers 500 for some paths (…/start); this code makes the REST edge answer 400
        setCode(ErrorCodes.INVALID_INPUT);
    }

    /** One exception for several bad fields: "title: is required; reporterPhone: must be …". */
    public static InvalidCaseInputException forFields(Map<String, String> problems) {
        String message = problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
        return new InvalidCaseInputException(problems.keySet().iterator().next(), message, true);
    }

    public String field() {
        return field;
    }
}
