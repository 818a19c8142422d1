package cn.grassroots.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * The whole application driven over HTTP only, as an integrating system or Tasklist would: register through
 * the intake API, run the asynchronous step through the engine REST API, then each person completes their
 * task with their own login, until the case is closed.
 */
@GrassrootsTest
class CaseLifecycleOverRestTests {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aCaseIsTakenFromRegistrationToClosureOverHttp() {
        ResponseEntity<JsonNode> registered = as("dispatcher")
                .postForEntity("/api/issues", json(IssueIntakeApiTestData.validIssue()), JsonNode.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = registered.getBody().path("caseNumber").asText();
        String instanceId = registered.getBody().path("processInstanceId").asText();

        executeJobs(instanceId);
        completeTask(instanceId, "Task_SortIssue", "dispatcher", Map.of(
                "responsibleUnit", string("unit-water"), "resolutionPath", string("DIRECT")));

        // the sign-off task waits for the water bureau
        assertThat(taskIds("handler-water", instanceId)).hasSize(1);
        completeTask(instanceId, "Task_AcceptIssue", "handler-water", Map.of("accepted", bool(true)));
        completeTask(instanceId, "Task_ResolveIssue", "handler-water", Map.of(
                "resolution", string("已组织人员清理水渠，恢复灌溉。"), "measuresTaken", string("出动清淤人员8人次。")));
        completeTask(instanceId, "Task_ReviewResolution", "dispatcher", Map.of("approved", bool(true)));
        completeTask(instanceId, "Task_Callback", "dispatcher", Map.of("satisfaction", string("SATISFIED")));

        JsonNode summary = as("dispatcher").getForObject("/api/issues/" + caseNumber, JsonNode.class);
        assertThat(summary.path("status").asText()).isEqualTo("closed");
        assertThat(summary.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(summary.path("responsibleUnit").asText()).isEqualTo("unit-water");
    }

    @Test
    void anInvalidTaskSubmissionIsAnsweredWith400NamingTheFieldAndChangesNothing() {
        String instanceId = as("dispatcher")
                .postForEntity("/api/issues", json(IssueIntakeApiTestData.validIssue()), JsonNode.class)
                .getBody().path("processInstanceId").asText();
        executeJobs(instanceId);
        completeTask(instanceId, "Task_SortIssue", "dispatcher", Map.of(
                "responsibleUnit", string("unit-water"), "resolutionPath", string("DIRECT")));
        String taskId = taskId(instanceId, "Task_AcceptIssue", "handler-water");

        ResponseEntity<JsonNode> refused = as("handler-water").postForEntity("/engine-rest/task/" + taskId + "/complete",
                json(Map.of("variables", Map.of("accepted", bool(false)))), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("退单理由：不能为空");
        assertThat(refused.getBody().path("errors").path(0).path("field").asText()).isEqualTo("returnReason");
        assertThat(taskId(instanceId, "Task_AcceptIssue", "handler-water")).isEqualTo(taskId);
    }

    @Test
    void theTasklistStartFormRegistersACaseAndRefusesABadOne() {
        Map<String, Object> variables = new java.util.HashMap<>();
        IssueIntakeApiTestData.validIssue().forEach((name, value) -> variables.put(name, string((String) value)));
        variables.put("resolvedOnSpot", bool(false));

        ResponseEntity<JsonNode> started = as("dispatcher").postForEntity(
                "/engine-rest/process-definition/key/IssueHandlingProcess/submit-form",
                json(Map.of("variables", variables)), JsonNode.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody().path("businessKey").asText()).matches("SX-\\d{4}-\\d{6}");

        variables.put("reporterPhone", string("call me"));
        ResponseEntity<JsonNode> refused = as("dispatcher").postForEntity(
                "/engine-rest/process-definition/key/IssueHandlingProcess/submit-form",
                json(Map.of("variables", variables)), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).startsWith("联系电话：");
        assertThat(refused.getBody().path("errors").path(0).path("field").asText()).isEqualTo("reporterPhone");
    }

    private void executeJobs(String instanceId) {
        JsonNode jobs = as("demo").getForObject("/engine-rest/job?processInstanceId=" + instanceId, JsonNode.class);
        for (JsonNode job : jobs) {
            ResponseEntity<String> executed = as("demo").postForEntity(
                    "/engine-rest/job/" + job.path("id").asText() + "/execute", json(Map.of()), String.class);
            assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    private void completeTask(String instanceId, String taskKey, String user, Map<String, Object> variables) {
        String taskId = taskId(instanceId, taskKey, user);
        ResponseEntity<String> completed = as(user).postForEntity("/engine-rest/task/" + taskId + "/complete",
                json(Map.of("variables", variables)), String.class);
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs(instanceId);
    }

    private String taskId(String instanceId, String taskKey, String user) {
        JsonNode tasks = as(user).getForObject("/engine-rest/task?processInstanceId=" + instanceId
                + "&taskDefinitionKey=" + taskKey, JsonNode.class);
        assertThat(tasks).as("open %s of %s", taskKey, instanceId).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    private JsonNode taskIds(String user, String instanceId) {
        return as(user).getForObject("/engine-rest/task?processInstanceId=" + instanceId
                + "&candidateGroup=unit-water", JsonNode.class);
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user);
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static Map<String, Object> bool(boolean value) {
        return Map.of("value", value, "type", "Boolean");
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
