package cn.grassroots.cases.handling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import cn.grassroots.cases.system.ErrorCodes;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldRefusal;

/**
 * A task or start form was submitted with a value the case cannot take. Extends the engine's form validation
 * exception so that the REST API (and Tasklist, which uses it) answers 400 with this message, and the
 * transaction rolls back: nothing of the submission is kept. The message is for people, in Chinese, naming each field
 * as the forms label it ("申请延期天数：须在 1 到 10 天之间"); {@link #problems()} keeps the codes for programs.
 */
public class InvalidCaseInputException extends FormFieldValidationException implements FieldRefusal {

    private final String field;
    private final Map<String, FieldProblem> problems;

    public InvalidCaseInputException(String field, FieldProblem problem) {
        this(Map.of(field, problem));
    }

    public InvalidCaseInputException(String field, FieldProblem.Code code, String problem) {
        this(field, FieldProblem.of(code, problem));
    }

    private InvalidCaseInputException(Map<String, FieldProblem> problems) {
        super(problems.keySet().iterator().next(), problems.entrySet().stream()
                .map(problem -> problem.getValue().messageFor(problem.getKey())).collect(Collectors.joining("；")));
        this.field = problems.keySet().iterator().next();
        this.problems = Collections.unmodifiableMap(problems);
        // the engine REST API answers 500 for some paths (…/start); this code makes the REST edge answer 400
        setCode(ErrorCodes.INVALID_INPUT);
    }

    /** One exception for several bad fields: "问题标题：不能为空；联系电话：须为手机号码…". */
    public static InvalidCaseInputException forFields(Map<String, FieldProblem> problems) {
        return new InvalidCaseInputException(new LinkedHashMap<>(problems));
    }

    /** The first refused field. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, FieldProblem> problems() {
        return problems;
    }
}
