package cn.grassroots.cases.system;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /actuator/health}: anyone gets the status and the names of its parts (load balancers probe it without a
 * login); a person logged in to the webapps, or sending HTTP basic credentials, gets the details too. Spring's
 * {@code show-details: when-authorized} reads the request's principal, which this sets from the webapp session
 * ({@link WebappSessionAuthenticationFilter}, before it) or the credentials. Wrong credentials get the anonymous
 * answer, never a 401: the probe must not depend on them. Every password check goes through the login throttle.
 */
class HealthViewerFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    HealthViewerFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication session = identityService.getCurrentAuthentication();
        String userId = session != null ? session.getUserId() : basicUser(request);
        if (userId == null) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        Principal principal = () -> userId;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public String getRemoteUser() {
                return userId;
            }

            @Override
            public boolean isUserInRole(String role) {
                return groups.contains(role);
            }
        }, response);
    }

    private String basicUser(HttpServletRequest request) {
        return BasicCredentials.of(request)
                .filter(credentials -> identityService.checkPassword(credentials.userId(), credentials.password()))
                .map(BasicCredentials::userId).orElse(null);
    }
}
