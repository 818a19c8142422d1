package cn.grassroots.cases.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
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
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        return identityService.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
    }
}
