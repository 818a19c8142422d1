package cn.grassroots.cases.system;

import static cn.grassroots.cases.EngineHttp.variables;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

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

/**
 * Two people of one unit at the same task (issue 9): the loser of a race is told in Chinese with 409 (or 404 when the
 * task is already gone), never 500; and a task one of them claimed is completed by that one only.
 */
@GrassrootsTest
class ConcurrentWorkTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aTaskClaimedByAColleagueCannotBeClaimedAgain() {
        String task = "/engine-rest/task/" + inSignOff().task(TASK_ACCEPT_ISSUE).getId();
        assertThat(EngineHttp.as(rest, "handler-roads").post(task + "/claim", Map.of("userId", "handler-roads"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> second = EngineHttp.as(rest, "head-roads").post(task + "/claim",
                Map.of("userId", "head-roads"));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().path("message").asText()).contains("刚被他人处理或认领");
    }

    @Test
    void aClaimedTaskIsCompletedByWhoeverClaimedItAColleagueTakesItOverFirst() {
        CaseDriver roads = inSignOff();
        String task = "/engine-rest/task/" + roads.task(TASK_ACCEPT_ISSUE).getId();
        EngineHttp handler = EngineHttp.as(rest, "handler-roads");
        EngineHttp head = EngineHttp.as(rest, "head-roads");
        handler.post(task + "/claim", Map.of("userId", "handler-roads"));

        ResponseEntity<JsonNode> inAnothersName = head.post(task + "/submit-form",
                Map.of("variables", variables(ACCEPTED, true)));

        assertThat(inAnothersName.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(inAnothersName.getBody().path("message").asText()).contains("只有认领人可以提交")
                .as("names who claimed it").contains("（handler-roads）认领").doesNotContainPattern("[a-z]+ may not");
        assertThat(roads.task(TASK_ACCEPT_ISSUE)).isNotNull();

        assertThat(head.post(task + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(head.post(task + "/claim", Map.of("userId", "head-roads")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(head.post(task + "/submit-form", Map.of("variables", variables(ACCEPTED, true))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(roads.task(TASK_RESOLVE_ISSUE)).isNotNull();
    }

    @Test
    void ofTwoSimultaneousCompletionsOneWinsAndTheOtherIsToldWithoutAServerError() throws Exception {
        for (int round = 0; round < 5; round++) {
            CaseDriver roads = inSignOff();
            String submit = "/engine-rest/task/" + roads.task(TASK_ACCEPT_ISSUE).getId() + "/submit-form";
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<ResponseEntity<JsonNode>>> both = new ArrayList<>();
            for (String person : new String[] {"handler-roads", "head-roads"}) {
                both.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return EngineHttp.as(rest, person).post(submit, Map.of("variables", variables(ACCEPTED, true)));
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
            for (CompletableFuture<ResponseEntity<JsonNode>> answer : both) {
                answers.add(answer.get());
            }

            assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.NO_CONTENT).hasSize(1);
            ResponseEntity<JsonNode> loser = answers.stream()
                    .filter(a -> a.getStatusCode() != HttpStatus.NO_CONTENT).findFirst().orElseThrow();
            assertThat(loser.getStatusCode()).isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
            assertThat(loser.getBody().path("message").asText()).containsPattern("刚被他人(处理|办理)");
            assertThat(roads.task(TASK_RESOLVE_ISSUE)).isNotNull();
        }
    }

    private CaseDriver inSignOff() {
        return CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
