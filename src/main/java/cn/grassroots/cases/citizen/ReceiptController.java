package cn.grassroots.cases.citizen;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.PlainPage;

/**
 * The printable receipt of a registration, {@code GET /receipt/{caseNumber}} (回执): number, date, title, place, the
 * unit's deadline once the case is sorted, the query code and how to follow the case. For the person who registered
 * it and the offices; anyone else gets 404 (nothing about the case, not even that it exists). Cases registered before
 * receipts existed get their code when their receipt is first printed.
 */
@RestController
class ReceiptController {

    private static final Set<String> OFFICES = Groups.OFFICES;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final JdbcTemplate jdbc;
    private final QueryCodes codes;
    private final IdentityService identity;
    private final Directory directory;
    private final WorkingCalendar calendar;

    ReceiptController(JdbcTemplate jdbc, QueryCodes codes, IdentityService identity, Directory directory,
            WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.identity = identity;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping(value = "/receipt/{caseNumber}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> receipt(@PathVariable String caseNumber) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT case_number, title, location, place, registered_by, registered_at, responsible_unit, due_date,
                       status FROM case_ledger WHERE case_number = ?""", caseNumber);
        Authentication user = identity.getCurrentAuthentication();
        if (rows.isEmpty() || !mayPrint(user, rows.get(0))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                    .body(PlainPage.html("未找到回执", "<p>未找到该问题的登记回执，或您无权查看。</p>"));
        }
        Map<String, Object> row = rows.get(0);
        String code = codes.of(caseNumber).orElseGet(() -> codes.issue(caseNumber, (String) row.get("registered_by")));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String lookup = base + "/public/?n=" + caseNumber;
        String unit = (String) row.get("responsible_unit");
        String deadline = unit == null || row.get("due_date") == null ? "待分办，交办后可在进度查询中看到"
                : directory.nameOf(unit) + "，办理期限 " + row.get("due_date");
        String place = row.get("place") == null ? "" : directory.nameOf((String) row.get("place"));
        String body = """
                <table class="receipt">
                  <tr><th>问题编号</th><td class="number">%s</td></tr>
                  <tr><th>登记时间</th><td>%s</td></tr>
                  <tr><th>问题标题</th><td>%s</td></tr>
                  <tr><th>地点</th><td>%s</td></tr>
                  <tr><th>承办单位</th><td>%s</td></tr>
                  <tr><th>查询码</th><td class="code">%s</td></tr>
                </table>
                <p>凭问题编号和查询码，可随时在手机或电脑上查询办理进度：<br><a href="%s">%s</a></p>
                <p class="muted">请妥善保管本回执，查询码不要告诉他人。登记人：%s</p>
                <p class="actions"><button type="button" onclick="window.print()">打印回执</button></p>
                """.formatted(htmlEscape(caseNumber), htmlEscape(time((Timestamp) row.get("registered_at"))),
                htmlEscape((String) row.get("title")), htmlEscape(join(place, (String) row.get("location"))),
                htmlEscape(deadline), htmlEscape(code), htmlEscape(lookup), htmlEscape(base + "/public/"),
                htmlEscape(directory.personNames().getOrDefault((String) row.get("registered_by"),
                        String.valueOf(row.get("registered_by")))));
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PlainPage.html("问题登记回执", body));
    }

    private static boolean mayPrint(Authentication user, Map<String, Object> row) {
        if (user == null) {
            return false;
        }
        boolean office = user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(OFFICES::contains);
        return office || user.getUserId().equals(row.get("registered_by"));
    }

    private String time(Timestamp at) {
        return at == null ? "" : MINUTES.format(at.toInstant().atZone(calendar.zone()));
    }

    private static String join(String place, String location) {
        if (location == null || location.isBlank()) {
            return place;
        }
        return place.isBlank() || location.contains(place) ? location : place + "（" + location + "）";
    }
}
