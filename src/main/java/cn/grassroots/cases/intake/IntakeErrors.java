package cn.grassroots.cases.intake;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.databind.JsonMappingException;

import cn.grassroots.cases.system.ErrorBody;
import cn.grassroots.cases.system.FieldError;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;

/** Turns bad input into 400 answers ({@link ErrorBody}) that name every bad field. */
@RestControllerAdvice(assignableTypes = IssueController.class)
class IntakeErrors {

    static final String INVALID = "问题登记有误";

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody invalid(InvalidRegistrationException e) {
        return ErrorBody.of(INVALID, e.errors());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    ErrorBody keyReused(IdempotentIntake.KeyReusedException e) {
        return new ErrorBody("该幂等键已用于另一项不同的登记", List.of(FieldError.of(IdempotentIntake.HEADER,
                FieldProblem.of(Code.NOT_ALLOWED, "已用于内容不同的登记；新的登记请使用新的幂等键"))));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("body");
            return new ErrorBody(INVALID, List.of(FieldError.of(field, FieldProblem.of(Code.INVALID_FORMAT, "类型不对"))));
        }
        return new ErrorBody("请求内容不是有效的 JSON",
                List.of(FieldError.of("body", FieldProblem.of(Code.INVALID_FORMAT, "不是有效的 JSON"))));
    }
}
