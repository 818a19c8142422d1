package cn.grassroots.cases.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link InvalidRequestException} → 400 {@code {"message", "errors": [{"field", "message"}]}}. */
@RestControllerAdvice
class InvalidRequests {

    record FieldError(String field, String message) {
    }

    record ErrorBody(String message, List<FieldError> errors) {
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody invalid(InvalidRequestException e) {
        return new ErrorBody(e.summary(), e.errors().entrySet().stream()
                .map(error -> new FieldError(error.getKey(), error.getValue()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
    }
}
