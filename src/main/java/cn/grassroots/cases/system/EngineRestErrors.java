package cn.grassroots.cases.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The engine REST API (for API clients, and Tasklist's and Cockpit's own copy of it) answers 500 for what is not a
 * server failure. On its changing calls this answers instead:
 * <ul>
 * <li>409, in Chinese, when two people changed the same task or case at the same moment (Camunda's optimistic locking,
 * or a task already claimed by someone else): the loser of a concurrent claim or completion is told to reload;</li>
 * <li>404, in Chinese, for a task that is no longer there (the other one completed it first), including the 403 or
 * 500 a request gets when the task went while the engine was working on it;</li>
 * <li>400 when the application refused the input ({@link ErrorCodes#INVALID_INPUT}), as
 * {@code /process-definition/…/start} did with 500, with the application's Chinese message alone (the engine's
 * "Cannot submit task form …:" in front of it goes to {@code detail}) and, where the refused fields are known
 * ({@link InputRefusals}), {@code errors: [{"field", "message", "code"}]} as the application's API answers
 * ({@link ErrorBody});</li>
 * <li>503 with {@code Retry-After}, in Chinese, when no database connection was to be had (a full pool): nothing was
 * done, the request may be sent again ({@link DatabaseBusy} answers the same for the application's API).</li>
 * </ul>
 */
class EngineRestErrors extends OncePerRequestFilter {

    static final String CONFLICT_MESSAGE = "该任务或案件刚被他人处理或认领，请刷新后查看最新状态。";
    static final String GONE_MESSAGE = "该任务已不存在（可能刚被他人办理），请刷新待办列表。";
    private static final Set<String> CONFLICT_TYPES = Set.of("OptimisticLockingException", "TaskAlreadyClaimedException");
    /** How HikariCP says that it had no connection to give within its wait. */
    static final String POOL_EXHAUSTED = "Connection is not available, request timed out";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the engine REST API puts before the application's message: "Cannot submit task form 12:", … */
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^Cannot .*?: (?=\\p{IsHan})");
    private static final String REFUSAL_TYPE = "FormFieldValidationException";
    private static final Pattern TASK_WORK = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|claim|unclaim|resolve)");

    private final TaskService taskService;

    EngineRestErrors(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            int status = answer.getStatus();
            if ((status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR)
                    && taskGone(request)) {
                // the task went (someone else completed it) while this request was working on it: whatever the engine
                // stumbled on (a permission already removed, an execution already ended), the answer is that it is gone
                ObjectNode gone = JSON.createObjectNode().put("type", "NotFound").put("message", GONE_MESSAGE);
                replace(answer, HttpServletResponse.SC_NOT_FOUND, gone);
            } else if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    || status == HttpServletResponse.SC_BAD_REQUEST) {
                rewrite(request, answer, status);
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    private boolean taskGone(HttpServletRequest request) {
        Matcher work = TASK_WORK.matcher(request.getRequestURI());
        return work.matches() && taskService.createTaskQuery().taskId(work.group(1)).count() == 0;
    }

    private static void rewrite(HttpServletRequest request, ContentCachingResponseWrapper answer, int status)
            throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(answer.getContentAsByteArray());
        } catch (IOException notJson) {
            return;
        }
        if (!(body instanceof ObjectNode error)) {
            return;
        }
        int code = error.path("code").asInt(0);
        if (code == ErrorCodes.INVALID_INPUT || error.path("type").asText().equals(REFUSAL_TYPE)) {
            refused(InputRefusals.of(request), error);
            replace(answer, HttpServletResponse.SC_BAD_REQUEST, error);
        } else if (status != HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            return;
        } else if (code == ErrorCodes.OPTIMISTIC_LOCKING || CONFLICT_TYPES.contains(error.path("type").asText())
                || error.path("message").asText().contains("OptimisticLockingException")) {
            error.put("detail", error.path("message").asText());
            error.put("message", CONFLICT_MESSAGE);
            error.put("type", "Conflict");
            replace(answer, HttpServletResponse.SC_CONFLICT, error);
        } else if (error.path("message").asText().contains("Cannot find task with id")) {
            error.put("detail", error.path("message").asText());
            error.put("message", GONE_MESSAGE);
            error.put("type", "NotFound");
            replace(answer, HttpServletResponse.SC_NOT_FOUND, error);
        } else if (error.path("message").asText().contains(POOL_EXHAUSTED)) {
            error.put("detail", error.path("message").asText());
            error.put("message", DatabaseBusy.MESSAGE);
            error.put("type", "ServiceUnavailable");
            replace(answer, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error);
            answer.setHeader("Retry-After", DatabaseBusy.RETRY_AFTER_SECONDS);
        }
    }

    /**
     * The application's message alone, the engine's whole message in {@code detail}, and the refused fields when the
     * refusal was kept with the request (and is the one this answer reports).
     */
    private static void refused(FieldRefusal refusal, ObjectNode error) {
        String original = error.path("message").asText();
        error.put("detail", original);
        if (refusal != null && original.endsWith(refusal.getMessage())) {
            error.put("message", refusal.getMessage());
            ArrayNode errors = error.putArray("errors");
            FieldError.all(refusal.problems()).forEach(field -> errors.addObject().put("field", field.field())
                    .put("message", field.message()).put("code", field.code().name()));
        } else {
            error.put("message", ENGINE_PREFIX.matcher(original).replaceFirst(""));
        }
    }

    private static void replace(ContentCachingResponseWrapper answer, int status, ObjectNode body) throws IOException {
        answer.resetBuffer();
        answer.setStatus(status);
        answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
        answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
        answer.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
