package cn.grassroots.cases.system;

import static cn.grassroots.cases.EngineHttp.variables;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * Issue 15, item 4: a refusal reads in Chinese and names the field as the form labels it, wherever it is met (Tasklist
 * through the engine REST API, the application's API); programs keep the variable name and a stable code beside it.
 */
@GrassrootsTest
class ChineseErrorMessagesTests {

    private static final String CJK = ".*\\p{IsHan}.*";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aRefusedTasklistSubmissionIsAnsweredWithTheApplicationsChineseMessageAlone() {
        CaseDriver roads = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        String submit = "/engine-rest/task/" + roads.task(TASK_RESOLVE_ISSUE).getId() + "/submit-form";

        ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "handler-roads").post(submit, Map.of("variables",
                variables(REQUEST_EXTENSION, true, EXTENSION_DAYS, 999, EXTENSION_REASON, "需等待厂家供货。")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message = refused.getBody().path("message").asText();
        assertThat(message).matches(CJK).contains(FieldLabels.of(EXTENSION_DAYS)).contains("申请延期天数")
                .startsWith("申请延期天数：").doesNotContain("Cannot submit").doesNotContain(EXTENSION_DAYS);
        assertThat(refused.getBody().path("detail").asText()).as("the engine's own words, for the log")
                .startsWith("Cannot submit task form");
        JsonNode error = refused.getBody().path("errors").path(0);
        assertThat(error.path("field").asText()).isEqualTo(EXTENSION_DAYS);
        assertThat(error.path("message").asText()).isEqualTo(message);
        assertThat(error.path("code").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(roads.task(TASK_RESOLVE_ISSUE)).as("nothing changed").isNotNull();
    }

    @Test
    void aFieldNotOnTheFormIsNamedByItsLabelAndItsVariableName() {
        CaseDriver roads = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String submit = "/engine-rest/task/" + roads.task(TASK_ACCEPT_ISSUE).getId() + "/submit-form";

        ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "handler-roads").post(submit,
                Map.of("variables", variables(ACCEPTED, true, ESCALATION_LEVEL, 0)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).startsWith("督办级别（escalationLevel）：")
                .doesNotContain("Cannot submit");
        assertThat(refused.getBody().path("errors").path(0).path("code").asText()).isEqualTo("UNKNOWN_FIELD");
    }

    @Test
    void anIssueWithoutTitleIsAnsweredWithTheFieldItsChineseMessageAndACode() {
        Map<String, Object> issue = new HashMap<>(IssueIntakeApiTestData.validIssue());
        issue.remove(TITLE);

        ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "dispatcher").post("/api/issues", issue);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).matches(CJK);
        JsonNode error = refused.getBody().path("errors").path(0);
        assertThat(error.path("field").asText()).isEqualTo(TITLE);
        assertThat(error.path("message").asText()).matches(CJK).contains(FieldLabels.of(TITLE)).contains("问题标题");
        assertThat(error.path("code").asText()).isEqualTo("REQUIRED");
    }

    @Test
    void anOfficesPageRefusesAUnitWithItsReasonInChinese() {
        ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "handler-roads").get("/api/spot-checks");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("抽查和专项督查仅供督查室和领导查看");
        assertThat(refused.getBody().toString()).doesNotContain("Forbidden");
        ResponseEntity<JsonNode> unknown = EngineHttp.as(rest, "supervisor").get("/api/spot-checks/CC-2026-999999");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().path("message").asText()).isEqualTo("没有编号为 CC-2026-999999 的抽查");
    }

    @Test
    void aFieldIsLabelledAsItsFormsLabelItAndOtherwiseByItsName() {
        assertThat(FieldLabels.of(EXTENSION_DAYS)).isEqualTo("申请延期天数");
        assertThat(FieldLabels.of(DUE_DATE)).as("a date field's label").isEqualTo("办理期限");
        assertThat(FieldLabels.of("from")).as("a field of the API only").isEqualTo("起始日期");
        assertThat(FieldLabels.of("noSuchField")).isEqualTo("noSuchField");
        assertThat(FieldLabels.named("noSuchField")).isEqualTo("noSuchField");
    }
}
