package cn.grassroots.cases.system;

import java.util.List;
import java.util.Map;

/**
 * The application's 400 answer: {@code {"message": "问题登记有误", "errors": [{"field": "title", "message":
 * "问题标题：不能为空", "code": "REQUIRED"}]}}: a Chinese summary, then each bad field by its variable name with a Chinese
 * message that names it as the forms label it, and a stable {@link FieldProblem.Code}.
 */
public record ErrorBody(String message, List<FieldError> errors) {

    public static ErrorBody of(String summary, Map<String, FieldProblem> problems) {
        return new ErrorBody(summary, FieldError.all(problems));
    }
}
