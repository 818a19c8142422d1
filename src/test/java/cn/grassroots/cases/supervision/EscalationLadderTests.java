package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.system.FieldLabels;

/**
 * The deadline ladder, fired by moving the engine clock past each timer and running the due jobs. Cases start
 * on Monday 7 Dec 2026 (08:00 Beijing time); a roads issue has 15 working days: due Mon 28 Dec 2026,
 * warned 3 working days before (Wed 23 Dec 09:00), escalated to the leaders 5 working days after.
 */
@GrassrootsTest
class EscalationLadderTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Date MONDAY_MORNING = at(2026, 12, 7, 8, 0, 0);

    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOnAFixedMonday() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(MONDAY_MORNING);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private CaseDriver caseAtResolution() {
        return CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads");
    }

    @Test
    void theResolutionStageCarriesAllThreeTimersAtThePolicysInstants() {
        CaseDriver issue = caseAtResolution();

        assertThat(issue.variable(DUE_DATE)).isEqualTo("2026-12-28");
        assertThat(issue.timerDue(BOUNDARY_RESOLVE_WARNING)).isEqualTo(at(2026, 12, 23, 9, 0, 0));
        assertThat(issue.timerDue(TIMER_RESOLVE_OVERDUE)).isEqualTo(at(2026, 12, 28, 23, 59, 59));
        assertThat(issue.timerDue(TIMER_LEADER_ESCALATION)).isEqualTo(at(2027, 1, 4, 23, 59, 59));
        Task resolve = issue.task(TASK_RESOLVE_ISSUE);
        assertThat(resolve.getDueDate()).isEqualTo(at(2026, 12, 28, 23, 59, 59));
        assertThat(resolve.getFollowUpDate()).isEqualTo(at(2026, 12, 23, 9, 0, 0));
    }

    @Test
    void theOfficesOwnTasksAreDueInWorkingDaysToo() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());
        assertThat(issue.task(TASK_SORT_ISSUE).getDueDate()).as("分办 by the next working day")
                .isEqualTo(at(2026, 12, 8, 23, 59, 59));

        issue.sortTo("unit-roads").accept("handler-roads").resolve("handler-roads");
        assertThat(issue.task(TASK_REVIEW_RESOLUTION).getDueDate()).isEqualTo(at(2026, 12, 9, 23, 59, 59));

        issue.moveClockTo(at(2026, 12, 11, 16, 0, 0)).approve();
        assertThat(issue.task(TASK_CALLBACK).getDueDate()).as("approved on a Friday: called back on Monday")
                .isEqualTo(at(2026, 12, 14, 23, 59, 59));
    }

    @Test
    void theWarningMarksTheCaseAndMovesTheUnitsTaskUp() {
        CaseDriver issue = caseAtResolution();

        issue.fireTimer(BOUNDARY_RESOLVE_WARNING);

        assertThat(issue.variable(WARNING)).isEqualTo(true);
        assertThat(issue.variable(OVERDUE)).isEqualTo(false);
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getPriority()).isEqualTo(EscalationLadder.URGENT_PRIORITY);
        assertThat(events(issue)).containsExactly("WARNING/0/unit-roads/2026-12-28");
        assertThat(watch(issue)).containsEntry("WARNING", true).containsEntry("OVERDUE", false);
        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
    }

    @Test
    void atTheDeadlineTheCaseIsOverdueAndTheSupervisionOfficeGetsA督办Task() {
        CaseDriver issue = caseAtResolution();

        issue.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);

        assertThat(issue.variable(OVERDUE)).isEqualTo(true);
        assertThat(issue.variable(ESCALATION_LEVEL)).isEqualTo(1);
        assertThat(issue.task(TASK_SUPERVISE_OVERDUE)).hasCandidateGroup(Groups.SUPERVISION);
        assertThat(issue.task(TASK_SUPERVISE_OVERDUE).getDueDate()).as("督办 the next working day")
                .isEqualTo(at(2026, 12, 30, 23, 59, 59));
        assertThat(issue.task(TASK_RESOLVE_ISSUE)).isNotNull();
        assertThat(events(issue)).containsExactly("WARNING/0/unit-roads/2026-12-28", "OVERDUE/1/unit-roads/2026-12-28");
        assertThat(watch(issue)).containsEntry("OVERDUE", true).containsEntry("ESCALATION_LEVEL", 1);

        issue.complete(TASK_SUPERVISE_OVERDUE, "supervisor",
                Map.of(SUPERVISE_NOTE, "已电话督促交通运输局，要求三日内办结。", COMMITMENT_DATE, "2026-12-31"));
        assertThat(issue.task(TASK_SUPERVISE_OVERDUE)).isNull();
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getFollowUpDate()).isEqualTo(at(2026, 12, 31, 9, 0, 0));
    }

    @Test
    void stillUnresolvedAfterTheGracePeriodTheCaseGoesToTheLeaders() {
        CaseDriver issue = caseAtResolution();

        issue.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE).fireTimer(TIMER_LEADER_ESCALATION);

        assertThat(issue.variable(ESCALATION_LEVEL)).isEqualTo(2);
        assertThat(issue.task(TASK_LEADER_ESCALATION)).hasCandidateGroup(Groups.LEADERS);
        assertThat(issue.task(TASK_LEADER_ESCALATION).getDueDate()).as("fired 5 Jan 2027, three working days")
                .isEqualTo(at(2027, 1, 8, 23, 59, 59));
        assertThat(issue.task(TASK_SUPERVISE_OVERDUE)).isNotNull();
        assertThat(events(issue)).endsWith("LEADER_ESCALATION/2/unit-roads/2026-12-28");

        assertThatThrownBy(() -> issue.complete(TASK_LEADER_ESCALATION, "leader", Map.of()))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(LEADER_INSTRUCTION));
        issue.complete(TASK_LEADER_ESCALATION, "leader", Map.of(LEADER_INSTRUCTION, "限元旦前修复，结果报县政府。"));
        assertThat(issue.task(TASK_LEADER_ESCALATION)).isNull();
    }

    @Test
    void stillUnresolvedAfterTheLeadersTookItUpTheUnitIsPubliclyNoticed() {
        CaseDriver issue = caseAtResolution();
        assertThat(issue.timerDue(TIMER_PUBLIC_NOTICE)).as("5 working days after the leaders (4 Jan 2027)")
                .isEqualTo(at(2027, 1, 11, 23, 59, 59));

        issue.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE).fireTimer(TIMER_LEADER_ESCALATION)
                .fireTimer(TIMER_PUBLIC_NOTICE);

        assertThat(issue.variable(ESCALATION_LEVEL)).isEqualTo(3);
        Task notice = issue.task(TASK_ISSUE_PUBLIC_NOTICE);
        assertThat(notice).hasCandidateGroup(Groups.SUPERVISION);
        assertThat(notice.getDueDate()).isEqualTo(at(2027, 1, 13, 23, 59, 59));
        assertThat(events(issue)).endsWith("LEADER_ESCALATION/2/unit-roads/2026-12-28",
                "PUBLIC_NOTICE/3/unit-roads/2026-12-28");
        assertThat(watch(issue)).containsEntry("ESCALATION_LEVEL", 3);

        assertThatThrownBy(() -> issue.complete(TASK_ISSUE_PUBLIC_NOTICE, "supervisor", Map.of()))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(NOTICE_TEXT));
        issue.complete(TASK_ISSUE_PUBLIC_NOTICE, "supervisor",
                Map.of(NOTICE_TEXT, "县交通运输局办理石桥村路灯问题逾期未办结，经督办、挂牌督办仍未解决，予以通报批评。"));
        assertThat(issue.instance()).hasPassed(END_PUBLIC_NOTICE_ISSUED).isWaitingAt(TASK_RESOLVE_ISSUE);
    }

    @Test
    void wherePolicyHasNoPublicNoticeTheLadderStopsAtTheLeaders() {
        java.util.Map<String, Object> inquiry = CaseDriver.roadsIssue();
        inquiry.put(CATEGORY, "POLICY_INQUIRY");
        CaseDriver issue = CaseDriver.register(engine, inquiry).sortTo("unit-town-qingshan")
                .accept("handler-qingshan");

        issue.fireTimer(TIMER_RESOLVE_OVERDUE).fireTimer(TIMER_LEADER_ESCALATION);
        assertThat(issue.timerDue(TIMER_PUBLIC_NOTICE)).as("no later than the leader escalation").isNull();

        assertThat(issue.instance()).hasPassed(END_NO_NOTICE_IN_POLICY).isWaitingAt(TASK_RESOLVE_ISSUE);
        assertThat(issue.variable(ESCALATION_LEVEL)).isEqualTo(2);
        assertThat(issue.task(TASK_ISSUE_PUBLIC_NOTICE)).isNull();
        assertThat(events(issue)).noneMatch(event -> event.startsWith("PUBLIC_NOTICE"));
    }

    @Test
    void aUnitThatNeitherAcceptsNorReturnsInTimeIsEscalated() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        assertThat(issue.variable(SIGN_OFF_DUE_DATE)).isEqualTo("2026-12-09");
        assertThat(issue.task(TASK_ACCEPT_ISSUE).getDueDate()).isEqualTo(at(2026, 12, 9, 23, 59, 59));

        issue.fireTimer(TIMER_SIGN_OFF_OVERDUE);

        assertThat(issue.variable(OVERDUE)).isEqualTo(true);
        assertThat(issue.variable(ESCALATION_LEVEL)).isEqualTo(1);
        assertThat(issue.task(TASK_SUPERVISE_SIGN_OFF)).hasCandidateGroup(Groups.SUPERVISION);
        assertThat(issue.task(TASK_SUPERVISE_SIGN_OFF).getDueDate()).isEqualTo(at(2026, 12, 11, 23, 59, 59));
        assertThat(events(issue)).containsExactly("SIGN_OFF_OVERDUE/1/unit-roads/2026-12-09");
        issue.complete(TASK_SUPERVISE_SIGN_OFF, "supervisor", Map.of(SUPERVISE_NOTE, "已通知交通运输局当日签收。"));
        assertThat(issue.task(TASK_SUPERVISE_SIGN_OFF)).isNull();
        assertThat(issue.instance()).hasPassed("End_SignOffSupervised").isWaitingAt(TASK_ACCEPT_ISSUE);

        // signing off starts the resolution stage with clean flags and its own timers
        issue.accept("handler-roads");
        assertThat(issue.variable(OVERDUE)).isEqualTo(false);
        assertThat(issue.variable(ESCALATION_LEVEL)).isEqualTo(0);
        assertThat(issue.timerDue(TIMER_SIGN_OFF_OVERDUE)).isNull();
        assertThat(issue.timerDue(TIMER_RESOLVE_OVERDUE)).isNotNull();
    }

    @Test
    void signingOffWhileThe督办TaskIsOpenEndsIt() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .fireTimer(TIMER_SIGN_OFF_OVERDUE);
        assertThat(issue.task(TASK_SUPERVISE_SIGN_OFF)).isNotNull();

        issue.accept("handler-roads");

        assertThat(issue.task(TASK_SUPERVISE_SIGN_OFF)).isNull();
        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
    }

    @Test
    void resolvingEndsPendingTimersAndOpen督办TasksSoNoStaleEscalationFiresLater() {
        CaseDriver issue = caseAtResolution().fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        assertThat(issue.task(TASK_SUPERVISE_OVERDUE)).isNotNull();

        issue.resolve("handler-roads");

        assertThat(issue.instance()).isWaitingAt(TASK_REVIEW_RESOLUTION);
        assertThat(issue.task(TASK_SUPERVISE_OVERDUE)).isNull();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(issue.instance().getId())
                .count()).isZero();
        issue.moveClockTo(at(2027, 3, 1, 0, 0, 0)).executeJobs();
        assertThat(events(issue)).doesNotContain("LEADER_ESCALATION/2/unit-roads/2026-12-28");
    }

    @Test
    void aCaseResolvedBeforeTheWarningIsNeverEscalated() {
        CaseDriver issue = caseAtResolution();

        issue.resolve("handler-roads").approve().callback(cn.grassroots.cases.handling.Satisfaction.SATISFIED);
        issue.moveClockTo(at(2027, 6, 1, 0, 0, 0)).executeJobs();

        assertThat(issue.instance()).isEnded();
        assertThat(events(issue)).isEmpty();
        assertThat(watch(issue).get("CLOSED_AT")).isNotNull();
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndEveryPendingTimer() {
        CaseDriver issue = caseAtResolution();
        issue.moveClockTo(at(2026, 12, 21, 10, 0, 0));

        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "灯具需向厂家定制，到货需一周。"));
        assertThat(issue.task(TASK_APPROVE_EXTENSION)).hasCandidateGroup(Groups.SUPERVISION);
        assertThat(issue.timerDue(TIMER_RESOLVE_OVERDUE)).isEqualTo(at(2026, 12, 28, 23, 59, 59));

        issue.complete(TASK_APPROVE_EXTENSION, "supervisor", Map.of(EXTENSION_APPROVED, true));

        // 28 Dec + 5 working days = Mon 4 Jan 2027 (1 Jan 2027 counted as a weekday: no 2027 calendar in tests)
        assertThat(issue.variable(DUE_DATE)).isEqualTo("2027-01-04");
        assertThat(issue.variable(TOTAL_EXTENSION_DAYS)).isEqualTo(5);
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getDueDate()).isEqualTo(at(2027, 1, 4, 23, 59, 59));
        assertThat(issue.timerDue(BOUNDARY_RESOLVE_WARNING)).isEqualTo(at(2026, 12, 30, 9, 0, 0));
        assertThat(issue.timerDue(TIMER_RESOLVE_OVERDUE)).isEqualTo(at(2027, 1, 4, 23, 59, 59));
        assertThat(issue.timerDue(TIMER_LEADER_ESCALATION)).isEqualTo(at(2027, 1, 11, 23, 59, 59));
        assertThat(issue.timerDue(TIMER_PUBLIC_NOTICE)).isEqualTo(at(2027, 1, 18, 23, 59, 59));

        // the old deadline passes: nothing fires
        issue.moveClockTo(at(2026, 12, 29, 1, 0, 0)).executeJobs();
        assertThat(issue.variable(OVERDUE)).isEqualTo(false);
        assertThat(issue.task(TASK_SUPERVISE_OVERDUE)).isNull();
        // the new one does
        issue.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        assertThat(issue.variable(OVERDUE)).isEqualTo(true);
        assertThat(events(issue)).containsExactly("EXTENSION_APPROVED/0/unit-roads/2026-12-28",
                "WARNING/0/unit-roads/2027-01-04", "OVERDUE/1/unit-roads/2027-01-04");
    }

    @Test
    void aWarnedUnitThatGetsMoreTimeIsWarnedAgainBeforeItsNewDeadline() {
        CaseDriver issue = caseAtResolution().fireTimer(BOUNDARY_RESOLVE_WARNING);
        assertThat(issue.variable(WARNING)).isEqualTo(true);

        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "灯具需向厂家定制，到货需一周。"));
        issue.complete(TASK_APPROVE_EXTENSION, "supervisor", Map.of(EXTENSION_APPROVED, true));

        assertThat(issue.variable(WARNING)).isEqualTo(false);
        assertThat(issue.timerDue(BOUNDARY_RESOLVE_WARNING)).as("3 working days before Mon 4 Jan 2027")
                .isEqualTo(at(2026, 12, 30, 9, 0, 0));
        issue.fireTimer(BOUNDARY_RESOLVE_WARNING);
        assertThat(issue.variable(WARNING)).isEqualTo(true);
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getPriority()).isEqualTo(80);
        assertThat(events(issue)).containsExactly("WARNING/0/unit-roads/2026-12-28",
                "EXTENSION_APPROVED/0/unit-roads/2026-12-28", "WARNING/0/unit-roads/2027-01-04");
    }

    @Test
    void aWarnedUnitWhoseExtensionIsRejectedIsNotWarnedTwiceForTheSameDeadline() {
        CaseDriver issue = caseAtResolution().fireTimer(BOUNDARY_RESOLVE_WARNING);
        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "工作量大。"));

        // back on 办理 after the rejection, the warning instant has passed: the re-armed timer is due at once
        issue.complete(TASK_APPROVE_EXTENSION, "supervisor",
                Map.of(EXTENSION_APPROVED, false, EXTENSION_DECISION_NOTE, "理由不充分，请按期办结。"));

        assertThat(issue.timerDue(BOUNDARY_RESOLVE_WARNING)).as("fired and found the unit warned already").isNull();
        assertThat(issue.variable(WARNING)).isEqualTo(true);
        assertThat(events(issue)).containsExactly("WARNING/0/unit-roads/2026-12-28",
                "EXTENSION_REJECTED/0/unit-roads/2026-12-28");
        assertThat(issue.timerDue(TIMER_RESOLVE_OVERDUE)).isEqualTo(at(2026, 12, 28, 23, 59, 59));
    }

    @Test
    void aRejectedExtensionMovesNothing() {
        CaseDriver issue = caseAtResolution();
        issue.moveClockTo(at(2026, 12, 21, 10, 0, 0));
        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "工作量大。"));

        assertThatThrownBy(() -> issue.complete(TASK_APPROVE_EXTENSION, "supervisor",
                Map.of(EXTENSION_APPROVED, false))).hasMessageContaining(FieldLabels.of(EXTENSION_DECISION_NOTE));
        issue.complete(TASK_APPROVE_EXTENSION, "supervisor",
                Map.of(EXTENSION_APPROVED, false, EXTENSION_DECISION_NOTE, "理由不充分，请按期办结。"));

        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
        assertThat(issue.variable(DUE_DATE)).isEqualTo("2026-12-28");
        assertThat(issue.variable(REQUEST_EXTENSION)).isEqualTo(false);
        assertThat(issue.timerDue(TIMER_RESOLVE_OVERDUE)).isEqualTo(at(2026, 12, 28, 23, 59, 59));
        assertThat(events(issue)).containsExactly("EXTENSION_REJECTED/0/unit-roads/2026-12-28");
    }

    @Test
    void anExtensionAskedAfterTheDeadlineOrBeyondThePolicyCapIsRefused() {
        CaseDriver issue = caseAtResolution();
        issue.moveClockTo(at(2026, 12, 21, 10, 0, 0));
        assertThatThrownBy(() -> issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true,
                EXTENSION_DAYS, 11, EXTENSION_REASON, "需要更多时间。")))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(EXTENSION_DAYS))
                .hasMessageContaining("须在 1 到 10 天之间");

        issue.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        assertThatThrownBy(() -> issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true,
                EXTENSION_DAYS, 5, EXTENSION_REASON, "需要更多时间。")))
                .isInstanceOf(InvalidCaseInputException.class)
                .hasMessageContaining(FieldLabels.of(REQUEST_EXTENSION) + "：办理期限 2026-12-28 已过");
        assertThat(issue.task(TASK_APPROVE_EXTENSION)).isNull();
        assertThat(issue.task(TASK_RESOLVE_ISSUE)).isNotNull();
    }

    private List<String> events(CaseDriver issue) {
        return jdbc.query("""
                SELECT kind, escalation_level, responsible_unit, due_date FROM escalation_event
                WHERE process_instance_id = ? ORDER BY id""",
                (rs, n) -> rs.getString("kind") + "/" + rs.getInt("escalation_level") + "/"
                        + rs.getString("responsible_unit") + "/" + rs.getDate("due_date").toLocalDate(),
                issue.instance().getId());
    }

    private Map<String, Object> watch(CaseDriver issue) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM case_watch WHERE process_instance_id = ?",
                issue.instance().getId());
        Map<String, Object> upper = new java.util.HashMap<>();
        row.forEach((key, value) -> upper.put(key.toUpperCase(), value));
        return upper;
    }

    static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI).toInstant());
    }
}
