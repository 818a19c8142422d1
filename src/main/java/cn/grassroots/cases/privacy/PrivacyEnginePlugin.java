package cn.grassroots.cases.privacy;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/** Stores history through {@link MaskingHistoryEventHandler} instead of the engine's plain database handler. */
@Component
class PrivacyEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(
                new ArrayList<>(List.of(new MaskingHistoryEventHandler(new DbHistoryEventHandler()))));
    }
}
