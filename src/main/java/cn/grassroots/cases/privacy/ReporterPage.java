package cn.grassroots.cases.privacy;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.grassroots.cases.system.PlainPage;

/**
 * {@code GET /reporter/{caseNumber}}: the page the forms' 查看反映人 link opens, in Chinese, with a way back to the task.
 * The same decision and the same record as the API ({@link ReporterAccess}); a refusal says who may see the identity.
 */
@RestController
class ReporterPage {

    static final String TASKLIST = "/camunda/app/tasklist/default/";

    private final ReporterAccess access;
    private final IdentityService identityService;

    ReporterPage(ReporterAccess access, IdentityService identityService) {
        this.access = access;
        this.identityService = identityService;
    }

    @GetMapping(value = "/reporter/{caseNumber}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> reporter(@PathVariable String caseNumber,
            @RequestHeader(value = HttpHeaders.REFERER, required = false) String referer) {
        ReporterAccess.Result result = access.reveal(caseNumber, identityService.getCurrentAuthentication());
        String back = "<p class=\"back\"><a href=\"" + htmlEscape(backTo(referer)) + "\">← 返回待办</a></p>";
        return switch (result.decision()) {
            case NOT_FOUND -> answer(HttpStatus.NOT_FOUND, "未找到该问题", "<p>没有编号为 " + htmlEscape(caseNumber)
                    + " 的问题。</p>" + back);
            case FORBIDDEN -> answer(HttpStatus.FORBIDDEN, "无权查看反映人", """
                    <p>您无权查看问题 %s 的反映人身份。</p>
                    <p class="muted">反映人的姓名和电话只向分办中心和正在承办本问题的单位公开；检举控告件的反映人身份不向承办单位公开。</p>
                    """.formatted(htmlEscape(caseNumber)) + back);
            case SHOWN -> answer(HttpStatus.OK, "反映人信息", """
                    <table class="receipt">
                      <tr><th>问题编号</th><td>%s</td></tr>
                      <tr><th>反映人</th><td class="number">%s</td></tr>
                      <tr><th>联系电话</th><td class="number">%s</td></tr>
                    </table>
                    <p class="muted">本次查看已记录（查看人和时间）。反映人信息仅用于办理本问题时联系反映人，不得向他人透露。</p>
                    """.formatted(htmlEscape(caseNumber), htmlEscape(orDash(result.reporter().name())),
                    htmlEscape(orDash(result.reporter().phone()))) + back);
        };
    }

    /** Back to the task the person came from (this application's pages only), else to Tasklist. */
    private static String backTo(String referer) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return referer != null && referer.startsWith(base + "/") ? referer : base + TASKLIST;
    }

    private static ResponseEntity<String> answer(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(PlainPage.html(title, body));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "（未留）" : value;
    }
}
