package cn.grassroots.cases.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;
import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * Who may see and do what, over the real HTTP endpoints with real logins: a case of the roads bureau and one of the
 * water bureau, both in handling, against each role.
 */
@GrassrootsTest
class AuthorizationMatrixTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    CaseDriver roads;
    CaseDriver water;

    @BeforeEach
    void twoCasesOfTwoUnits() {
        roads = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads");
        Map<String, Object> waterFacts = CaseDriver.roadsIssue();
        waterFacts.put(Variables.CATEGORY, "WATER");
        water = CaseDriver.register(engine, waterFacts).sortTo("unit-water").accept("handler-water");
    }

    @Test
    void aUnitHandlerSeesAndWorksOnlyTheTasksOfItsOwnUnit() {
        String roadsTask = roads.task(Elements.TASK_RESOLVE_ISSUE).getId();
        String waterTask = water.task(Elements.TASK_RESOLVE_ISSUE).getId();

        assertThat(taskIds("handler-roads", roads)).containsExactly(roadsTask);
        assertThat(taskIds("handler-roads", water)).isEmpty();
        assertThat(taskIds("handler-water", water)).containsExactly(waterTask);
        assertThat(taskIds("handler-water", roads)).isEmpty();

        assertThat(get("handler-roads", "/engine-rest/task/" + roadsTask + "/variables").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("handler-roads", "/engine-rest/task/" + waterTask + "/variables").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("handler-roads", "/engine-rest/task/" + waterTask + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(water.task(Elements.TASK_RESOLVE_ISSUE)).isNotNull();
    }

    @Test
    void aUnitHandlerGetsNoCaseThroughInstanceHistoryVariableOrApplicationEndpoints() {
        for (CaseDriver any : new CaseDriver[] {roads, water}) {
            String id = any.instance().getId();
            assertThat(get("handler-roads", "/engine-rest/process-instance?processInstanceIds=" + id).getBody())
                    .isEmpty();
            assertThat(get("handler-roads", "/engine-rest/history/process-instance?processInstanceId=" + id)
                    .getBody()).isEmpty();
            assertThat(get("handler-roads", "/engine-rest/history/variable-instance?processInstanceId=" + id)
                    .getBody()).isEmpty();
            assertThat(get("handler-roads", "/engine-rest/process-instance/" + id + "/variables").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get("handler-roads", "/api/supervision/overdue-cases").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("handler-roads", "/api/issues/" + water.instance().getBusinessKey()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("handler-roads", "/api/issues", IssueIntakeApiTestData.validIssue()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theUnitHoldingACaseReadsItThereAndLosesItWhenTheCaseMovesOn() {
        String caseNumber = roads.instance().getBusinessKey();

        assertThat(get("handler-roads", "/api/issues/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("handler-roads", "/api/issues/" + caseNumber).getBody().path("title").asText())
                .isEqualTo(CaseDriver.roadsIssue().get(Variables.TITLE));
        assertThat(get("handler-water", "/api/issues/" + caseNumber).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        roads.resolve("handler-roads");

        assertThat(get("handler-roads", "/api/issues/" + caseNumber).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOfficesReadEveryCaseAndOnlyDispatchRegisters() {
        for (String office : new String[] {"dispatcher", "supervisor", "leader"}) {
            for (CaseDriver any : new CaseDriver[] {roads, water}) {
                String id = any.instance().getId();
                assertThat(get(office, "/engine-rest/process-instance?processInstanceIds=" + id).getBody())
                        .as(office).hasSize(1);
                assertThat(get(office, "/engine-rest/history/process-instance?processInstanceId=" + id).getBody())
                        .as(office).hasSize(1);
                assertThat(get(office, "/engine-rest/process-instance/" + id + "/variables").getStatusCode())
                        .as(office).isEqualTo(HttpStatus.OK);
                assertThat(taskIds(office, any)).as(office).hasSize(1);
            }
            assertThat(get(office, "/api/supervision/overdue-cases").getStatusCode()).as(office)
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(post("dispatcher", "/api/issues", IssueIntakeApiTestData.validIssue()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("supervisor", "/api/issues", IssueIntakeApiTestData.validIssue()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // offices read unit tasks but cannot work them
        String roadsTask = roads.task(Elements.TASK_RESOLVE_ISSUE).getId();
        assertThat(post("supervisor", "/engine-rest/task/" + roadsTask + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aReturnedCaseLeavesTheOldUnitAndReachesTheNewOne() {
        CaseDriver moved = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        assertThat(taskIds("handler-roads", moved)).hasSize(1);

        moved.complete(Elements.TASK_ACCEPT_ISSUE, "handler-roads",
                Map.of(Variables.ACCEPTED, false, Variables.RETURN_REASON, "属供水问题。"));
        moved.sortTo("unit-water");

        assertThat(taskIds("handler-roads", moved)).isEmpty();
        assertThat(taskIds("handler-water", moved)).hasSize(1);
    }

    private java.util.List<String> taskIds(String user, CaseDriver issue) {
        return get(user, "/engine-rest/task?processInstanceId=" + issue.instance().getId()
                + "&taskDefinitionKeyIn=" + Elements.TASK_RESOLVE_ISSUE + "," + Elements.TASK_ACCEPT_ISSUE)
                .getBody().findValuesAsText("id");
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
