package cn.grassroots.cases.privacy;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/issues/{caseNumber}/reporter}: the reporter's real name and phone, for those entitled (see
 * {@link ReporterAccess}); 403 for everybody else. Tasklist forms link here from the masked reporter fields.
 */
@RestController
class ReporterController {

    private final ReporterAccess access;
    private final IdentityService identityService;

    ReporterController(ReporterAccess access, IdentityService identityService) {
        this.access = access;
        this.identityService = identityService;
    }

    @GetMapping("/api/issues/{caseNumber}/reporter")
    ResponseEntity<Map<String, Object>> reporter(@PathVariable String caseNumber) {
        ReporterAccess.Result result = access.reveal(caseNumber, identityService.getCurrentAuthentication());
        return switch (result.decision()) {
            case NOT_FOUND -> ResponseEntity.notFound().build();
            case FORBIDDEN -> ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                    "只有分办中心和正在办理该问题的责任单位可以查看反映人信息"));
            case SHOWN -> ResponseEntity.ok(Map.of("caseNumber", caseNumber,
                    "reporterName", nullToEmpty(result.reporter().name()),
                    "reporterPhone", nullToEmpty(result.reporter().phone())));
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
