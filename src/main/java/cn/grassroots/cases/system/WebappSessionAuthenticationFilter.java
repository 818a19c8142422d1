package cn.grassroots.cases.system;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged in to the Camunda webapps call the application's {@code /api/**} with their session, as the
 * Cockpit overdue board does, for reads (GET) only; everything else goes on to HTTP basic authentication.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    static final String AUTHENTICATED = WebappSessionAuthenticationFilter.class.getName() + ".authenticated";

    private final IdentityService identityService;

    WebappSessionAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // reads only: a session must not be usable for cross-site writes
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        UserAuthentication user = read ? sessionUser(request.getSession(false)) : null;
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static UserAuthentication sessionUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine("default");
        return authentication instanceof UserAuthentication user ? user : null;
    }
}
