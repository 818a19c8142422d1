package cn.grassroots.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

@GrassrootsTest
class DemoCasesTests {

    @Autowired
    DemoCases demoCases;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TestRestTemplate http;

    static final List<String> STAGES = List.of(Elements.TASK_SORT_ISSUE, Elements.TASK_ACCEPT_ISSUE,
            Elements.TASK_RESOLVE_ISSUE, Elements.TASK_APPROVE_EXTENSION, Elements.TASK_REVIEW_RESOLUTION,
            Elements.TASK_CALLBACK);

    @Test
    void demoCasesCoverEveryStageOfHandlingAndShowTheLadder() {
        long before = historyService.createHistoricProcessInstanceQuery().count();

        List<String> ids = demoCases.load();

        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before + 7);
        List<HistoricProcessInstance> loaded = historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(ids)).list();
        List<String> stages = loaded.stream()
                .map(instance -> instance.getEndTime() != null ? "closed"
                        : runtimeService.getActiveActivityIds(instance.getId()).stream()
                                .filter(STAGES::contains).findFirst().orElseThrow())
                .toList();
        assertThat(stages).containsExactlyInAnyOrder(Elements.TASK_SORT_ISSUE, Elements.TASK_ACCEPT_ISSUE,
                Elements.TASK_RESOLVE_ISSUE, Elements.TASK_APPROVE_EXTENSION, Elements.TASK_REVIEW_RESOLUTION,
                Elements.TASK_CALLBACK, "closed");
        assertThat(loaded).allSatisfy(instance -> assertThat(instance.getBusinessKey()).startsWith("SX-"));
        // one case overdue in resolution with 督办 and 挂牌督办 tasks, one overdue in sign-off
        assertThat(loaded.stream().filter(instance -> instance.getEndTime() == null)
                .flatMap(instance -> runtimeService.getActiveActivityIds(instance.getId()).stream()).toList())
                .contains(Elements.TASK_SUPERVISE_OVERDUE, Elements.TASK_SUPERVISE_SIGN_OFF,
                        Elements.TASK_LEADER_ESCALATION);
        // registered in the past: on the board their deadlines have really passed
        JsonNode board = http.withBasicAuth("supervisor", "supervisor")
                .getForObject("/api/supervision/overdue-cases", JsonNode.class);
        List<JsonNode> demoRows = new java.util.ArrayList<>();
        board.forEach(row -> {
            if (ids.contains(row.get("processInstanceId").asText())) {
                demoRows.add(row);
            }
        });
        assertThat(demoRows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("overdue").asBoolean()).isTrue();
            assertThat(row.get("daysOverdue").asLong()).isPositive();
            assertThat(java.time.LocalDate.parse(row.get("dueDate").asText()))
                    .isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        });
    }
}
