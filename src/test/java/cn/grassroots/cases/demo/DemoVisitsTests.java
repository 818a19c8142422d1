package cn.grassroots.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.visits.VisitQuotaReviewProcess;

/** The demo's visits show every state of a visit, one unannounced, and this month's quota check with cadres behind. */
@GrassrootsTest
class DemoVisitsTests {

    @Autowired
    DemoVisits demoVisits;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theDemoVisitsCoverEveryStateOfAVisit() {
        List<String> loaded = demoVisits.load();

        JsonNode visits = EngineHttp.as(rest, "supervisor").get("/api/visits").getBody();
        List<String> statuses = statusesOf(visits, loaded);
        assertThat(statuses).contains("PLANNED", "DUE_TODAY", "OVERDUE", "AWAITING_REPORT", "FOLLOWING_RESULTS",
                "CLOSED");
        assertThat(java.util.stream.StreamSupport.stream(visits.spliterator(), false)
                .filter(visit -> loaded.contains(visit.path("processInstanceId").asText()))
                .filter(visit -> visit.path("unannounced").asBoolean()).count()).isPositive();
        JsonNode closed = find(visits, loaded, "CLOSED");
        assertThat(closed.path("results").path("solvedOnSpot").asInt()).isEqualTo(1);
        assertThat(closed.path("results").path("resolved").asInt()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processDefinitionKey(VisitQuotaReviewProcess.KEY)
                .taskDefinitionKey(VisitQuotaReviewProcess.Elements.TASK_URGE_VISITS).count())
                .as("this month's check lists cadres behind").isPositive();
        assertThat(taskService.createTaskQuery().taskCandidateGroup("supervision")
                .taskDefinitionKey("Task_SuperviseVisit").count()).as("the overdue visit was supervised").isPositive();
    }

    private static List<String> statusesOf(JsonNode visits, List<String> instanceIds) {
        return java.util.stream.StreamSupport.stream(visits.spliterator(), false)
                .filter(visit -> instanceIds.contains(visit.path("processInstanceId").asText()))
                .map(visit -> visit.path("status").asText()).toList();
    }

    /** The demo's visit in that state (other tests' visits share the database). */
    private static JsonNode find(JsonNode visits, List<String> instanceIds, String status) {
        for (JsonNode visit : visits) {
            if (status.equals(visit.path("status").asText())
                    && instanceIds.contains(visit.path("processInstanceId").asText())) {
                return visit;
            }
        }
        throw new AssertionError("no visit " + status);
    }
}
