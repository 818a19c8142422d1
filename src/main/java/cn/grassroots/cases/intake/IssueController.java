package cn.grassroots.cases.intake;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake over HTTP: registers an issue exactly as the Tasklist start form does. */
@RestController
@RequestMapping("/api/issues")
class IssueController {

    private final IssueIntake intake;
    private final IdempotentIntake idempotent;

    IssueController(IssueIntake intake, IdempotentIntake idempotent) {
        this.intake = intake;
        this.idempotent = idempotent;
    }

    /** Registers; with an {@code Idempotency-Key} a retried request answers the first case (200) instead of another. */
    @PostMapping
    ResponseEntity<RegisteredIssue> register(@RequestBody IssueRegistrationRequest request,
            @RequestHeader(value = IdempotentIntake.HEADER, required = false) String idempotencyKey) {
        IdempotentIntake.Answer answer = idempotent.register(idempotencyKey, request);
        RegisteredIssue registered = answer.issue();
        return (answer.repeated() ? ResponseEntity.ok() : ResponseEntity.created(URI.create("/api/issues/"
                + registered.caseNumber()))).body(registered);
    }

    @GetMapping("/{caseNumber}")
    ResponseEntity<IssueSummary> find(@PathVariable String caseNumber) {
        return ResponseEntity.of(intake.find(caseNumber));
    }
}
