package cn.grassroots.cases.ledger;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.Satisfaction;

/**
 * 问题清单: the ledger row of a case after each step of each path, as the process writes it. Cases start on Monday
 * 7 Dec 2026 08:00 (Beijing); a roads issue is due Mon 28 Dec 2026, to be signed off by the end of Wed 9 Dec.
 */
@GrassrootsTest
class CaseLedgerTests {

    static final Date MONDAY_MORNING = at(2026, 12, 7, 8, 0, 0);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onAFixedMonday() {
        ClockUtil.setCurrentTime(MONDAY_MORNING);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theRowFollowsACaseFromRegistrationToClosure() {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(PLACE, "unit-village-shiqiao");
        CaseDriver issue = CaseDriver.register(engine, facts);
        assertThat(row(issue)).containsEntry("STATUS", "TO_SORT").containsEntry("TOWN", "unit-town-qingshan")
                .containsEntry("REGISTERED_BY", "dispatcher");
        assertThat(row(issue).get("SORTED_AT")).isNull();

        issue.sortTo("unit-roads");
        assertThat(row(issue)).containsEntry("STATUS", "SIGN_OFF").containsEntry("RESPONSIBLE_UNIT", "unit-roads")
                .containsEntry("RESOLUTION_PATH", "DIRECT");
        assertThat(day(row(issue), "DUE_DATE")).isEqualTo("2026-12-28");
        assertThat(day(row(issue), "ORIGINAL_DUE_DATE")).isEqualTo("2026-12-28");
        assertThat(day(row(issue), "SIGN_OFF_DUE")).isEqualTo("2026-12-09");
        assertThat(handovers(issue)).singleElement().satisfies(handover -> {
            assertThat(handover).containsEntry("UNIT", "unit-roads");
            assertThat(handover.get("ANSWERED_AT")).isNull();
        });

        issue.accept("handler-roads");
        assertThat(row(issue)).containsEntry("STATUS", "RESOLVING").containsEntry("SIGNED_OFF_ON_TIME", true);
        assertThat(handovers(issue)).singleElement().satisfies(handover -> assertThat(handover)
                .containsEntry("ANSWER", "ACCEPTED").containsEntry("ON_TIME", true));

        issue.moveClockTo(at(2026, 12, 18, 15, 0, 0)).resolve("handler-roads");
        assertThat(row(issue)).containsEntry("STATUS", "REVIEW").containsEntry("RESOLVED_BY", "handler-roads")
                .containsEntry("RESOLVED_ON_TIME", true);

        issue.approve();
        assertThat(row(issue)).containsEntry("STATUS", "CALLBACK");
        assertThat(row(issue).get("REVIEWED_AT")).isNotNull();

        issue.callback(Satisfaction.SATISFIED);
        assertThat(row(issue)).containsEntry("STATUS", "CLOSED").containsEntry("OUTCOME", "RESOLVED")
                .containsEntry("SATISFACTION", "SATISFIED").containsEntry("HIGHEST_LEVEL", 0)
                .containsEntry("RETURN_COUNT", 0).containsEntry("SEND_BACK_COUNT", 0).containsEntry("REOPEN_COUNT", 0);
        assertThat(row(issue).get("CALLBACK_AT")).isNotNull();
        assertThat(row(issue).get("CLOSED_AT")).isNotNull();
    }

    @Test
    void anIssueSolvedOnTheSpotGoesFromRegistrationToCallbackToClosure() {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(RESOLVED_ON_SPOT, true);
        facts.put(RESOLUTION, "现场联系镇政府，当天修复路灯。");
        CaseDriver issue = CaseDriver.register(engine, facts);
        assertThat(row(issue)).containsEntry("STATUS", "CALLBACK").containsEntry("RESOLVED_ON_SPOT", true);

        issue.callback(Satisfaction.BASICALLY_SATISFIED);

        assertThat(row(issue)).containsEntry("STATUS", "CLOSED").containsEntry("OUTCOME", "RESOLVED_ON_SPOT")
                .containsEntry("SATISFACTION", "BASICALLY_SATISFIED");
        assertThat(handovers(issue)).isEmpty();
    }

    @Test
    void returnsExtensionsSendBacksAndReopensAreCounted() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-water");
        issue.complete(TASK_ACCEPT_ISSUE, "handler-water", Map.of(ACCEPTED, false, RETURN_REASON, "路灯不归水利局管理。"));
        assertThat(row(issue)).containsEntry("STATUS", "TO_SORT").containsEntry("RETURN_COUNT", 1);

        issue.sortTo("unit-roads").accept("handler-roads");
        assertThat(handovers(issue)).extracting(handover -> handover.get("UNIT") + " " + handover.get("ANSWER"))
                .containsExactly("unit-water RETURNED", "unit-roads ACCEPTED");

        issue.moveClockTo(at(2026, 12, 21, 10, 0, 0));
        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "灯具需向厂家定制，到货需一周。"));
        assertThat(row(issue)).as("a request for more time is not a resolution").containsEntry("STATUS", "RESOLVING");
        assertThat(row(issue).get("RESOLVED_AT")).isNull();
        issue.complete(TASK_APPROVE_EXTENSION, "head-roads", Map.of(EXTENSION_APPROVED, true));
        assertThat(row(issue)).containsEntry("EXTENSION_DAYS", 5);
        assertThat(day(row(issue), "DUE_DATE")).as("five working days later")
                .isEqualTo(issue.variable(DUE_DATE).toString().substring(0, 10)).isGreaterThan("2026-12-28");
        assertThat(day(row(issue), "ORIGINAL_DUE_DATE")).isEqualTo("2026-12-28");

        issue.resolve("handler-roads");
        issue.complete(TASK_REVIEW_RESOLUTION, "dispatcher", Map.of(APPROVED, false, SEND_BACK_REASON, "未附现场照片。"));
        assertThat(row(issue)).containsEntry("STATUS", "RESOLVING").containsEntry("SEND_BACK_COUNT", 1);

        issue.resolve("handler-roads").approve().callback(Satisfaction.DISSATISFIED);
        assertThat(row(issue)).containsEntry("REOPEN_COUNT", 1).containsEntry("SATISFACTION", "DISSATISFIED")
                .containsEntry("STATUS", "RESOLVING");
    }

    @Test
    void aLateSignOffAndALateResolutionAreMarkedAndTheLadderIsCounted() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        issue.fireTimer(TIMER_SIGN_OFF_OVERDUE);
        issue.accept("handler-roads");
        assertThat(row(issue)).containsEntry("SIGNED_OFF_ON_TIME", false).containsEntry("SUPERVISE_COUNT", 1)
                .containsEntry("HIGHEST_LEVEL", 1);

        issue.fireTimer(TIMER_RESOLVE_OVERDUE).fireTimer(TIMER_LEADER_ESCALATION);
        assertThat(row(issue)).containsEntry("SUPERVISE_COUNT", 2).containsEntry("LEADER_COUNT", 1)
                .containsEntry("HIGHEST_LEVEL", 2);

        issue.resolve("handler-roads");
        assertThat(row(issue)).containsEntry("RESOLVED_ON_TIME", false);
    }

    @Test
    void aCaseClosedUnresolvedEndsItsRowSo() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads");
        for (int reopen = 0; reopen < 3; reopen++) {
            issue.resolve("handler-roads").approve().callback(Satisfaction.DISSATISFIED);
        }
        issue.complete(TASK_EXPLAIN_UNRESOLVED, "dispatcher",
                Map.of(CLOSING_NOTE, "路灯改造已列入明年计划，已向群众解释。"));

        assertThat(row(issue)).containsEntry("STATUS", "CLOSED").containsEntry("OUTCOME", "CLOSED_UNRESOLVED")
                .containsEntry("REOPEN_COUNT", 2).containsEntry("SATISFACTION", "DISSATISFIED");
    }

    private Map<String, Object> row(CaseDriver issue) {
        return upperKeys(jdbc.queryForMap("SELECT * FROM case_ledger WHERE process_instance_id = ?",
                issue.instance().getId()));
    }

    private List<Map<String, Object>> handovers(CaseDriver issue) {
        return jdbc.queryForList("SELECT * FROM case_handover WHERE process_instance_id = ? ORDER BY id",
                issue.instance().getId()).stream().map(CaseLedgerTests::upperKeys).toList();
    }

    static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(java.time.ZonedDateTime.of(year, month, day, hour, minute, second, 0,
                java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    /** H2 answers column names in upper case, PostgreSQL in lower case. */
    static Map<String, Object> upperKeys(Map<String, Object> row) {
        Map<String, Object> upper = new java.util.LinkedHashMap<>();
        row.forEach((key, value) -> upper.put(key.toUpperCase(), value));
        return upper;
    }

    private static String day(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate().toString()
                : LocalDate.parse(value.toString().substring(0, 10)).toString();
    }
}
