package cn.grassroots.cases.system;

import java.io.IOException;

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
 * Headers every answer carries (issue 9): {@code X-Content-Type-Options: nosniff} (the application's API had none),
 * {@code Referrer-Policy: same-origin} (case numbers in addresses do not leave the site), and over TLS
 * {@code Strict-Transport-Security}. Behind a TLS-terminating proxy set {@code server.forward-headers-strategy=native}
 * so that requests are known to be secure. Headers the webapps set themselves are left as they are.
 */
@Configuration
class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setName("grassroots-security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", HSTS);
            }
            chain.doFilter(request, response);
        }
    }
}
