package cn.grassroots.cases.organization;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Tasklist at scale: the engine grants candidate groups their tasks through {@link TaskGrants}, and filters of the
 * user's own tasks run through {@link OwnTaskFilters}.
 */
@Component
class TaskGrantsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskGrants());
        configuration.setFilterService(new OwnTaskFilters());
    }
}
