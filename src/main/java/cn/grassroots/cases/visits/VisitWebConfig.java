package cn.grassroots.cases.visits;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The start forms' open visits, on both copies of the engine API, after the request has been authenticated. */
@Configuration
class VisitWebConfig {

    @Bean
    FilterRegistrationBean<OpenVisitOptions> openVisitOptions(VisitQueries queries, IdentityService identityService,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<OpenVisitOptions> registration =
                new FilterRegistrationBean<>(new OpenVisitOptions(queries, identityService));
        registration.setName("grassroots-open-visit-options");
        registration.addUrlPatterns("/engine-rest/*", webapps + "/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 4);
        return registration;
    }
}
