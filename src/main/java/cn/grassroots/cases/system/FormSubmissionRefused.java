package cn.grassroots.cases.system;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task submission carried a variable its form does not have. The engine REST API (and Tasklist through it)
 * answers 400 with this message, naming the field by its label and its variable name; nothing of the submission is
 * kept.
 */
class FormSubmissionRefused extends FormFieldValidationException implements FieldRefusal {

    private final Map<String, FieldProblem> problems;

    FormSubmissionRefused(String field, String taskName, Set<String> settable) {
        this(field, FieldProblem.of(FieldProblem.Code.UNKNOWN_FIELD, "不是“" + taskName + "”表单中的字段，不能提交；"
                + (settable.isEmpty() ? "此表单没有可填写的字段"
                        : "此表单可填写：" + String.join("、", settable.stream().sorted().map(FieldLabels::of).toList()))));
    }

    private FormSubmissionRefused(String field, FieldProblem problem) {
        super(field, problem.messageFor(field));
        this.problems = Map.of(field, problem);
        setCode(ErrorCodes.INVALID_INPUT);
    }

    @Override
    public Map<String, FieldProblem> problems() {
        return problems;
    }
}
