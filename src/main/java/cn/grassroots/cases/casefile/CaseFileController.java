package cn.grassroots.cases.casefile;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 案件详情 over HTTP: {@code GET /api/cases/{caseNumber}}; 404 for a case that is not there or not the person's to read. */
@RestController
class CaseFileController {

    private final CaseFiles files;
    private final IdentityService identityService;

    CaseFileController(CaseFiles files, IdentityService identityService) {
        this.files = files;
        this.identityService = identityService;
    }

    @GetMapping("/api/cases/{caseNumber}")
    ResponseEntity<CaseFile> find(@PathVariable String caseNumber) {
        return ResponseEntity.of(files.find(caseNumber, identityService.getCurrentAuthentication()));
    }
}
