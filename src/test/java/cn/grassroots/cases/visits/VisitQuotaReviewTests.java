package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.VisitQuotaReviewProcess.Elements.*;
import static cn.grassroots.cases.visits.VisitQuotaReviewProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;

/**
 * 常态长效: on the first working day of each month the engine checks the cadres' visits of the previous month, and of
 * the quarter when it ended one, against the quota of their rank (county leaders ≥ 1 a month and every type each
 * quarter with a petition day; town leaders ≥ 2 a month, two petition days a quarter; department heads ≥ 1 a month).
 * The demo county's seven cadres; visits are written into the register as the visit process leaves them.
 */
@GrassrootsTest
class VisitQuotaReviewTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        jdbc.update("DELETE FROM visit_register WHERE visit_number LIKE 'QT-%'");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void afterTheNationalDayHolidayTheThirdQuarterIsCheckedAndTheCadresBehindAreListed() {
        // 张伟: every type in the quarter, a petition day, and a visit in September: on quota
        carriedOut("leader", "PUBLICIZE", "2026-07-08");
        carriedOut("leader", "RESEARCH", "2026-08-12");
        carriedOut("leader", "PETITION", "2026-09-02");
        carriedOut("leader", "ONSITE", "2026-09-21");
        // 刘建华: one visit in September, but only on-site office this quarter
        carriedOut("leader-liu", "ONSITE", "2026-09-15");
        // 周海 (town leader): one visit in September where two are owed
        carriedOut("secretary-qingshan", "RESEARCH", "2026-09-10");
        ClockUtil.setCurrentTime(GrassrootsVisitProcessTests.at(2026, 10, 1, 7, 0, 1));

        ProcessInstance review = startedByTheMonthlyTimer();

        assertThat(review).isWaitingAt(TIMER_FIRST_WORKING_DAY);
        assertThat(timer(review).getDuedate()).as("国庆节 1–7 October: Thursday 8 October, 09:00")
                .isEqualTo(GrassrootsVisitProcessTests.at(2026, 10, 8, 9, 0, 0));

        fire(review);

        assertThat(review).isWaitingAt(TASK_URGE_VISITS);
        String behind = (String) engine.getRuntimeService().getVariable(review.getId(), BEHIND_TEXT);
        assertThat(behind).doesNotContain("张伟")
                .contains("刘建华（县级领导）：本季度未开展宣传政策、调查研究、信访接待；本季度信访接待0天，应不少于1天")
                .contains("周海（乡镇领导）：9月下基层1次，应不少于2次")
                .contains("吴国平（部门负责人）：9月下基层0次，应不少于1次");
        assertThat(engine.getRuntimeService().getVariable(review.getId(), REVIEW_PERIOD))
                .isEqualTo("2026-09-01 至 2026-09-30（含第3季度）");
        assertThat(jdbc.queryForList("SELECT cadre FROM quota_review WHERE period_start = ? AND behind = FALSE",
                String.class, Date.valueOf("2026-09-01"))).containsExactly("leader");
        Task urge = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
        assertThat(urge).hasCandidateGroup("supervision");

        CaseDriver.authenticate(engine, "supervisor");
        try {
            engine.getTaskService().complete(urge.getId(), Map.of(URGE_NOTE, "已逐一电话督促，要求本月补齐。"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(review).isEnded().hasPassed(END_CADRES_URGED);
    }

    @Test
    void whenEveryCadreIsOnQuotaNobodyIsUrged() {
        for (String cadre : new String[] {"leader", "leader-liu", "leader-sun", "head-roads", "head-land"}) {
            carriedOut(cadre, "RESEARCH", "2026-10-14");
        }
        for (String cadre : new String[] {"secretary-qingshan", "mayor-baishui"}) {
            carriedOut(cadre, "PETITION", "2026-10-13");
            carriedOut(cadre, "ONSITE", "2026-10-20");
        }
        ClockUtil.setCurrentTime(GrassrootsVisitProcessTests.at(2026, 11, 3, 10, 0, 0));

        CaseDriver.authenticate(engine, "supervisor");
        ProcessInstance review;
        try {
            review = engine.getRuntimeService()
                    .startProcessInstanceByMessage(VisitQuotaReviewProcess.MESSAGE_REVIEW_REQUESTED);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(review).isEnded().hasPassed(START_REVIEW_REQUESTED, END_ALL_ON_QUOTA);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quota_review WHERE period_start = ? AND behind = FALSE",
                Integer.class, Date.valueOf("2026-10-01"))).isEqualTo(7);
    }

    @Test
    void theSupervisionOfficeRunsTheCheckNowNobodyElse() {
        ClockUtil.setCurrentTime(GrassrootsVisitProcessTests.at(2026, 11, 3, 10, 0, 0));

        assertThat(EngineHttp.as(rest, "dispatcher").post("/api/visits/quota-reviews", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var started = EngineHttp.as(rest, "supervisor").post("/api/visits/quota-reviews", null);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(started.getBody().path("processInstanceId").asText()).singleResult()
                .getStartActivityId()).isEqualTo(START_REVIEW_REQUESTED);
    }

    private ProcessInstance startedByTheMonthlyTimer() {
        Job monthly = engine.getManagementService().createJobQuery()
                .processDefinitionKey(VisitQuotaReviewProcess.KEY).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
        java.util.Set<String> before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VisitQuotaReviewProcess.KEY).list().stream().map(ProcessInstance::getId)
                .collect(java.util.stream.Collectors.toSet());
        engine.getManagementService().executeJob(monthly.getId());
        // the one the timer started (ids are not in the order of their start)
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VisitQuotaReviewProcess.KEY).list().stream()
                .filter(instance -> !before.contains(instance.getId())).findFirst().orElseThrow();
    }

    private Job timer(ProcessInstance review) {
        return engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers()
                .singleResult();
    }

    private void fire(ProcessInstance review) {
        Job timer = timer(review);
        ClockUtil.setCurrentTime(new java.util.Date(timer.getDuedate().getTime() + 1000));
        engine.getManagementService().executeJob(timer.getId());
    }

    private int next = 1;

    /** A visit as the visit process leaves it in the register once carried out. */
    private void carriedOut(String cadre, String type, String date) {
        String rank = jdbc.queryForObject("SELECT cadre_rank FROM org_person WHERE person_id = ?", String.class, cadre);
        jdbc.update("""
                INSERT INTO visit_register (visit_number, process_instance_id, cadre, cadre_rank, visit_type,
                    planned_date, place, theme, unannounced, planned_at, stage, actual_date, people_met, reminded, overdue,
                    report_overdue)
                VALUES (?, ?, ?, ?, ?, ?, 'unit-town-qingshan', '定额检查', FALSE, ?, 'FOLLOWING_RESULTS', ?, 10, FALSE,
                    FALSE, FALSE)""",
                "QT-" + (next++) + "-" + cadre, "none", cadre, rank, type, Date.valueOf(date),
                Timestamp.valueOf(LocalDate.parse(date).atStartOfDay()), Date.valueOf(date));
    }
}
