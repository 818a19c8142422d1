package cn.grassroots.cases.visits;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonMappingException;

import cn.grassroots.cases.system.ErrorBody;
import cn.grassroots.cases.system.FieldError;
import cn.grassroots.cases.system.FieldProblem;

/**
 * The visits over HTTP: plan one ({@code POST /api/visits}), list them ({@code GET /api/visits?cadre=&place=&type=&
 * from=&to=&status=}), read one with its issues ({@code GET /api/visits/{n}}) and its place's briefing
 * ({@code GET /api/visits/{n}/briefing}), each as far as the person may see it; run the quota check now
 * ({@code POST /api/visits/quota-reviews}, the supervision office).
 */
@RestController
@RequestMapping("/api/visits")
class VisitController {

    private static final FieldProblem WRONG_TYPE = FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "类型不对");
    private static final FieldProblem NOT_JSON = FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "不是有效的 JSON");

    private final VisitPlanner planner;
    private final VisitQueries queries;
    private final VisitBriefings briefings;
    private final VisitAccess access;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;

    VisitController(VisitPlanner planner, VisitQueries queries, VisitBriefings briefings, VisitAccess access,
            IdentityService identityService, RuntimeService runtimeService) {
        this.planner = planner;
        this.queries = queries;
        this.briefings = briefings;
        this.access = access;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
    }

    @PostMapping
    ResponseEntity<VisitPlanner.Planned> plan(@RequestBody VisitPlanRequest request) {
        VisitPlanner.Planned planned = planner.plan(request.toPlan());
        return ResponseEntity.created(URI.create("/api/visits/" + planned.visitNumber())).body(planned);
    }

    @GetMapping
    List<VisitSummary> list(@RequestParam(required = false) String cadre, @RequestParam(required = false) String place,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String status) {
        return queries.list(new VisitQueries.Filter(blank(cadre), blank(place), blank(type), from, to, blank(status)),
                identityService.getCurrentAuthentication());
    }

    /** The supervision office checks the cadres' quotas now, as the engine does on each month's first working day. */
    @PostMapping("/quota-reviews")
    ResponseEntity<Map<String, String>> reviewQuotas() {
        var review = runtimeService.startProcessInstanceByMessage(VisitQuotaReviewProcess.MESSAGE_REVIEW_REQUESTED);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", review.getId()));
    }

    @GetMapping("/{visitNumber}")
    ResponseEntity<VisitDetail> find(@PathVariable String visitNumber) {
        return ResponseEntity.of(queries.find(visitNumber, identityService.getCurrentAuthentication())
                .map(visit -> new VisitDetail(visit, queries.issues(visitNumber))));
    }

    @GetMapping("/{visitNumber}/briefing")
    ResponseEntity<VisitBriefings.Briefing> briefing(@PathVariable String visitNumber) {
        var person = identityService.getCurrentAuthentication();
        return ResponseEntity.of(queries.find(visitNumber, person)
                .filter(visit -> access.maySeeBriefing(visit, person))
                .map(visit -> briefings.briefing(visitNumber, visit.place())));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody invalid(VisitPlanner.InvalidPlanException e) {
        return new ErrorBody("活动计划有误", e.errors().entrySet().stream()
                .map(error -> new FieldError(apiName(error.getKey()), error.getValue().messageFor(error.getKey()),
                        error.getValue().code()))
                .toList());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().get(0).getFieldName();
            return new ErrorBody("活动计划有误", List.of(FieldError.of(field, WRONG_TYPE)));
        }
        return new ErrorBody("请求内容不是有效的 JSON", List.of(FieldError.of("body", NOT_JSON)));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    Map<String, String> forbidden(AuthorizationException e) {
        return Map.of("message", "无权操作：下基层活动由领导干部本人、领导办公室或督查室制定计划；任务量检查由督查室发起");
    }

    /** The API calls the visit's type {@code type}; the process variable is {@code visitType}. */
    private static String apiName(String variable) {
        return GrassrootsVisitProcess.Variables.VISIT_TYPE.equals(variable) ? "type" : variable;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
