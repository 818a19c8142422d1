package cn.grassroots.cases.system;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refusals of the application's API, in Chinese: an engine authorization failure is a 403, not a server error; a refusal
 * an endpoint states keeps its reason.
 */
@RestControllerAdvice
class AccessErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    Map<String, String> forbidden(AuthorizationException e) {
        return Map.of("message", "用户 " + e.getUserId() + " 无权进行此项操作");
    }

    /**
     * A refusal the application's endpoints state themselves (403 for an office's page, 404, 409): the reason, in
     * Chinese, as the body's {@code message}, which Spring's own error answer would leave out.
     */
    @ExceptionHandler
    ResponseEntity<Map<String, Object>> refused(ResponseStatusException e) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", e.getStatusCode().value());
        body.put("message", e.getReason() == null ? "请求未能完成" : e.getReason());
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(body);
    }
}
