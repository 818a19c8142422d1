package cn.grassroots.cases.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/** The reporter's identity is masked wherever the case appears, and revealed only to those entitled. */
@GrassrootsTest
class ReporterPrivacyTests {

    static final String NAME = "陈建国";
    static final String PHONE = "13800001111";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void variablesHistoryAndTheRestApiHoldOnlyTheMaskedIdentity() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String id = issue.instance().getId();

        assertThat(issue.variable(Variables.REPORTER_NAME)).isEqualTo("陈**");
        assertThat(issue.variable(Variables.REPORTER_PHONE)).isEqualTo("138****1111");
        for (HistoricDetail detail : engine.getHistoryService().createHistoricDetailQuery().processInstanceId(id)
                .variableUpdates().list()) {
            Object value = ((HistoricVariableUpdate) detail).getValue();
            assertThat(String.valueOf(value)).doesNotContain(NAME).doesNotContain(PHONE);
        }
        JsonNode variables = rest.withBasicAuth("supervisor", "supervisor")
                .getForObject("/engine-rest/process-instance/" + id + "/variables", JsonNode.class);
        assertThat(variables.path("reporterName").path("value").asText()).isEqualTo("陈**");
        JsonNode history = rest.withBasicAuth("supervisor", "supervisor")
                .getForObject("/engine-rest/history/variable-instance?processInstanceId=" + id, JsonNode.class);
        assertThat(history.toString()).doesNotContain(NAME).doesNotContain(PHONE);
    }

    @Test
    void dispatchAndTheUnitHoldingTheCaseSeeTheReporterOthersDoNot() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String caseNumber = issue.instance().getBusinessKey();

        assertThat(reporter("dispatcher", caseNumber).getBody().path("reporterPhone").asText()).isEqualTo(PHONE);
        assertThat(reporter("handler-roads", caseNumber).getBody().path("reporterName").asText()).isEqualTo(NAME);
        assertThat(reporter("handler-water", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reporter("supervisor", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reporter("leader", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // once the unit has handed in its resolution it no longer holds the case
        issue.accept("handler-roads").resolve("handler-roads");
        assertThat(reporter("handler-roads", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporter_disclosure WHERE process_instance_id = ?",
                Integer.class, issue.instance().getId())).isEqualTo(2);
    }

    @Test
    void anAccusationNeverRevealsTheReporterToAUnit() {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(Variables.ACCUSATION, true);
        CaseDriver issue = CaseDriver.register(engine, facts).sortTo("unit-roads").accept("handler-roads");
        String caseNumber = issue.instance().getBusinessKey();

        assertThat(reporter("handler-roads", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reporter("dispatcher", caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<JsonNode> reporter(String user, String caseNumber) {
        return rest.withBasicAuth(user, user).getForEntity("/api/issues/" + caseNumber + "/reporter", JsonNode.class);
    }
}
