package cn.grassroots.cases.system;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Keeps the application's refusal of a command's input ({@link FieldRefusal}) with the HTTP request it came in, so that
 * {@link EngineRestErrors} can answer with the refused fields and their codes: the engine REST API's own answer has
 * only a message (with its "Cannot submit task form …:" in front). Commands outside a request are left alone.
 */
class InputRefusals extends CommandInterceptor {

    private static final String ATTRIBUTE = InputRefusals.class.getName();

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (e instanceof FieldRefusal && request != null) {
                request.setAttribute(ATTRIBUTE, e, RequestAttributes.SCOPE_REQUEST);
            }
            throw e;
        }
    }

    /** The refusal of an engine command in this request, if there was one. */
    static FieldRefusal of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof FieldRefusal refusal ? refusal : null;
    }
}
