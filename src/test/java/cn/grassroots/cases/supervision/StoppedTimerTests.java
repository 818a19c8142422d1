package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;

/**
 * Issue 9, item 3: refused attempts to execute a deadline timer used up its retries and switched it off unseen. A
 * refused call now leaves the job alone; a timer the engine stops is shown to the supervision office and counted in
 * the metrics until the office retries it.
 */
@GrassrootsTest
class StoppedTimerTests {

    static final String STOPPED_METRIC = "/actuator/metrics/grassroots.deadline.timers.stopped";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void refusedExecutionsLeaveTheDeadlineTimerAsItWas() {
        CaseDriver roads = inResolution();
        Job overdue = timer(roads, TIMER_RESOLVE_OVERDUE);

        for (String person : new String[] {"handler-roads", "handler-water", "supervisor"}) {
            assertThat(EngineHttp.as(rest, person).post("/engine-rest/job/" + overdue.getId() + "/execute", null)
                    .getStatusCode()).as(person).isEqualTo(HttpStatus.FORBIDDEN);
        }

        Job after = timer(roads, TIMER_RESOLVE_OVERDUE);
        assertThat(after.getRetries()).isEqualTo(overdue.getRetries()).isEqualTo(3);
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(roads.instance().getId()).count()).isZero();
    }

    @Test
    void aStoppedTimerIsOnTheBoardAndInTheMetricsUntilTheSupervisionOfficeRetriesIt() {
        CaseDriver roads = inResolution();
        Job overdue = timer(roads, TIMER_RESOLVE_OVERDUE);
        double stoppedBefore = stoppedTimers();
        long headBefore = stoppedInBoardHead();

        engine.getManagementService().setJobRetries(overdue.getId(), 0); // as after three failures

        assertThat(boardRow(roads)).isNotNull();
        assertThat(stoppedInBoardHead()).as("counted in the board's head").isEqualTo(headBefore + 1);
        assertThat(boardRow(roads).path("stoppedTimer").asText()).isEqualTo("办理期限已过");
        assertThat(stoppedTimers()).isEqualTo(stoppedBefore + 1);
        String retries = "/engine-rest/job/" + overdue.getId() + "/retries";
        assertThat(EngineHttp.as(rest, "handler-roads").put(retries, Map.of("retries", 3)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(EngineHttp.as(rest, "supervisor").put(retries, Map.of("retries", 3)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(timer(roads, TIMER_RESOLVE_OVERDUE).getRetries()).isEqualTo(3);
        assertThat(boardRow(roads)).as("neither warned nor overdue nor stopped").isNull();
        assertThat(stoppedInBoardHead()).isEqualTo(headBefore);
        assertThat(stoppedTimers()).isEqualTo(stoppedBefore);
    }

    @Test
    void metricsAreForAdministratorsAndTheSupervisionOfficeHealthForEveryone() {
        assertThat(EngineHttp.as(rest, "handler-roads").get(STOPPED_METRIC).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity(STOPPED_METRIC, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(EngineHttp.as(rest, "demo").get(STOPPED_METRIC).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private CaseDriver inResolution() {
        return CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads");
    }

    private Job timer(CaseDriver issue, String activityId) {
        ManagementService management = engine.getManagementService();
        return management.createJobQuery().processInstanceId(issue.instance().getId()).timers().list().stream()
                .filter(job -> activityId.equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .findFirst().orElseThrow();
    }

    private JsonNode boardRow(CaseDriver issue) {
        for (JsonNode row : EngineHttp.as(rest, "supervisor").get("/api/supervision/overdue-cases").getBody()) {
            if (issue.instance().getBusinessKey().equals(row.path("caseNumber").asText())) {
                return row;
            }
        }
        return null;
    }

    /** The board's head: open cases with a stopped deadline timer (Cockpit's page). */
    private long stoppedInBoardHead() {
        return EngineHttp.as(rest, "supervisor").get("/api/supervision/overdue-board").getBody().path("stopped")
                .asLong();
    }

    private double stoppedTimers() {
        return EngineHttp.as(rest, "supervisor").get(STOPPED_METRIC).getBody()
                .path("measurements").get(0).path("value").asDouble();
    }
}
