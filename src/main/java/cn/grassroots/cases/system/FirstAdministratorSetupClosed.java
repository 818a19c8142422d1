package cn.grassroots.cases.system;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda Admin's first-administrator setup (page and {@code /api/admin/setup/…}) lets whoever comes first create an
 * administrator while none exists. This system never needs it: the first administrator comes from the
 * configuration (CAMUNDA_BPM_ADMINUSER_ID/PASSWORD), and a start without one is refused before anything is served.
 * So the setup is closed for good, answered 404 whatever the state of the database.
 */
@Configuration
class FirstAdministratorSetupClosed {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> firstAdministratorSetupFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new SetupFilter());
        registration.setName("grassroots-first-administrator-setup-closed");
        registration.addUrlPatterns(webapps + "/api/admin/*", webapps + "/app/admin/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static class SetupFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.matches(".*/api/admin/setup(/.*)?") || path.matches(".*/app/admin/[^/]+/setup(/.*)?")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
