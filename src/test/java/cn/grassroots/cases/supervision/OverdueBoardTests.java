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
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
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
    void theCockpitPageReadsTheBoardAPageAtATimeWithTheWholeBoardsCounts() {
        List<CaseDriver> overdue = List.of(civilCase("逾期一"), civilCase("逾期二"), civilCase("逾期三"));
        overdue.forEach(one -> one.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE));
        CaseDriver warned = civilCase("预警一");
        warned.fireTimer(BOUNDARY_RESOLVE_WARNING);
        ClockUtil.setCurrentTime(EscalationLadderTests.at(2026, 12, 30, 10, 0, 0));
        JsonNode everything = board("supervisor", "?unit=" + UNIT).getBody();

        JsonNode first = page("supervisor", "?unit=" + UNIT + "&maxResults=2").getBody();
        JsonNode second = page("supervisor", "?unit=" + UNIT + "&maxResults=2&firstResult=2").getBody();

        assertThat(first.path("total").asLong()).as("rows of this unit").isEqualTo(everything.size());
        assertThat(first.path("rows")).hasSize(2);
        List<String> paged = new java.util.ArrayList<>(first.path("rows").findValuesAsText("caseNumber"));
        paged.addAll(second.path("rows").findValuesAsText("caseNumber"));
        assertThat(paged).as("most overdue first, page after page, as the whole board")
                .isEqualTo(everything.findValuesAsText("caseNumber").subList(0, Math.min(4, everything.size())));
        JsonNode civil = unitCount(first, UNIT);
        assertThat(civil.path("unitName").asText()).isEqualTo("县民政局");
        assertThat(civil.path("overdue").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(civil.path("warned").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(civil.path("overdue").asLong() + civil.path("warned").asLong()).isLessThanOrEqualTo(everything.size());
        JsonNode allUnits = page("supervisor", "").getBody();
        assertThat(allUnits.path("overdue").asLong()).as("the head counts every unit")
                .isGreaterThanOrEqualTo(civil.path("overdue").asLong());
        assertThat(first.path("overdue").asLong()).as("whatever the unit asked for").isEqualTo(allUnits.path("overdue").asLong());
    }

    @Test
    void theHeadCountsFollowThisNodesChangesAtOnceAndAnotherNodesWithinFiveSeconds() {
        CaseDriver late = civilCase("逾期待统计");
        late.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        ClockUtil.setCurrentTime(EscalationLadderTests.at(2026, 12, 30, 10, 0, 0));
        long before = unitCount(page("supervisor", "").getBody(), UNIT).path("overdue").asLong();

        CaseDriver laterStill = civilCase("又一件逾期");
        laterStill.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        JsonNode afterOwnChange = page("supervisor", "").getBody();
        assertThat(unitCount(afterOwnChange, UNIT).path("overdue").asLong()).as("a change on this node, no clock moved")
                .isEqualTo(before + 1);

        // another node escalates a case: it writes the same table, this node is not told
        String otherNodesCase = "other-node-" + System.nanoTime();
        jdbc.update("""
                INSERT INTO case_watch (process_instance_id, case_number, title, responsible_unit, stage, due_date,
                                        warning, overdue, escalation_level, updated_at)
                VALUES (?, ?, '另一节点的逾期案件', ?, 'RESOLVE', DATE '2026-12-01', TRUE, TRUE, 1, CURRENT_TIMESTAMP)""",
                otherNodesCase, otherNodesCase.substring(0, 20), UNIT);
        try {
            assertThat(unitCount(page("supervisor", "").getBody(), UNIT).path("overdue").asLong())
                    .as("counted a moment ago").isEqualTo(before + 1);
            ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + BoardCounts.FRESH_MILLIS));
            JsonNode later = page("supervisor", "?unit=" + UNIT + "&level=1").getBody();
            assertThat(unitCount(later, UNIT).path("overdue").asLong()).as("five seconds later").isEqualTo(before + 2);
            assertThat(later.path("total").asLong()).as("the unit's rows at level 1, the other node's among them")
                    .isEqualTo(later.path("rows").size()).isGreaterThanOrEqualTo(3);
        } finally {
            jdbc.update("DELETE FROM case_watch WHERE process_instance_id = ?", otherNodesCase);
        }
    }

    @Test
    void aBadPageOfTheBoardIsRefusedNamingTheParameter() {
        ResponseEntity<JsonNode> tooMany = page("supervisor", "?maxResults=500");
        ResponseEntity<JsonNode> notANumber = page("supervisor", "?firstResult=abc&level=9");

        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody().path("errors").findValuesAsText("field")).containsExactly("maxResults");
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("firstResult", "level");
        assertThat(notANumber.getBody().path("message").asText()).contains("督办看板查询条件有误");
        assertThat(page("handler-civil", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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

    private ResponseEntity<JsonNode> page(String user, String query) {
        return rest.withBasicAuth(user, user).getForEntity("/api/supervision/overdue-board" + query, JsonNode.class);
    }

    private static JsonNode unitCount(JsonNode page, String unit) {
        for (JsonNode count : page.path("units")) {
            if (unit.equals(count.path("unit").asText())) {
                return count;
            }
        }
        throw new AssertionError("no count for " + unit + " in " + page.path("units"));
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
