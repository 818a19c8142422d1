package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;

/**
 * The engine's statements we replace on PostgreSQL answer what the engine's own would (ADR 0010), and its decision
 * tables are answered with the literal cells' fast path.
 */
@GrassrootsTest
class EngineHotPathsTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theGroupsHoldingAnyGrantAreThoseTheEnginesOwnQueryFinds() {
        CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads"); // per-task grants of a unit
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        List<?> answer = configuration.getCommandExecutorTxRequired().execute(context -> context.getDbEntityManager()
                .selectList(EngineHotPathsPlugin.ENGINE_STATEMENT));
        Set<String> expected = new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL", String.class));

        assertThat(answer.stream().filter(Objects::nonNull).map(String.class::cast).collect(Collectors.toSet()))
                .isEqualTo(expected).contains("unit-roads", "dispatch");
        boolean postgres = DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType());
        assertThat(configuration.getDbSqlSessionFactory().mapStatement(EngineHotPathsPlugin.ENGINE_STATEMENT))
                .isEqualTo(postgres ? EngineHotPathsPlugin.OUR_STATEMENT : EngineHotPathsPlugin.ENGINE_STATEMENT);
    }

    @Test
    void theDecisionTablesAnswerTheirPlainCellsWithoutTheInterpreter() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(LiteralFeelEngine.class);
        // the deadline policy still decides as its table says (DeadlinePolicyTests checks every row)
        assertThat(engine.getDecisionService().evaluateDecisionByKey("DeadlinePolicy")
                .variables(java.util.Map.of("category", "ROADS_TRAFFIC", "urgency", "URGENT", "channel", "ONSITE"))
                .evaluate().getSingleResult().getEntryMap())
                .containsEntry("responsibleUnit", "unit-roads").containsEntry("limitDays", 3)
                .containsEntry("limitDayType", "WORKING");
    }
}
