package cn.grassroots.cases.handling;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Makes {@link CaseHistoryLevel} known to the engine; {@code camunda.bpm.history-level: grassroots} chooses it. */
@Component
class CaseHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var levels = new ArrayList<>(configuration.getCustomHistoryLevels() == null ? List.of()
                : configuration.getCustomHistoryLevels());
        levels.add(new CaseHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
    }
}
