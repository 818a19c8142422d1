package cn.grassroots.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

@GrassrootsTest
class DemoCasesTests {

    @Autowired
    DemoCases demoCases;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void demoCasesCoverEveryStageOfHandling() {
        long before = historyService.createHistoricProcessInstanceQuery().count();

        demoCases.load();

        List<HistoricProcessInstance> loaded = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).orderByProcessInstanceStartTime().desc()
                .listPage(0, 6);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before + 6);
        List<String> stages = loaded.stream()
                .map(instance -> instance.getEndTime() != null ? "closed"
                        : runtimeService.getActiveActivityIds(instance.getId()).get(0))
                .toList();
        assertThat(stages).containsExactlyInAnyOrder(Elements.TASK_SORT_ISSUE, Elements.TASK_ACCEPT_ISSUE,
                Elements.TASK_RESOLVE_ISSUE, Elements.TASK_REVIEW_RESOLUTION, Elements.TASK_CALLBACK, "closed");
        assertThat(loaded).allSatisfy(instance -> assertThat(instance.getBusinessKey()).startsWith("SX-"));
    }
}
