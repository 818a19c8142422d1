package cn.grassroots.cases.petition;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.GroupAccess;
import cn.grassroots.cases.system.InvalidRequestException;

/**
 * 复查 and 复核 over HTTP: the dispatch office registers a request ({@code POST /api/petition-reviews}
 * {@code {"caseNumber", "stage": "REVIEW"|"RECHECK", "requestedOn", "reason"}}: 201 with the request, admitted or refused
 * with its reason; 400 naming the field for a case that is not a closed petition); the offices read a case's requests
 * ({@code GET /api/issues/{caseNumber}/reviews}), each linked to the case and a 复核 to its 复查.
 */
@RestController
class PetitionReviewController {

    record ReviewRequest(String caseNumber, String stage, String requestedOn, String reason) {
    }

    /** A request as people read it. */
    record Review(String reviewNumber, String caseNumber, String stage, String stageName, String previousReview,
            String requestedOn, String reason, boolean admissible, String refusalReason, String reviewingUnitName,
            String dueDate, String decision, String decisionName, String opinion, String decidedAt, boolean late) {
    }

    private static final Set<String> READERS = Set.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS,
            Groups.ADMINISTRATORS);

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final Directory directory;

    PetitionReviewController(RuntimeService runtime, JdbcTemplate jdbc, IdentityService identity, Directory directory) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.identity = identity;
        this.directory = directory;
    }

    @PostMapping("/api/petition-reviews")
    ResponseEntity<Review> request(@RequestBody ReviewRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PetitionReviewProcess.Variables.CASE_NUMBER, request.caseNumber());
        variables.put(PetitionReviewProcess.Variables.STAGE, request.stage());
        variables.put(PetitionReviewProcess.Variables.REQUESTED_ON, request.requestedOn());
        variables.put(PetitionReviewProcess.Variables.REQUEST_REASON, request.reason());
        String instance;
        try {
            instance = runtime.startProcessInstanceByKey(PetitionReviewProcess.KEY, variables).getId();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidCaseInputException invalid) {
                    throw new InvalidRequestException("复查复核请求有误", invalid);
                }
            }
            throw e;
        }
        Review review = reviews("process_instance_id = ?", instance).get(0);
        return ResponseEntity.created(URI.create("/api/issues/" + review.caseNumber() + "/reviews")).body(review);
    }

    @GetMapping("/api/issues/{caseNumber}/reviews")
    List<Review> ofCase(@PathVariable String caseNumber) {
        GroupAccess.require(identity, READERS, "复查复核记录仅供分办中心、督查室和领导查看");
        return reviews("case_number = ?", caseNumber);
    }

    private List<Review> reviews(String where, Object argument) {
        return jdbc.query("SELECT * FROM petition_review WHERE " + where + " ORDER BY registered_at", (rs, n) -> {
            String stage = rs.getString("stage");
            String decision = rs.getString("decision");
            String unit = rs.getString("reviewing_unit");
            return new Review(rs.getString("review_number"), rs.getString("case_number"), stage,
                    PetitionReviewProcess.Stage.valueOf(stage).label(), rs.getString("previous_review"),
                    rs.getDate("requested_on").toString(), rs.getString("request_reason"), rs.getBoolean("admissible"),
                    rs.getString("refusal_reason"), unit == null ? null : directory.nameOf(unit),
                    rs.getDate("due_date") == null ? null : rs.getDate("due_date").toString(), decision,
                    decision == null ? null : "UPHOLD".equals(decision) ? "维持原处理意见" : "撤销或变更原处理意见，重新处理",
                    rs.getString("opinion"), rs.getTimestamp("decided_at") == null ? null
                            : rs.getTimestamp("decided_at").toString().substring(0, 16),
                    rs.getBoolean("late"));
        }, argument);
    }
}
