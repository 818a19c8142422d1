package cn.grassroots.cases.supervision;

import java.util.ArrayList;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Adds {@link StoppedTimers} beside the engine's failed-job incident handler. */
@Component
class StoppedTimersPlugin extends AbstractProcessEnginePlugin {

    private final JdbcTemplate jdbc;
    private final BoardChanges board;

    /** The data source, not the application's JdbcTemplate: that one waits for Flyway, which waits for the engine. */
    StoppedTimersPlugin(DataSource dataSource, BoardChanges board) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.board = board;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCompositeIncidentHandlersEnabled(true);
        var handlers = new ArrayList<IncidentHandler>();
        if (configuration.getCustomIncidentHandlers() != null) {
            handlers.addAll(configuration.getCustomIncidentHandlers());
        }
        handlers.add(new StoppedTimers(jdbc, board));
        configuration.setCustomIncidentHandlers(handlers);
    }
}
