package cn.grassroots.cases.system;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * HTTP basic authentication against the engine's identity service for the engine REST API and the
 * application's own API. A request without valid credentials is answered 401; an authenticated one runs as
 * that user, so the engine records who did what. The webapps keep their own session login.
 */
@Configuration
class ApiAuthenticationConfig {

    /** Outermost: one log line per API call, with the case number where there is one. */
    @Bean
    FilterRegistrationBean<RequestLog> requestLog(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog(jdbc));
        registration.setName("grassroots-request-log");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Before any login: the client's address for the password check, and 429 while its logins are delayed. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("grassroots-login-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** 409 and 400 where the engine REST API would answer 500 (its own copy for the webapps included). */
    @Bean
    FilterRegistrationBean<EngineRestErrors> engineRestErrors(TaskService taskService,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<EngineRestErrors> registration =
                new FilterRegistrationBean<>(new EngineRestErrors(taskService));
        registration.setName("grassroots-engine-rest-errors");
        registration.addUrlPatterns("/engine-rest/*", webapps + "/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** First: a webapp session (the Cockpit overdue board) authenticates {@code /api/**} calls. */
    @Bean
    FilterRegistrationBean<WebappSessionAuthenticationFilter> webappSessionAuthenticationFilter(
            IdentityService identityService) {
        FilterRegistrationBean<WebappSessionAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new WebappSessionAuthenticationFilter(identityService));
        registration.setName("grassroots-api-session-authentication");
        registration.addUrlPatterns("/api/*", "/receipt/*", "/reporter/*", "/actuator/health", "/actuator/health/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }

    /** Then HTTP basic, unless the session filter authenticated the request already. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new BasicUnlessSessionAuthenticated());
        registration.setName("grassroots-api-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/receipt/*", "/reporter/*", "/actuator/metrics",
                "/actuator/metrics/*", "/actuator/prometheus");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Health stays open: its status for anyone, its details for a logged-in person. */
    @Bean
    FilterRegistrationBean<HealthViewerFilter> healthViewerFilter(IdentityService identityService) {
        FilterRegistrationBean<HealthViewerFilter> registration =
                new FilterRegistrationBean<>(new HealthViewerFilter(identityService));
        registration.setName("grassroots-health-viewer");
        registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Metrics are for administrators and the supervision office. */
    @Bean
    FilterRegistrationBean<MetricsAccessFilter> metricsAccessFilter(IdentityService identityService) {
        FilterRegistrationBean<MetricsAccessFilter> registration =
                new FilterRegistrationBean<>(new MetricsAccessFilter(identityService));
        registration.setName("grassroots-metrics-access");
        registration.addUrlPatterns("/actuator/metrics", "/actuator/metrics/*", "/actuator/prometheus");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }

    static class BasicUnlessSessionAuthenticated extends ProcessEngineAuthenticationFilter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (Boolean.TRUE.equals(request.getAttribute(WebappSessionAuthenticationFilter.AUTHENTICATED))) {
                chain.doFilter(request, response);
            } else {
                super.doFilter(request, response, chain);
            }
        }
    }
}
