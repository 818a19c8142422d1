package cn.grassroots.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;
import cn.grassroots.cases.handling.Satisfaction;

@GrassrootsTest
class CaseAuditTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAuditTrailListsWhoRegisteredSortedReturnedEscalatedAndClosedTheCase() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        issue.complete(Elements.TASK_ACCEPT_ISSUE, "handler-roads",
                Map.of(Variables.ACCEPTED, false, Variables.RETURN_REASON, "不属本单位。"));
        issue.sortTo("unit-town-qingshan");
        assertThat(rest.withBasicAuth("handler-qingshan", "handler-qingshan").getForEntity(
                "/api/issues/" + issue.instance().getBusinessKey() + "/reporter", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        issue.accept("handler-qingshan")
                .fireTimer(Elements.BOUNDARY_RESOLVE_WARNING).fireTimer(Elements.TIMER_RESOLVE_OVERDUE);
        later(issue).resolve("handler-qingshan");
        later(issue).approve();
        later(issue).callback(Satisfaction.SATISFIED);

        ResponseEntity<JsonNode> audit = rest.withBasicAuth("supervisor", "supervisor")
                .getForEntity("/api/issues/" + issue.instance().getBusinessKey() + "/audit", JsonNode.class);

        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> lines = new ArrayList<>();
        audit.getBody().forEach(entry -> lines.add(entry.path("action").asText() + " " + entry.path("step").asText()
                + " " + entry.path("userId").asText("-")));
        assertThat(lines).containsSubsequence(
                "REGISTERED 登记问题 dispatcher",
                "COMPLETE 分办交办 dispatcher",
                "COMPLETE 签收或退单 handler-roads",
                "COMPLETE 分办交办 dispatcher",
                "VIEWED_REPORTER 查看反映人身份 handler-qingshan",
                "COMPLETE 签收或退单 handler-qingshan",
                "ESCALATED 预警 -",
                "ESCALATED 逾期·督查室督办 -",
                "COMPLETE 办理 handler-qingshan",
                "COMPLETE 审核办理结果 dispatcher",
                "COMPLETE 回访评价 dispatcher",
                "CLOSED 办结 -");
    }

    /** The engine clock stands still once a test sets it: move it on a minute so steps keep their order. */
    private static CaseDriver later(CaseDriver issue) {
        return issue.moveClockTo(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 60_000));
    }

    @Test
    void onlyThoseWhoMayReadTheCasesHistoryGetItsTrail() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());
        String path = "/api/issues/" + issue.instance().getBusinessKey() + "/audit";

        assertThat(rest.withBasicAuth("dispatcher", "dispatcher").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("handler-roads", "handler-roads").getForEntity(path, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
