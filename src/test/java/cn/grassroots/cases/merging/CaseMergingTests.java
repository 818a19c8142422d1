package cn.grassroots.cases.merging;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.citizen.QueryCodes;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.Satisfaction;
import cn.grassroots.cases.system.FieldLabels;

/**
 * 并单: two reports of the same broken street lights in 石桥村. The dispatch office sees the first when it sorts the
 * second and merges it: the second ends as MERGED, linked; its reporter follows the first; the merge can be undone
 * while the first is open, never after it closed.
 */
@GrassrootsTest
class CaseMergingTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    QueryCodes codes;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void theSortFormOffersTheOpenCaseOfTheSameMatterAndTheDuplicateMergesIntoIt() {
        // one tag for both: two separate clock readings share too few digits now and then, and the titles' likeness
        // would hang on them (a flaky miss on PostgreSQL)
        String tag = " " + System.nanoTime();
        String master = lights("石桥村村口路灯全部不亮" + tag).sortTo("unit-roads").instance().getBusinessKey();
        CaseDriver duplicate = lights("石桥村村口路灯不亮" + tag);

        var sort = duplicate.task(TASK_SORT_ISSUE);
        assertThat((String) engine.getTaskService().getVariableLocal(sort.getId(), SIMILAR_CASES)).contains(master);
        assertThat(String.valueOf(engine.getTaskService().getVariableLocal(sort.getId(), MERGE_OPTIONS)))
                .contains(master);

        duplicate.complete(TASK_SORT_ISSUE, "dispatcher", Map.of(MERGE_INTO, master));

        String caseNumber = duplicate.instance().getBusinessKey();
        assertThat(duplicate.instance()).isEnded().hasPassed(END_MERGED);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM case_ledger WHERE case_number = ?", caseNumber);
        assertThat(row.get("status")).isEqualTo("MERGED");
        assertThat(row.get("merged_into")).isEqualTo(master);
        assertThat(row.get("outcome")).isEqualTo("MERGED");
        assertThat(row.get("responsible_unit")).as("counted once: the master's unit only").isNull();
        assertThat(EngineHttp.as(rest, "dispatcher").get("/api/issues/" + master + "/merged").getBody()
                .findValuesAsText("caseNumber")).containsExactly(caseNumber);

        JsonNode followed = rest.getForEntity("/public/cases/" + caseNumber + "?code=" + codes.of(caseNumber)
                .orElseThrow(), JsonNode.class).getBody();
        assertThat(followed.path("caseNumber").asText()).as("the reporter follows the master").isEqualTo(master);
        assertThat(followed.path("unitName").asText()).isEqualTo("县交通运输局");
        assertThat(followed.path("note").asText()).contains(caseNumber).contains("合并办理");
    }

    @Test
    void aMergeIntoItselfOrAClosedCaseIsRefusedByNameAndChangesNothing() {
        String closed = lights("石桥村村口路灯不亮已修复 " + System.nanoTime()).sortTo("unit-roads")
                .accept("handler-roads").resolve("handler-roads").approve().callback(Satisfaction.SATISFIED).instance()
                .getBusinessKey();
        CaseDriver duplicate = lights("石桥村村口路灯不亮了 " + System.nanoTime());
        String own = duplicate.instance().getBusinessKey();

        for (String master : new String[] {closed, own, "SX-1999-000001"}) {
            assertThatThrownBy(() -> duplicate.complete(TASK_SORT_ISSUE, "dispatcher", Map.of(MERGE_INTO, master)))
                    .as(master).hasMessageContaining(FieldLabels.of(MERGE_INTO));
        }
        assertThat(duplicate.instance()).isWaitingAt(TASK_SORT_ISSUE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_merge WHERE case_number = ?", Integer.class, own))
                .isZero();
    }

    @Test
    void aMergeIsUndoneWhileTheMasterIsOpenAndNeverAfterItClosed() {
        CaseDriver masterCase = lights("石桥村路灯杆倾斜 " + System.nanoTime()).sortTo("unit-roads");
        String master = masterCase.instance().getBusinessKey();
        CaseDriver duplicate = lights("石桥村路灯杆倾斜危险 " + System.nanoTime());
        duplicate.complete(TASK_SORT_ISSUE, "dispatcher", Map.of(MERGE_INTO, master));
        String caseNumber = duplicate.instance().getBusinessKey();

        assertThat(EngineHttp.as(rest, "handler-roads").post("/api/issues/" + caseNumber + "/unmerge", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var undone = EngineHttp.as(rest, "dispatcher").post("/api/issues/" + caseNumber + "/unmerge", null);

        assertThat(undone.getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessInstance again = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).processInstanceBusinessKey(caseNumber).singleResult();
        CaseDriver.of(engine, again).executeJobs();
        assertThat(again).isWaitingAt(TASK_SORT_ISSUE).hasPassed(START_UNMERGED);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM case_ledger WHERE case_number = ?", caseNumber);
        assertThat(row.get("status")).isEqualTo("TO_SORT");
        assertThat(row.get("merged_into")).isNull();
        assertThat(row.get("closed_at")).isNull();

        // merged again, and the master closes: the merge stands
        CaseDriver.of(engine, again).complete(TASK_SORT_ISSUE, "dispatcher", Map.of(MERGE_INTO, master));
        masterCase.accept("handler-roads").resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        assertThat(EngineHttp.as(rest, "dispatcher").post("/api/issues/" + caseNumber + "/unmerge", null)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private CaseDriver lights(String title) {
        Map<String, Object> facts = new HashMap<>(CaseDriver.roadsIssue());
        facts.put(TITLE, title);
        facts.put(PLACE, "unit-village-shiqiao");
        return CaseDriver.register(engine, facts);
    }
}
