package cn.grassroots.cases.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/** The reporter's identity is masked wherever the case appears, and revealed only to those entitled. */
@GrassrootsTest
class ReporterPrivacyTests {

    static final String NAME = "陈建国";
    static final String PHONE = "13800001111";
    static final String START_FORM = "/engine-rest/process-definition/key/IssueHandlingProcess/submit-form";

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
    void aCaseRegisteredWithTheTasklistStartFormKeepsNoRealIdentityInItsHistoryDetails() {
        ResponseEntity<JsonNode> started = EngineHttp.as(rest, "dispatcher").post(START_FORM, Map.of("variables",
                registration(Map.of("value", NAME), Map.of("value", PHONE))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = started.getBody().path("id").asText();

        for (String office : new String[] {"supervisor", "leader", "dispatcher"}) {
            ResponseEntity<JsonNode> details = EngineHttp.as(rest, office)
                    .get("/engine-rest/history/detail?processInstanceId=" + id);
            assertThat(details.getBody().findValuesAsText("type")).as(office).contains("formField");
            assertThat(details.getBody().toString()).as(office).contains("陈**")
                    .doesNotContain(NAME).doesNotContain(PHONE);
        }
    }

    @Test
    void aReporterSentAsAnObjectOrJsonValueIsRefusedAndNothingIsKept() {
        long casesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        Map<String, Object> asJson = Map.of("value", "\"" + NAME + "\"", "type", "Json");
        Map<String, Object> asObject = Map.of("value", "\"" + NAME + "\"", "type", "Object", "valueInfo",
                Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/json"));

        for (Map<String, Object> name : List.of(asJson, asObject)) {
            ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "dispatcher").post(START_FORM,
                    Map.of("variables", registration(name, Map.of("value", PHONE))));
            assertThat(refused.getStatusCode()).as(name.get("type").toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("message").asText()).contains("反映人姓名：须为文字");
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_detail WHERE text_ LIKE ? OR text2_ LIKE ?",
                Integer.class, "%" + NAME + "%", "%" + NAME + "%")).isZero();
    }

    private static Map<String, Object> registration(Object reporterName, Object reporterPhone) {
        Map<String, Object> variables = new HashMap<>(EngineHttp.variables(Variables.TITLE, "石桥村路灯损坏",
                Variables.DESCRIPTION, "村口6盏路灯不亮。", Variables.CHANNEL, "RESEARCH", Variables.CATEGORY, "ROADS_TRAFFIC",
                Variables.URGENCY, "NORMAL", Variables.LOCATION, "青山镇石桥村", Variables.RESOLVED_ON_SPOT, false));
        variables.put(Variables.REPORTER_NAME, reporterName);
        variables.put(Variables.REPORTER_PHONE, reporterPhone);
        return variables;
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
        assertThat(issue.variable(Variables.REPORTER_NAME)).as("not even the masked surname").isEqualTo("已保护");
        assertThat(issue.variable(Variables.REPORTER_PHONE)).as("nor the last digits").isEqualTo("已保护");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(issue.instance().getId()).variableName(Variables.REPORTER_NAME).singleResult()
                .getValue()).isEqualTo("已保护");
        ResponseEntity<String> page = page("handler-roads", caseNumber);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getBody()).contains("无权查看").contains("检举控告").doesNotContain(NAME);
    }

    @Test
    void theFormsLinkOpensAChinesePageWithTheIdentityOrTheReasonItIsWithheld() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String caseNumber = issue.instance().getBusinessKey();

        ResponseEntity<String> shown = page("handler-roads", caseNumber);
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(shown.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(shown.getBody()).contains("反映人信息").contains(NAME).contains(PHONE).contains("返回待办")
                .contains("已记录");
        ResponseEntity<String> refused = page("handler-water", caseNumber);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("无权查看").doesNotContain(NAME).doesNotContain(PHONE);
        assertThat(page("handler-water", "SX-2026-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporter_disclosure WHERE process_instance_id = ?",
                Integer.class, issue.instance().getId())).as("the page records what it shows, as the API").isEqualTo(1);
    }

    private ResponseEntity<String> page(String user, String caseNumber) {
        return rest.withBasicAuth(user, user).getForEntity("/reporter/" + caseNumber, String.class);
    }

    private ResponseEntity<JsonNode> reporter(String user, String caseNumber) {
        return rest.withBasicAuth(user, user).getForEntity("/api/issues/" + caseNumber + "/reporter", JsonNode.class);
    }
}
