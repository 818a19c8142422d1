package cn.grassroots.cases.system;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged in to the Camunda webapps call the application's {@code /api/**} with their session, as the
 * Cockpit pages do: reads (GET) always; a change (publishing an assessment) only with the webapps' CSRF token in the
 * {@code X-XSRF-TOKEN} header, as Cockpit sends it to the engine API, so another site cannot use the session.
 * Everything else goes on to HTTP basic authentication.
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
        // a session must not be usable for cross-site writes: a change needs the session's CSRF token
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        HttpSession session = request.getSession(false);
        UserAuthentication user = read || hasCsrfToken(request, session) ? sessionUser(session) : null;
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

    private static boolean hasCsrfToken(HttpServletRequest request, HttpSession session) {
        if (session == null) {
            return false;
        }
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null && java.security.MessageDigest.isEqual(
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
