package cn.grassroots.cases.assistance;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.Satisfaction;

/** 协办: the assisting units the dispatch office names read the case and give their part to the responsible unit. */
@GrassrootsTest
class CaseAssistanceTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;

    @BeforeEach
    void startOnAMondayMorning() {
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0,
                java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @AfterEach
    void resetClock() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void anAssistingUnitGetsItsTaskWhenTheCaseIsSignedOffAndItsPartReachesTheResponsibleUnit() {
        CaseDriver issue = sortedWithAssistance(List.of("unit-water"));
        assertThat(assistances(issue)).as("nothing before the responsible unit signs the case off").isEmpty();

        issue.accept("handler-roads");
        ProcessInstance assistance = assistances(issue).get(0);
        assertThat(assistance.getBusinessKey()).isEqualTo(issue.instance().getBusinessKey());
        Task task = assistanceTask(assistance);
        assertThat(task.getName()).isEqualTo("协办（提出协办意见）");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("unit-water");
        assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
                .containsEntry(RESPONSIBLE_UNIT_NAME, "县交通运输局").containsEntry(ESCALATION_LEVEL_NAME, "协办");
        assertThat(task.getDueDate()).as("due on the case's warning day, before the responsible unit's deadline")
                .isBefore(issue.task(TASK_RESOLVE_ISSUE).getDueDate());

        String resolveTask = issue.task(TASK_RESOLVE_ISSUE).getId();
        CaseDriver.authenticate(engine, "handler-water");
        assertThatThrownBy(() -> engine.getTaskService().complete(resolveTask, Map.of()))
                .as("the assisting unit reads the case, it does not handle it").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> engine.getRuntimeService().setVariable(issue.instance().getId(), "resolution", "x"))
                .isInstanceOf(AuthorizationException.class);
        engine.getTaskService().complete(task.getId(), Map.of(CaseAssistanceProcess.Variables.ASSISTANCE_NOTE,
                "水渠改道由县水利局负责设计，已派技术员现场查看。"));
        engine.getIdentityService().clearAuthentication();

        assertThat(issue.variable(ASSISTANCE_NOTES)).asString().startsWith("【县水利局，2026-12-07】")
                .contains("已派技术员现场查看");
        HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(assistance.getId()).singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo(CaseAssistanceProcess.Elements.END_ASSISTED);
    }

    @Test
    void theSortFormsListArrivesAsTasklistSendsIt() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());
        String sortTask = issue.task(TASK_SORT_ISSUE).getId();
        assertThat(engine.getTaskService().getVariableTyped(sortTask, ASSISTING_UNITS).getType().getName())
                .as("Tasklist sends a list in the type the variable has: JSON, not its options' Java type")
                .isEqualTo("json");

        Map<String, Object> variables = new java.util.LinkedHashMap<>(cn.grassroots.cases.EngineHttp.variables(
                RESPONSIBLE_UNIT, "unit-roads", RESOLUTION_PATH, "DIRECT"));
        variables.put(ASSISTING_UNITS, Map.of("type", "Json", "value", "[\"unit-water\"]"));
        assertThat(cn.grassroots.cases.EngineHttp.as(rest, "dispatcher").post("/engine-rest/task/" + sortTask
                + "/submit-form", Map.of("variables", variables)).getStatusCode())
                .isEqualTo(org.springframework.http.HttpStatus.NO_CONTENT);
        issue.executeJobs().accept("handler-roads");

        assertThat(assistances(issue)).hasSize(1);
    }

    @Test
    void theDispatchOfficeNamesUnitsOnlyAndNotTheResponsibleOne() {
        assertThatThrownBy(() -> sortedWithAssistance(List.of("unit-roads")))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining("责任单位不能同时是协办单位");
        assertThatThrownBy(() -> sortedWithAssistance(List.of("dispatch")))
                .isInstanceOf(InvalidCaseInputException.class)
                .satisfies(e -> assertThat(((InvalidCaseInputException) e).field()).isEqualTo(ASSISTING_UNITS));
        assertThatThrownBy(() -> sortedWithAssistance(List.of("unit-water", "unit-civil", "unit-hrss", "unit-land",
                "unit-town-qingshan", "unit-town-baishui"))).isInstanceOf(InvalidCaseInputException.class)
                .hasMessageContaining("最多选择 5 个协办单位");
    }

    @Test
    void aCaseWithoutAssistingUnitsStartsNoAssistance() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        assertThat(assistances(issue)).isEmpty();
    }

    @Test
    void anAssistanceStillOpenWhenTheCaseClosesIsEnded() {
        CaseDriver issue = sortedWithAssistance(List.of("unit-water")).accept("handler-roads");
        String assistance = assistances(issue).get(0).getId();

        issue.resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(assistance).count())
                .isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(assistance)
                .singleResult().getDeleteReason()).isEqualTo("主办单位已办结");
    }

    private CaseDriver sortedWithAssistance(List<String> units) {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());
        return issue.complete(TASK_SORT_ISSUE, "dispatcher", Map.of(RESPONSIBLE_UNIT, "unit-roads",
                RESOLUTION_PATH, "DIRECT", ASSISTING_UNITS, units));
    }

    private List<ProcessInstance> assistances(CaseDriver issue) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CaseAssistanceProcess.KEY)
                .variableValueEquals(CaseAssistanceProcess.Variables.CASE_INSTANCE_ID, issue.instance().getId()).list();
    }

    private Task assistanceTask(ProcessInstance assistance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(assistance.getId()).singleResult();
    }
}
