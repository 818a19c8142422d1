package cn.grassroots.cases.system;

import java.util.Set;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task submission carried a variable its form does not have. The engine REST API (and Tasklist through it)
 * answers 400 with this message; nothing of the submission is kept.
 */
class FormSubmissionRefused extends FormFieldValidationException {

    FormSubmissionRefused(String field, String taskName, Set<String> settable) {
        super(field, field + ": is not a field of the form of '" + taskName + "'; it may set only "
                + (settable.isEmpty() ? "nothing" : String.join(", ", settable)));
        setCode(ErrorCodes.INVALID_INPUT);
    }
}
