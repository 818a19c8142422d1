package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Elements.*;
import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.Satisfaction;
import cn.grassroots.cases.system.FieldLabels;

/**
 * 下基层活动, every path of {@code processes/grassroots-visit.bpmn}. The county leader 张伟 holds on-site office in
 * 青山镇 on Monday 7 Dec 2026 (the clock starts there at 08:00 Beijing time); the policy gives him one working day
 * before the reminder, three before the 督办, and five after the visit for the 纪要.
 */
@GrassrootsTest
class GrassrootsVisitProcessTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String MONDAY = "2026-12-07";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onAFixedMonday() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(2026, 12, 7, 8, 0, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPlannedVisitIsNumberedBriefedAndGivenToItsCadre() {
        CaseDriver open = CaseDriver.register(engine, inShiqiao("石桥村饮水管道老化漏水"));

        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY));

        assertThat(visit.number()).matches("HD-2026-\\d{6}");
        assertThat(visit.instance()).isWaitingAt(TASK_CARRY_OUT_VISIT);
        assertThat(visit.task(TASK_CARRY_OUT_VISIT)).isAssignedTo("leader");
        assertThat(visit.task(TASK_CARRY_OUT_VISIT).getDueDate()).isEqualTo(at(2026, 12, 7, 23, 59, 59));
        assertThat(visit.variable(CADRE_NAME)).isEqualTo("张伟");
        assertThat(visit.variable(PLACE_NAME)).isEqualTo("青山镇人民政府");
        assertThat(visit.variable(ACCOMPANYING_UNIT_NAMES)).isEqualTo("县水利局");
        assertThat((String) visit.variable(BRIEFING_TEXT)).contains("青山镇人民政府")
                .contains(open.instance().getBusinessKey()).contains("石桥村饮水管道老化漏水");
        assertThat(register(visit, "stage")).isEqualTo("PLANNED");
        assertThat(visit.timerDue(BOUNDARY_VISIT_REMINDER)).isEqualTo(at(2026, 12, 8, 23, 59, 59));
        assertThat(visit.timerDue(BOUNDARY_VISIT_OVERDUE)).isEqualTo(at(2026, 12, 10, 23, 59, 59));
    }

    @Test
    void theCadreFindsHisVisitInTasklistUnderMyVisits() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY));
        String task = visit.task(TASK_CARRY_OUT_VISIT).getId();

        assertThat(filtered("leader")).contains(task);
        assertThat(filtered("leader-liu")).doesNotContain(task);
        assertThat(engine.getTaskService().getVariablesLocal(task)).as("the list columns the cadre may read")
                .containsKeys(VISIT_NUMBER, PLACE_NAME, THEME, PLANNED_DATE);
    }

    private java.util.List<String> filtered(String user) {
        CaseDriver.authenticate(engine, user);
        try {
            var filter = engine.getFilterService().createFilterQuery().filterName(VisitSetup.MY_VISITS).singleResult();
            return engine.getFilterService().<org.camunda.bpm.engine.task.Task>list(filter.getId()).stream()
                    .map(org.camunda.bpm.engine.task.Task::getId).toList();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void theVisitIsFollowedUntilItsLastIssueEndsAndClosesWithItsResults() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY)).carryOut(MONDAY);
        assertThat(visit.task(TASK_WRITE_REPORT).getDueDate()).as("five working days after the visit")
                .isEqualTo(at(2026, 12, 14, 23, 59, 59));
        CaseDriver onTheSpot = CaseDriver.register(engine, "leader", raisedOn(visit, "村民咨询饮水补贴政策", true));
        CaseDriver leak = CaseDriver.register(engine, "leader", raisedOn(visit, "东街供水管道漏水", false));
        assertThat(leak.variable(IssueHandlingProcess.Variables.CHANNEL)).as("the visit's type").isEqualTo("ONSITE");
        assertThat(leak.variable(IssueHandlingProcess.Variables.PLACE)).as("the visit's place")
                .isEqualTo("unit-town-qingshan");
        onTheSpot.callback(Satisfaction.SATISFIED);

        visit.report();

        assertThat(visit.instance()).isWaitingAt(GATEWAY_WAIT_FOR_ISSUES);
        assertThat(visit.variable(OPEN_ISSUES)).isEqualTo(1);
        assertThat(register(visit, "stage")).isEqualTo("FOLLOWING_RESULTS");

        leak.sortTo("unit-water").accept("handler-water").resolve("handler-water").approve()
                .callback(Satisfaction.BASICALLY_SATISFIED);

        assertThat(visit.instance()).isEnded().hasPassed(TASK_RECORD_RESULTS, END_VISIT_CLOSED);
        assertThat(visit.historicVariable(RESULTS_TEXT)).isEqualTo(
                "收集问题2件：当场解决1件，交办解决1件，解释办结（未解决）0件；群众评价满意1件、基本满意1件、不满意0件。");
        assertThat(register(visit, "stage")).isEqualTo("CLOSED");
        assertThat(register(visit, "issues_raised")).isEqualTo(2);
    }

    @Test
    void aVisitWithoutIssuesClosesAfterItsReport() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY)).carryOut(MONDAY)
                .report();

        assertThat(visit.instance()).isEnded().hasPassed(END_VISIT_CLOSED);
        assertThat(visit.historicVariable(RESULTS_TEXT)).isEqualTo("本次活动未收集到问题。");
    }

    @Test
    void aVisitWhoseLastIssueClosesUnresolvedClosesWithThatResult() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY)).carryOut(MONDAY);
        CaseDriver leak = CaseDriver.register(engine, "leader", raisedOn(visit, "东街供水管道漏水", false));
        visit.report();
        leak.sortTo("unit-water").accept("handler-water");
        for (int round = 0; round < 3; round++) {
            leak.resolve("handler-water").approve().callback(Satisfaction.DISSATISFIED);
        }
        leak.complete(IssueHandlingProcess.Elements.TASK_EXPLAIN_UNRESOLVED, "dispatcher",
                Map.of(IssueHandlingProcess.Variables.CLOSING_NOTE, "管网改造需列入明年计划，已向群众解释。"));

        assertThat(leak.instance()).isEnded().hasPassed(IssueHandlingProcess.Elements.END_CLOSED_UNRESOLVED);
        assertThat(visit.instance()).isEnded().hasPassed(END_VISIT_CLOSED);
        assertThat((String) visit.historicVariable(RESULTS_TEXT)).contains("解释办结（未解决）1件").contains("不满意1件");
    }

    @Test
    void aMissedMessageIsMadeUpForByTheDailyRecount() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY)).carryOut(MONDAY);
        CaseDriver leak = CaseDriver.register(engine, "leader", raisedOn(visit, "东街供水管道漏水", false));
        visit.report();
        // the issue ends without telling its visit (as if the node had died right after the issue's commit)
        jdbc.update("UPDATE case_ledger SET closed_at = CURRENT_TIMESTAMP, outcome = 'RESOLVED' WHERE case_number = ?",
                leak.instance().getBusinessKey());
        assertThat(visit.instance()).isWaitingAt(GATEWAY_WAIT_FOR_ISSUES);

        visit.fireTimer(TIMER_RECOUNT_ISSUES);

        assertThat(visit.instance()).isEnded().hasPassed(TIMER_RECOUNT_ISSUES, END_VISIT_CLOSED);
    }

    @Test
    void aVisitNotCarriedOutRemindsTheCadreThenCallsInTheSupervisionOffice() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY));

        visit.fireTimer(BOUNDARY_VISIT_REMINDER);

        assertThat(visit.variable(VISIT_REMINDED)).isEqualTo(true);
        assertThat(visit.task(TASK_CARRY_OUT_VISIT).getPriority()).isEqualTo(VisitLadder.URGENT_PRIORITY);
        assertThat(visit.task(TASK_SUPERVISE_VISIT)).isNull();

        visit.fireTimer(BOUNDARY_VISIT_OVERDUE);

        assertThat(visit.variable(VISIT_OVERDUE)).isEqualTo(true);
        assertThat(visit.task(TASK_SUPERVISE_VISIT)).hasCandidateGroup("supervision");
        visit.complete(TASK_SUPERVISE_VISIT, "supervisor", Map.of(SUPERVISE_NOTE, "已电话督促，领导干部本周内开展。"));
        assertThat(visit.instance()).isWaitingAt(TASK_CARRY_OUT_VISIT);
        assertThat(events(visit)).containsExactlyInAnyOrder("REMINDED", "OVERDUE", "SUPERVISED");

        visit.carryOut("2026-12-11");
        assertThat(visit.instance()).isWaitingAt(TASK_WRITE_REPORT);
    }

    @Test
    void aLateReportCallsInTheSupervisionOffice() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY)).carryOut(MONDAY);

        visit.fireTimer(BOUNDARY_REPORT_OVERDUE);

        assertThat(visit.variable(REPORT_OVERDUE)).isEqualTo(true);
        assertThat(visit.task(TASK_SUPERVISE_REPORT)).hasCandidateGroup("supervision");
        visit.complete(TASK_SUPERVISE_REPORT, "supervisor", Map.of(SUPERVISE_NOTE, "已督促两日内报送纪要。"));
        visit.report();
        assertThat(visit.instance()).isEnded();
        assertThat(events(visit)).containsExactlyInAnyOrder("REPORT_OVERDUE", "REPORT_SUPERVISED");
    }

    @Test
    void badSubmissionsOnTheVisitsTasksAreRefusedNamingTheField() {
        VisitDriver visit = VisitDriver.plan(engine, "leader", VisitDriver.onsiteInQingshan(MONDAY));

        assertThatThrownBy(() -> visit.complete(TASK_CARRY_OUT_VISIT, "leader", Map.of(ACTUAL_DATE, "2026-12-08",
                PEOPLE_MET, 10, VISIT_SUMMARY, "走访。"))).isInstanceOf(InvalidCaseInputException.class)
                .hasMessageContaining(FieldLabels.of(ACTUAL_DATE)).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> visit.complete(TASK_CARRY_OUT_VISIT, "leader", Map.of(ACTUAL_DATE, MONDAY,
                PEOPLE_MET, -1, VISIT_SUMMARY, "走访。"))).isInstanceOf(InvalidCaseInputException.class)
                .hasMessageContaining(FieldLabels.of(PEOPLE_MET));
        visit.carryOut(MONDAY);
        assertThatThrownBy(() -> visit.complete(TASK_WRITE_REPORT, "leader", Map.of(REPORT_TEXT, "已办。")))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(REPORT_TEXT));
        assertThat(visit.instance()).isWaitingAt(TASK_WRITE_REPORT);
    }

    @Test
    void aPlanThatBreaksTheRulesStartsNothing() {
        Map<String, Object> ofAnother = VisitDriver.onsiteInQingshan(MONDAY);
        ofAnother.put(CADRE, "leader-liu");
        Map<String, Object> toADepartment = VisitDriver.onsiteInQingshan(MONDAY);
        toADepartment.put(PLACE, "unit-roads");
        Map<String, Object> inThePast = VisitDriver.onsiteInQingshan("2026-12-04");
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(GrassrootsVisitProcess.KEY).count();

        assertThatThrownBy(() -> VisitDriver.plan(engine, "secretary-qingshan", ofAnother))
                .as("a cadre plans his own visits").hasMessageContaining(FieldLabels.of(CADRE));
        assertThatThrownBy(() -> VisitDriver.plan(engine, "leader", toADepartment))
                .hasMessageContaining(FieldLabels.of(PLACE));
        assertThatThrownBy(() -> VisitDriver.plan(engine, "leader", inThePast))
                .hasMessageContaining(FieldLabels.of(PLANNED_DATE));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(GrassrootsVisitProcess.KEY).count()).isEqualTo(before);
        assertThat(VisitDriver.plan(engine, "supervisor", ofAnother).task(TASK_CARRY_OUT_VISIT))
                .as("the supervision office plans for any cadre").isAssignedTo("leader-liu");
    }

    private Map<String, Object> raisedOn(VisitDriver visit, String title, boolean onTheSpot) {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.remove(IssueHandlingProcess.Variables.CHANNEL);
        facts.put(IssueHandlingProcess.Variables.TITLE, title);
        facts.put(IssueHandlingProcess.Variables.CATEGORY, "WATER");
        facts.put(IssueHandlingProcess.Variables.VISIT_NUMBER, visit.number());
        facts.put(IssueHandlingProcess.Variables.RESOLVED_ON_SPOT, onTheSpot);
        if (onTheSpot) {
            facts.put(IssueHandlingProcess.Variables.RESOLUTION, "现场讲解了饮水补贴的申领条件和办理地点。");
        }
        return facts;
    }

    private static Map<String, Object> inShiqiao(String title) {
        Map<String, Object> facts = new HashMap<>(CaseDriver.roadsIssue());
        facts.put(IssueHandlingProcess.Variables.TITLE, title);
        facts.put(IssueHandlingProcess.Variables.PLACE, "unit-village-shiqiao");
        return facts;
    }

    private Object register(VisitDriver visit, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM visit_register WHERE visit_number = ?", Object.class,
                visit.number());
    }

    private java.util.List<String> events(VisitDriver visit) {
        return jdbc.queryForList("SELECT kind FROM visit_event WHERE visit_number = ?", String.class, visit.number());
    }

    static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI).toInstant());
    }
}
