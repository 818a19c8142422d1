package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.WebappLogin;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/** The data behind the Cockpit overdue board: exactly the open cases that are warned or overdue. */
@GrassrootsTest
class OverdueBoardTests {

    static final String UNIT = "unit-civil";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @BeforeEach
    void monday() {
        ClockUtil.setCurrentTime(EscalationLadderTests.at(2026, 12, 7, 8, 0, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private CaseDriver civilCase(String title) {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(Variables.TITLE, title);
        facts.put(Variables.CATEGORY, "CIVIL_AFFAIRS");
        return CaseDriver.register(engine, facts).sortTo(UNIT).accept("handler-civil");
    }

    @Test
    void theBoardListsExactlyTheOpenWarnedAndOverdueCasesOfAUnit() {
        CaseDriver overdue = civilCase("逾期未办结");
        CaseDriver warned = civilCase("即将到期");
        CaseDriver onTime = civilCase("正常办理");
        CaseDriver resolvedLate = civilCase("逾期后已办结");
        overdue.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        resolvedLate.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        resolvedLate.resolve("handler-civil").approve().callback(cn.grassroots.cases.handling.Satisfaction.SATISFIED);
        warned.fireTimer(BOUNDARY_RESOLVE_WARNING);
        // two days after the deadline of 28 Dec
        ClockUtil.setCurrentTime(EscalationLadderTests.at(2026, 12, 30, 10, 0, 0));

        JsonNode board = board("supervisor", "?unit=" + UNIT).getBody();

        List<String> cases = board.findValuesAsText("caseNumber");
        assertThat(cases).contains(overdue.instance().getBusinessKey(), warned.instance().getBusinessKey())
                .doesNotContain(onTime.instance().getBusinessKey(), resolvedLate.instance().getBusinessKey());
        JsonNode overdueRow = row(board, overdue.instance().getBusinessKey());
        assertThat(overdueRow.path("unitName").asText()).isEqualTo("县民政局");
        assertThat(overdueRow.path("dueDate").asText()).isEqualTo("2026-12-28");
        assertThat(overdueRow.path("daysOverdue").asInt()).isEqualTo(2);
        assertThat(overdueRow.path("escalationLevel").asInt()).isEqualTo(1);
        assertThat(overdueRow.path("processInstanceId").asText()).isEqualTo(overdue.instance().getId());
        JsonNode warnedRow = row(board, warned.instance().getBusinessKey());
        assertThat(warnedRow.path("overdue").asBoolean()).isFalse();
        assertThat(warnedRow.path("warning").asBoolean()).isTrue();

        List<String> levelOne = board("supervisor", "?unit=" + UNIT + "&level=1").getBody().findValuesAsText("caseNumber");
        assertThat(levelOne).contains(overdue.instance().getBusinessKey()).doesNotContain(warned.instance().getBusinessKey());
    }

    @Test
    void onlyTheSupervisingOfficesMayReadTheBoard() {
        assertThat(board("supervisor", "").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(board("leader", "").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(board("handler-civil", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/supervision/overdue-cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCockpitSessionReadsTheBoardWithoutBasicAuthentication() throws Exception {
        WebappLogin cockpit = WebappLogin.as("http://localhost:" + port, "cockpit", "supervisor");

        assertThat(cockpit.get("/api/supervision/overdue-cases").statusCode()).isEqualTo(HttpStatus.OK.value());
        assertThat(cockpit.postJson("/api/issues", "{}", false).statusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED.value());
    }

    private ResponseEntity<JsonNode> board(String user, String query) {
        return rest.withBasicAuth(user, user).getForEntity("/api/supervision/overdue-cases" + query, JsonNode.class);
    }

    private static JsonNode row(JsonNode board, String caseNumber) {
        for (JsonNode row : board) {
            if (caseNumber.equals(row.path("caseNumber").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + caseNumber);
    }
}
