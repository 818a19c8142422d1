package cn.grassroots.cases.citizen;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous progress lookup: {@code GET /public/cases/{caseNumber}?code=}. A wrong code answers exactly as an
 * unknown number (404, same body), so numbers cannot be enumerated; too many lookups from one address answer 429 with
 * Retry-After.
 */
@RestController
class PublicCaseController {

    static final Map<String, String> NOT_FOUND = Map.of("code", "NOT_FOUND", "message",
            "未查到该问题：请核对问题编号和查询码（见登记回执）。");

    private final PublicCases cases;
    private final QueryCodes codes;
    private final LookupThrottle throttle;

    PublicCaseController(PublicCases cases, QueryCodes codes, LookupThrottle throttle) {
        this.cases = cases;
        this.codes = codes;
        this.throttle = throttle;
    }

    /** The page reporters use: number and code in, the progress out (mobile-friendly, Chinese). */
    @GetMapping(value = {"/public", "/public/"}, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(new ClassPathResource("citizen/lookup.html"));
    }

    @GetMapping("/public/cases/{caseNumber}")
    ResponseEntity<?> find(@PathVariable String caseNumber, @RequestParam(required = false) String code,
            HttpServletRequest request) {
        Duration wait = throttle.admit(request.getRemoteAddr());
        if (!wait.isZero()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()))
                    .body(Map.of("code", "TOO_MANY_LOOKUPS", "message", "查询过于频繁，请" + minutes(wait) + "后再试。"));
        }
        if (!codes.opens(caseNumber, code)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(NOT_FOUND);
        }
        return cases.find(caseNumber).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(NOT_FOUND));
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes + "分钟";
    }
}
