package cn.grassroots.cases.intake;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns bad input into 400 answers that name every bad field. */
@RestControllerAdvice(assignableTypes = IssueController.class)
class IntakeErrors {

    record FieldError(String field, String message) {
    }

    record ErrorBody(String message, List<FieldError> errors) {
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody invalid(InvalidRegistrationException e) {
        return new ErrorBody("Invalid issue registration",
                e.errors().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(error -> new FieldError(error.getKey(), error.getValue())).toList());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    ErrorBody keyReused(IdempotentIntake.KeyReusedException e) {
        return new ErrorBody(e.getMessage(), List.of(new FieldError(IdempotentIntake.HEADER,
                "was used before with a different request; use a new key for a new registration")));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("body");
            return new ErrorBody("Invalid issue registration", List.of(new FieldError(field, "has the wrong type")));
        }
        return new ErrorBody("Request body is not valid JSON", List.of(new FieldError("body", "is not valid JSON")));
    }
}
