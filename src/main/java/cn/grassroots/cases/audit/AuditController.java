package cn.grassroots.cases.audit;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/issues/{caseNumber}/audit}: the case's audit trail, oldest first. 404 when the case does not
 * exist or the caller may not read its history.
 */
@RestController
class AuditController {

    private final CaseAudit audit;

    AuditController(CaseAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/issues/{caseNumber}/audit")
    ResponseEntity<List<AuditEntry>> audit(@PathVariable String caseNumber) {
        return ResponseEntity.of(audit.trail(caseNumber));
    }
}
