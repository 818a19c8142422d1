package cn.grassroots.cases.ledger;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.Satisfaction;

/**
 * Cases registered before the ledger kept their steps get their rows from the engine's history (migration 13): the
 * rows it writes are the rows the process would have written, for cases in every state and on every path.
 */
@GrassrootsTest
class CaseLedgerBackfillTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseLedgerBackfill backfill;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theHistoryGivesBackTheRowsTheProcessWrote() {
        ClockUtil.setCurrentTime(CaseLedgerTests.at(2026, 12, 7, 8, 0, 0));
        List<CaseDriver> cases = new ArrayList<>();
        cases.add(CaseDriver.register(engine, CaseDriver.roadsIssue()));
        Map<String, Object> onTheSpot = CaseDriver.roadsIssue();
        onTheSpot.put(RESOLVED_ON_SPOT, true);
        onTheSpot.put(RESOLUTION, "现场联系镇政府，当天修复路灯。");
        onTheSpot.put(PLACE, "unit-village-shiqiao");
        cases.add(CaseDriver.register(engine, onTheSpot).callback(Satisfaction.SATISFIED));
        cases.add(CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads")
                .resolve("handler-roads").approve().callback(Satisfaction.BASICALLY_SATISFIED));
        CaseDriver winding = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-water");
        winding.complete(TASK_ACCEPT_ISSUE, "handler-water", Map.of(ACCEPTED, false, RETURN_REASON, "不归水利局管理。"));
        winding.sortTo("unit-roads").accept("handler-roads");
        winding.moveClockTo(CaseLedgerTests.at(2026, 12, 21, 10, 0, 0));
        winding.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "灯具需向厂家定制，到货需一周。"));
        winding.complete(TASK_APPROVE_EXTENSION, "head-roads", Map.of(EXTENSION_APPROVED, true));
        winding.resolve("handler-roads");
        winding.complete(TASK_REVIEW_RESOLUTION, "dispatcher", Map.of(APPROVED, false, SEND_BACK_REASON, "未附现场照片。"));
        winding.resolve("handler-roads").approve().callback(Satisfaction.DISSATISFIED);
        cases.add(winding);
        ClockUtil.setCurrentTime(CaseLedgerTests.at(2026, 12, 7, 8, 0, 0));
        CaseDriver late = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        late.fireTimer(TIMER_SIGN_OFF_OVERDUE);
        late.accept("handler-roads").fireTimer(TIMER_RESOLVE_OVERDUE).fireTimer(TIMER_LEADER_ESCALATION)
                .resolve("handler-roads");
        cases.add(late);
        ClockUtil.setCurrentTime(CaseLedgerTests.at(2026, 12, 7, 8, 0, 0));
        CaseDriver unresolved = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        for (int reopen = 0; reopen < 3; reopen++) {
            unresolved.resolve("handler-roads").approve().callback(Satisfaction.DISSATISFIED);
        }
        unresolved.complete(TASK_EXPLAIN_UNRESOLVED, "dispatcher", Map.of(CLOSING_NOTE, "已列入明年计划，已向群众解释。"));
        cases.add(unresolved);
        List<String> ids = cases.stream().map(issue -> issue.instance().getId()).toList();
        List<Map<String, Object>> written = rows(ids);
        List<Map<String, Object>> handedOver = handovers(ids);
        assertThat(written).hasSize(cases.size());
        assertThat(handedOver).hasSizeGreaterThanOrEqualTo(5);

        for (String id : ids) {
            jdbc.update("DELETE FROM case_ledger WHERE process_instance_id = ?", id);
            jdbc.update("DELETE FROM case_handover WHERE process_instance_id = ?", id);
        }
        backfill.backfill(jdbc);

        assertThat(differences(written, rows(ids))).isEmpty();
        assertThat(differences(handedOver, handovers(ids))).isEmpty();
    }

    /** Each column that differs, as "row: column process-wrote → history-gave". */
    private static List<String> differences(List<Map<String, Object>> expected, List<Map<String, Object>> actual) {
        List<String> differences = new ArrayList<>();
        assertThat(actual).hasSameSizeAs(expected);
        for (int row = 0; row < expected.size(); row++) {
            for (var column : expected.get(row).entrySet()) {
                Object found = actual.get(row).get(column.getKey());
                if (!java.util.Objects.equals(String.valueOf(column.getValue()), String.valueOf(found))) {
                    differences.add(row + ": " + column.getKey() + " " + column.getValue() + " → " + found);
                }
            }
        }
        return differences;
    }

    private List<Map<String, Object>> rows(List<String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> row = CaseLedgerTests.upperKeys(
                    jdbc.queryForMap("SELECT * FROM case_ledger WHERE process_instance_id = ?", id));
            row.remove("UPDATED_AT");
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> handovers(List<String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : ids) {
            jdbc.queryForList("""
                    SELECT unit, handed_over_at, sign_off_due, answered_at, answer, on_time FROM case_handover
                    WHERE process_instance_id = ? ORDER BY handed_over_at, id""", id)
                    .forEach(row -> rows.add(CaseLedgerTests.upperKeys(row)));
        }
        return rows;
    }
}
