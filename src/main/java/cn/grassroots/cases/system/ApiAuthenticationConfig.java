package cn.grassroots.cases.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP basic authentication against the engine's identity service for the engine REST API and the
 * application's own API. A request without valid credentials is answered 401; an authenticated one runs as
 * that user, so the engine records who did what. The webapps keep their own session login.
 */
@Configuration
class ApiAuthenticationConfig {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("grassroots-api-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        return registration;
    }
}
