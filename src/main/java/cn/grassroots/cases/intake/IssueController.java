package cn.grassroots.cases.intake;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake over HTTP: registers an issue exactly as the Tasklist start form does. */
@RestController
@RequestMapping("/api/issues")
class IssueController {

    private final IssueIntake intake;

    IssueController(IssueIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<RegisteredIssue> register(@RequestBody IssueRegistrationRequest request) {
        RegisteredIssue registered = intake.register(request.toFacts());
        return ResponseEntity.created(URI.create("/api/issues/" + registered.caseNumber())).body(registered);
    }

    @GetMapping("/{caseNumber}")
    ResponseEntity<IssueSummary> find(@PathVariable String caseNumber) {
        return ResponseEntity.of(intake.find(caseNumber));
    }
}
