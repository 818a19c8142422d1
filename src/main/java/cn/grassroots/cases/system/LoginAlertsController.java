package cn.grassroots.cases.system;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/security/login-alerts}: the latest logins the application slowed down, for administrators. */
@RestController
class LoginAlertsController {

    record LoginAlert(LocalDateTime occurredAt, String kind, String userId, String clientAddress, int failures) {
    }

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;

    LoginAlertsController(JdbcTemplate jdbc, IdentityService identityService) {
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    @GetMapping("/api/security/login-alerts")
    List<LoginAlert> latest() {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "登录告警仅供系统管理员查看");
        }
        return jdbc.query("""
                SELECT occurred_at, kind, user_id, client_address, failures FROM login_alert
                ORDER BY occurred_at DESC, id DESC FETCH FIRST 200 ROWS ONLY""",
                (rs, n) -> new LoginAlert(rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("kind"),
                        rs.getString("user_id"), rs.getString("client_address"), rs.getInt("failures")));
    }
}
