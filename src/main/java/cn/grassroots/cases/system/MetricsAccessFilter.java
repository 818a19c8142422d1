package cn.grassroots.cases.system;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Lets administrators and the supervision office, authenticated before, read {@code /actuator/metrics} and {@code /actuator/prometheus}. */
class MetricsAccessFilter extends OncePerRequestFilter {

    static final Set<String> READERS = Set.of(Groups.CAMUNDA_ADMIN, "supervision");

    private final IdentityService identityService;

    MetricsAccessFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = identityService.getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.stream().noneMatch(READERS::contains)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "运行指标仅供系统管理员和督查室查看");
            return;
        }
        chain.doFilter(request, response);
    }
}
