package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.system.FieldLabels;

/**
 * 中止计时: the roads bureau waits for the reporter's material; the dispatch office stops the clock. No deadline timer
 * fires while the case is paused; on resume the deadline and every pending timer move by the paused working days; the
 * policy's limit resumes the clock by itself; a refusal sends the case back; a late or exhausted request is refused.
 */
@GrassrootsTest
class PauseClockTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void whilePausedNoTimerFiresAndOnResumeTheDeadlineMovesByThePausedWorkingDays() {
        CaseDriver issue = pausedOn3June();
        LocalDate deadline = LocalDate.parse((String) issue.variable(DUE_DATE));
        assertThat(issue.instance()).isWaitingAt(TASK_RESUME_CLOCK);
        assertThat(overdueTimer(issue).isSuspended()).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM case_ledger WHERE case_number = ?", String.class,
                issue.instance().getBusinessKey())).isEqualTo("PAUSED");
        assertThat(jdbc.queryForObject("SELECT stage FROM case_watch WHERE process_instance_id = ?", String.class,
                issue.instance().getId())).isEqualTo("PAUSED");

        // the original deadline passes while the case waits: nothing fires
        issue.moveClockTo(at(deadline.plusDays(3), 10)).executeJobs();
        assertThat(issue.variable(OVERDUE)).isNotEqualTo(true);
        assertThat(issue.instance()).isWaitingAt(TASK_RESUME_CLOCK);

        LocalDate resumedOn = deadline.plusDays(3);
        issue.complete(TASK_RESUME_CLOCK, "handler-roads", Map.of(RESUME_NOTE, "反映人已补交身份证明和现场照片。"));

        int paused = workingDays(LocalDate.of(2026, 6, 3), resumedOn);
        LocalDate moved = calendar.addDays(deadline, paused, DayType.WORKING);
        assertThat(issue.variable(DUE_DATE)).isEqualTo(moved.toString());
        assertThat(issue.variable(TOTAL_PAUSED_DAYS)).isEqualTo(paused);
        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
        Job overdue = overdueTimer(issue);
        assertThat(overdue.isSuspended()).isFalse();
        assertThat(overdue.getDuedate()).as("the overdue timer moved with the deadline")
                .isEqualTo(calendar.endOf(moved));
        assertThat(jdbc.queryForObject("SELECT status FROM case_ledger WHERE case_number = ?", String.class,
                issue.instance().getBusinessKey())).isEqualTo("RESOLVING");
    }

    @Test
    void thePolicysLimitResumesTheClockByItself() {
        CaseDriver issue = pausedOn3June();
        LocalDate deadline = LocalDate.parse((String) issue.variable(DUE_DATE));
        assertThat(issue.variable(MAX_PAUSED_DAYS)).as("一般问题 30 working days").isEqualTo(30);

        issue.fireTimer(BOUNDARY_PAUSE_LIMIT_REACHED);

        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE).hasPassed(BOUNDARY_PAUSE_LIMIT_REACHED);
        assertThat(issue.variable(TOTAL_PAUSED_DAYS)).isEqualTo(30);
        assertThat(issue.variable(DUE_DATE)).isEqualTo(calendar.addDays(deadline, 30, DayType.WORKING).toString());

        // the limit is used up: no further pause
        assertThatThrownBy(() -> issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_PAUSE, true,
                PAUSE_REASON, "仍在等待鉴定结论。"))).hasMessageContaining(FieldLabels.of(REQUEST_PAUSE));
    }

    @Test
    void aRefusedPauseSendsTheCaseBackWithItsClockRunning() {
        CaseDriver issue = handledBy3June();
        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_PAUSE, true, PAUSE_REASON, "等待材料。"));
        assertThat(issue.task(TASK_APPROVE_PAUSE)).hasCandidateGroup("dispatch");

        assertThatThrownBy(() -> issue.complete(TASK_APPROVE_PAUSE, "dispatcher", Map.of(PAUSE_APPROVED, false)))
                .as("a refusal says why").hasMessageContaining(FieldLabels.of(PAUSE_DECISION_NOTE));
        issue.complete(TASK_APPROVE_PAUSE, "dispatcher", Map.of(PAUSE_APPROVED, false, PAUSE_DECISION_NOTE,
                "所缺材料可由单位调取，无需中止。"));

        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
        assertThat(overdueTimer(issue).isSuspended()).isFalse();
        assertThat(issue.variable(TOTAL_PAUSED_DAYS)).isNull();
    }

    @Test
    void aPauseAfterTheDeadlineOrWithoutAReasonIsRefused() {
        CaseDriver issue = handledBy3June();
        assertThatThrownBy(() -> issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_PAUSE, true)))
                .hasMessageContaining(FieldLabels.of(PAUSE_REASON));

        issue.fireTimer(TIMER_RESOLVE_OVERDUE);
        assertThatThrownBy(() -> issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_PAUSE, true,
                PAUSE_REASON, "等待材料。"))).hasMessageContaining("办理期限");
        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
    }

    private CaseDriver handledBy3June() {
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 6, 1), 9));
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 6, 3), 10));
        return issue;
    }

    private CaseDriver pausedOn3June() {
        CaseDriver issue = handledBy3June();
        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_PAUSE, true, PAUSE_REASON,
                "等待反映人补交身份证明和现场照片。"));
        return issue.complete(TASK_APPROVE_PAUSE, "dispatcher", Map.of(PAUSE_APPROVED, true));
    }

    private Job overdueTimer(CaseDriver issue) {
        var management = engine.getManagementService();
        return management.createJobQuery().processInstanceId(issue.instance().getId()).timers().list().stream()
                .filter(job -> TIMER_RESOLVE_OVERDUE.equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .findFirst().orElseThrow();
    }

    private int workingDays(LocalDate from, LocalDate until) {
        int days = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(ZonedDateTime.of(day.atTime(hour, 0), SHANGHAI).toInstant());
    }
}
