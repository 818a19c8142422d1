package cn.grassroots.cases.system;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An engine authorization failure in the application's API is a 403, not a server error. */
@RestControllerAdvice
class AccessErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    Map<String, String> forbidden(AuthorizationException e) {
        return Map.of("message", "用户 " + e.getUserId() + " 无权进行此项操作");
    }
}
