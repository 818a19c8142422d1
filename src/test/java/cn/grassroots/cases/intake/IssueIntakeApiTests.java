package cn.grassroots.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.IssueHandlingProcess;

@GrassrootsTest
class IssueIntakeApiTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;

    static Map<String, Object> validIssue() {
        Map<String, Object> issue = new HashMap<>();
        issue.put("title", "白水村灌溉水渠堵塞");
        issue.put("description", "村东水渠被垃圾堵塞，约50亩农田无法灌溉。");
        issue.put("channel", "RESEARCH");
        issue.put("category", "WATER");
        issue.put("urgency", "NORMAL");
        issue.put("location", "白水镇白水村");
        issue.put("reporterName", "何志明");
        issue.put("reporterPhone", "13600004444");
        return issue;
    }

    @Test
    void aValidIssueIsRegisteredAsANewCase() {
        ResponseEntity<JsonNode> response = post("dispatcher", validIssue());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = response.getBody().path("caseNumber").asText();
        String instanceId = response.getBody().path("processInstanceId").asText();
        assertThat(caseNumber).matches("SX-\\d{4}-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasPath("/api/issues/" + caseNumber);
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(caseNumber);
        Map<String, Object> variables = runtimeService.getVariables(instanceId);
        assertThat(variables).containsEntry("title", "白水村灌溉水渠堵塞").containsEntry("category", "WATER")
                .containsEntry("reporterPhone", "136****4444").containsEntry("reporterName", "何**")
                .containsEntry("resolvedOnSpot", false)
                .containsEntry("registeredBy", "dispatcher");

        ResponseEntity<JsonNode> summary = rest.withBasicAuth("dispatcher", "dispatcher")
                .getForEntity("/api/issues/" + caseNumber, JsonNode.class);
        assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(summary.getBody().path("status").asText()).isEqualTo("open");
        assertThat(summary.getBody().path("title").asText()).isEqualTo("白水村灌溉水渠堵塞");
    }

    @Test
    void anIssueSolvedOnTheSpotWaitsForTheCallback() {
        Map<String, Object> issue = validIssue();
        issue.put("resolvedOnSpot", true);
        issue.put("resolution", "现场组织村民清理了水渠。");

        ResponseEntity<JsonNode> response = post("dispatcher", issue);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String instanceId = response.getBody().path("processInstanceId").asText();
        assertThat(runtimeService.getActiveActivityIds(instanceId))
                .containsExactly(IssueHandlingProcess.Elements.TASK_CALLBACK);
    }

    @Test
    void requestsWithoutValidCredentialsAreRefused() {
        assertThat(rest.postForEntity("/api/issues", json(validIssue()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // a wrong password delays further logins of that user (engine login throttling): use a user no other test needs
        assertThat(rest.withBasicAuth("leader", "wrong").postForEntity("/api/issues", json(validIssue()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("dispatcher", "dispatcher").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    record BadInput(String description, String field, Object value) {
        @Override
        public String toString() {
            return description;
        }
    }

    static List<BadInput> badInputs() {
        return List.of(
                new BadInput("missing title", "title", null),
                new BadInput("blank description", "description", "   "),
                new BadInput("unknown channel", "channel", "TWITTER"),
                new BadInput("unknown category", "category", "weather"),
                new BadInput("unknown urgency", "urgency", "VERY_URGENT"),
                new BadInput("missing location", "location", null),
                new BadInput("over-long title", "title", "路".repeat(101)),
                new BadInput("over-long description", "description", "水".repeat(2001)),
                new BadInput("over-long reporter name", "reporterName", "名".repeat(51)),
                new BadInput("malformed phone", "reporterPhone", "1380000111"),
                new BadInput("phone with letters", "reporterPhone", "1380000abcd"),
                new BadInput("on the spot without resolution", "resolution", null),
                new BadInput("resolvedOnSpot of the wrong type", "resolvedOnSpot", "perhaps"),
                new BadInput("NUL in the description", "description", "村口路灯\u0000损坏"),
                new BadInput("a control character in the title", "title", "路灯\u0007损坏"),
                new BadInput("a title of zero-width spaces only", "title", "\u200b\u200b\ufeff"),
                new BadInput("a title sent as a number", "title", 123),
                new BadInput("accusation sent as a number", "accusation", 1));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputIsRejectedNamingTheFieldAndStartsNothing(BadInput bad) {
        Map<String, Object> issue = validIssue();
        if (bad.field().equals("resolution")) {
            issue.put("resolvedOnSpot", true);
        }
        issue.put(bad.field(), bad.value());
        long casesBefore = historyService.createHistoricProcessInstanceQuery().count();

        ResponseEntity<JsonNode> response = post("dispatcher", issue);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").findValuesAsText("field")).contains(bad.field());
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
    }

    @Test
    void aBrokenCharacterIsRejectedNamingTheField() {
        String body = "{\"title\":\"路灯损坏\",\"description\":\"村口6盏路灯不亮\",\"channel\":\"RESEARCH\","
                + "\"category\":\"ROADS_TRAFFIC\",\"urgency\":\"NORMAL\",\"location\":\"青山镇\\ud800\"}";

        ResponseEntity<JsonNode> response = rest.withBasicAuth("dispatcher", "dispatcher")
                .postForEntity("/api/issues", json(body), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("location");
    }

    @Test
    void badInputThroughTheEngineRestApiIsA400NamingTheFieldHoweverTheCaseIsStarted() {
        long casesBefore = historyService.createHistoricProcessInstanceQuery().count();
        Map<String, Object> variables = new java.util.HashMap<>();
        validIssue().forEach((name, value) -> variables.put(name, Map.of("value", value)));
        variables.put("title", Map.of("value", "路灯\u0000损坏"));

        for (String start : new String[] {"start", "submit-form"}) {
            ResponseEntity<JsonNode> response = rest.withBasicAuth("dispatcher", "dispatcher").postForEntity(
                    "/engine-rest/process-definition/key/IssueHandlingProcess/" + start,
                    json(Map.of("variables", variables)), JsonNode.class);
            assertThat(response.getStatusCode()).as(start).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody().path("message").asText()).as(start).startsWith("问题标题：");
            assertThat(response.getBody().path("errors").findValuesAsText("field")).as(start).containsExactly("title");
        }
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> issue = validIssue();
        issue.remove("title");
        issue.put("channel", "FAX");
        issue.put("reporterPhone", "123");

        ResponseEntity<JsonNode> response = post("dispatcher", issue);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").findValuesAsText("field"))
                .containsExactly("channel", "reporterPhone", "title");
    }

    @Test
    void malformedJsonIsRejected() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("dispatcher", "dispatcher")
                .postForEntity("/api/issues", json("{\"title\": "), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("body");
    }

    @Test
    void anUnknownCaseNumberIsNotFound() {
        assertThat(rest.withBasicAuth("dispatcher", "dispatcher")
                .getForEntity("/api/issues/SX-1999-000001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> post(String user, Map<String, Object> body) {
        return rest.withBasicAuth(user, user).postForEntity("/api/issues", json(body), JsonNode.class);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
