package cn.grassroots.cases.system;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@link InvalidRequestException} → 400 with an {@link ErrorBody}; so is a form refusal (a start or task listener's
 * {@link FieldRefusal}) that an endpoint of the application's API lets through.
 */
@RestControllerAdvice
class InvalidRequests {

    static final String REFUSED = "提交的内容有误";

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody invalid(InvalidRequestException e) {
        return ErrorBody.of(e.summary(), e.errors());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody refused(FormFieldValidationException e) {
        return e instanceof FieldRefusal refusal ? ErrorBody.of(REFUSED, refusal.problems())
                : new ErrorBody(REFUSED, List.of());
    }
}
