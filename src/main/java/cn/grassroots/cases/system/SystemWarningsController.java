package cn.grassroots.cases.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/system/warnings}: what the people running the system must act on (Cockpit shows it). */
@RestController
class SystemWarningsController {

    private final List<SystemWarning.Source> sources;
    private final IdentityService identityService;

    SystemWarningsController(List<SystemWarning.Source> sources, IdentityService identityService) {
        this.sources = sources;
        this.identityService = identityService;
    }

    @GetMapping("/api/system/warnings")
    List<SystemWarning> warnings() {
        if (identityService.getCurrentAuthentication() == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return sources.stream().flatMap(source -> source.warnings().stream()).toList();
    }
}
