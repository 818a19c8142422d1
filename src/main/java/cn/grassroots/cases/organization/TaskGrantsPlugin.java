package cn.grassroots.cases.organization;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Tasklist at scale: the engine grants candidate groups their tasks through {@link TaskGrants}, filters of the user's
 * own tasks run through {@link OwnTaskFilters}, and a page's card variables are read as {@link TaskPageVariables} says.
 */
@Component
class TaskGrantsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskGrants());
        configuration.setFilterService(new OwnTaskFilters());
        List<CommandInterceptor> afterContext = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            afterContext.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        afterContext.add(new TaskPageVariables.CardVariables());
        configuration.setCustomPostCommandInterceptorsTxRequired(afterContext);
    }

    /** Marks a filter's page for {@link TaskPageVariables.CardVariables}, around the whole request. */
    @Bean
    static FilterRegistrationBean<TaskPageVariables.PageRequests> taskPageRequests() {
        FilterRegistrationBean<TaskPageVariables.PageRequests> registration =
                new FilterRegistrationBean<>(new TaskPageVariables.PageRequests());
        registration.setName("grassroots-task-page");
        registration.addUrlPatterns("/engine-rest/filter/*", "/camunda/api/engine/*");
        return registration;
    }
}
