package cn.grassroots.cases.inspection;

import static cn.grassroots.cases.inspection.RoundDriver.at;
import static cn.grassroots.cases.inspection.SpotCheckProcess.Elements.*;
import static cn.grassroots.cases.inspection.SpotCheckProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.Satisfaction;
import cn.grassroots.cases.inspection.SpotCheckDraw.Candidate;

/**
 * 不定期抽查（回头看）: a sample of the cases closed as resolved, drawn per unit from a stored seed; each checked by the
 * supervision office; a case not really solved goes back to its unit as 虚假办结; the engine's own checks come at a
 * random moment of each month.
 */
@GrassrootsTest
class SpotCheckTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    SpotChecks spotChecks;
    @Autowired
    WorkingCalendar calendar;

    RoundDriver rounds;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        rounds = new RoundDriver(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSampleIsDrawnPerUnitAndCanBeDrawnAgainFromItsStoredSeed() {
        ClockUtil.setCurrentTime(at(2026, 3, 2, 9, 0));
        List<String> mine = new ArrayList<>();
        for (String unit : List.of("unit-roads", "unit-roads", "unit-roads", "unit-water", "unit-water")) {
            mine.add(closedAsResolved(unit).instance().getBusinessKey());
        }
        ClockUtil.setCurrentTime(at(2026, 4, 7, 10, 0));

        var response = EngineHttp.as(rest, "supervisor").post("/api/spot-checks",
                Map.of("periodFrom", "2026-03-01", "periodTo", "2026-03-31", "sharePercent", 50));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode check = response.getBody();
        assertThat(check.path("startedHowName").asText()).isEqualTo("督查室发起");
        assertThat(check.path("startedByName").asText()).isEqualTo("李强");
        assertThat(check.path("drawVerified").asBoolean()).isTrue();
        String number = check.path("checkNumber").asText();
        String stored = jdbc.queryForObject("SELECT population_cases FROM spot_check WHERE check_number = ?",
                String.class, number);
        List<Candidate> population = SpotCheckRecords.population(stored);
        assertThat(population.stream().map(Candidate::caseNumber)).containsAll(mine);
        // anyone can draw again from the stored seed and population and get the same sample
        List<String> redrawn = SpotCheckDraw.sample(check.path("seed").asLong(), population, 50, 1).stream()
                .map(Candidate::caseNumber).toList();
        assertThat(check.path("sample").findValuesAsText("caseNumber")).containsExactlyElementsOf(redrawn);
        // stratified: half of each unit's cases, rounded up
        for (String unit : List.of("unit-roads", "unit-water")) {
            long closed = population.stream().filter(c -> c.unit().equals(unit)).count();
            assertThat(check.path("sample").findValuesAsText("unit").stream().filter(unit::equals).count())
                    .as(unit).isEqualTo((long) Math.ceil(closed / 2.0));
        }
        // each sampled case has its 回头看 task for the supervision office, due in ten working days
        String instance = jdbc.queryForObject("SELECT process_instance_id FROM spot_check WHERE check_number = ?",
                String.class, number);
        List<Task> lookBacks = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(TASK_LOOK_BACK).taskCandidateGroup("supervision").list();
        assertThat(lookBacks).hasSize(check.path("sample").size());
        assertThat(lookBacks.get(0).getDueDate()).isEqualTo(RoundDriver.endOf(2026, 4, 21));
    }

    @Test
    void onlyTheSupervisionOfficeStartsAndReadsChecksAndABadPeriodIsRefusedByName() {
        ClockUtil.setCurrentTime(at(2026, 4, 8, 10, 0));
        int checks = jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Integer.class);
        Map<String, Object> march = Map.of("periodFrom", "2026-03-01", "periodTo", "2026-03-31");

        assertThat(EngineHttp.as(rest, "dispatcher").post("/api/spot-checks", march).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineHttp.as(rest, "handler-roads").get("/api/spot-checks").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var backwards = EngineHttp.as(rest, "supervisor").post("/api/spot-checks",
                Map.of("periodFrom", "2026-03-31", "periodTo", "2026-03-01"));
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().path("errors").get(0).path("field").asText()).isEqualTo(PERIOD_TO);
        var share = EngineHttp.as(rest, "supervisor").post("/api/spot-checks",
                Map.of("periodFrom", "2026-03-01", "periodTo", "2026-03-31", "sharePercent", 0));
        assertThat(share.getBody().path("errors").get(0).path("field").asText()).isEqualTo(SHARE_PERCENT);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Integer.class)).isEqualTo(checks);
        assertThat(EngineHttp.as(rest, "leader").get("/api/spot-checks").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCaseFoundNotSolvedGoesBackToItsUnitAsAFalseClosureAndIsHandledAgain() {
        ClockUtil.setCurrentTime(at(2026, 5, 11, 9, 0));
        CaseDriver closed = closedAsResolved("unit-roads");
        String caseNumber = closed.instance().getBusinessKey();
        ClockUtil.setCurrentTime(at(2026, 5, 12, 9, 0));
        String check = startCheck("supervisor", "2026-05-11", "2026-05-11", 100);

        Task lookBack = lookBackOf(check, caseNumber);
        assertThat(engine.getTaskService().getVariableLocal(lookBack.getId(), IssueHandlingProcess.Variables.TITLE))
                .isEqualTo("石桥村村口路灯损坏");
        assertThat(engine.getTaskService().getVariableLocal(lookBack.getId(),
                IssueHandlingProcess.Variables.RESPONSIBLE_UNIT_NAME)).isEqualTo("县交通运输局");
        assertThat(engine.getTaskService().getVariableLocal(lookBack.getId(), IssueHandlingProcess.Variables.RESOLUTION))
                .isEqualTo("已更换全部损坏路灯，恢复夜间照明。");
        solveTheOthers(check, caseNumber);
        // 回头看 calls the reporter: the supervision office may see who reported the case while the check is its work
        var reporter = EngineHttp.as(rest, "supervisor").get("/api/issues/" + caseNumber + "/reporter");
        assertThat(reporter.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reporter.getBody().toString()).contains("陈建国");

        rounds.complete(lookBack, "supervisor", Map.of(REALLY_SOLVED, "false", LOOK_BACK_METHOD, "VISIT",
                LOOK_BACK_FINDINGS, "实地查看：仍有3盏路灯不亮，群众反映问题依旧。"));

        assertThat(EngineHttp.as(rest, "supervisor").get("/api/issues/" + caseNumber + "/reporter").getStatusCode())
                .as("the 回头看 is done").isEqualTo(HttpStatus.FORBIDDEN);
        ProcessInstance reopened = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(reopened).isNotNull().isWaitingAt(IssueHandlingProcess.Elements.TASK_RESOLVE_ISSUE)
                .hasPassed(IssueHandlingProcess.Elements.START_LOOK_BACK_FAILED);
        Task resolve = engine.getTaskService().createTaskQuery().processInstanceId(reopened.getId()).singleResult();
        assertThat(resolve.getName()).isEqualTo("办理（回头看未通过）");
        assertThat(resolve).hasCandidateGroup("unit-roads");
        assertThat(calendar.dayOf(resolve.getDueDate())).as("a fresh limit, counted from the finding")
                .isAfter(calendar.today());
        assertThat(engine.getRuntimeService().getVariable(reopened.getId(), IssueHandlingProcess.Variables.LOOK_BACK_NOTE))
                .isEqualTo("实地查看：仍有3盏路灯不亮，群众反映问题依旧。");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM case_ledger WHERE case_number = ?", caseNumber);
        assertThat(row.get("status")).isEqualTo("RESOLVING");
        assertThat(row.get("false_closure")).isEqualTo(true);
        assertThat(row.get("closed_at")).isNull();
        assertThat(row.get("process_instance_id")).isEqualTo(reopened.getId());
        assertThat(jdbc.queryForObject("SELECT verdict FROM spot_check_case WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("NOT_SOLVED");
        // the unit finds it in its queue; the case file and its trail cover both runs
        assertThat(EngineHttp.as(rest, "handler-roads").get("/api/cases/" + caseNumber).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode trail = EngineHttp.as(rest, "dispatcher").get("/api/issues/" + caseNumber + "/audit").getBody();
        assertThat(trail.findValuesAsText("action")).contains("REGISTERED", "CLOSED", "REOPENED");

        // the check ends with its findings
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(check)
                .singleResult().getEndActivityId()).isEqualTo(END_CHECKED);
        assertThat(jdbc.queryForObject("SELECT findings FROM spot_check WHERE process_instance_id = ?", String.class,
                check)).contains("未真正解决").contains(caseNumber);

        // counted against the unit: a 虚假办结, and a redo in its 重办率
        JsonNode units = EngineHttp.as(rest, "supervisor").get("/api/assessment?from=2026-05-11&to=2026-05-11")
                .getBody().path("units");
        for (JsonNode unit : units) {
            if ("unit-roads".equals(unit.path("unit").asText())) {
                assertThat(unit.path("falseClosures").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(unit.path("redone").asInt()).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(units.findValuesAsText("unit")).contains("unit-roads");
        JsonNode behind = EngineHttp.as(rest, "supervisor").get("/api/assessment/cases?from=2026-05-11&to=2026-05-11"
                + "&unit=unit-roads&measure=falseClosure").getBody();
        assertThat(behind.path("rows").findValuesAsText("caseNumber")).contains(caseNumber);

        // handled again, it closes again and stays marked 虚假办结 for the unit's rates
        CaseDriver again = CaseDriver.of(engine, reopened);
        again.resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        Map<String, Object> closedAgain = jdbc.queryForMap("SELECT * FROM case_ledger WHERE case_number = ?",
                caseNumber);
        assertThat(closedAgain.get("status")).isEqualTo("CLOSED");
        assertThat(closedAgain.get("false_closure")).isEqualTo(true);
    }

    @Test
    void theEnginesCheckComesAtARandomMomentAndSchedulesTheNextOne() {
        ClockUtil.setCurrentTime(at(2026, 6, 10, 10, 0));
        String closedInJune = closedAsResolved("unit-water").instance().getBusinessKey();
        ClockUtil.setCurrentTime(at(2026, 6, 15, 10, 0));
        for (int i = 0; i < 20; i++) {
            ZonedDateTime moment = spotChecks.randomMomentIn(YearMonth.of(2026, 7)).toInstant()
                    .atZone(calendar.zone());
            assertThat(YearMonth.from(moment)).isEqualTo(YearMonth.of(2026, 7));
            assertThat(calendar.isWorkingDay(moment.toLocalDate())).isTrue();
            assertThat(moment.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
        }
        String scheduled = spotChecks.schedule(YearMonth.of(2026, 7));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(scheduled).singleResult())
                .isWaitingAt(TIMER_RANDOM_MOMENT);

        rounds.fire(scheduled, TIMER_RANDOM_MOMENT);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM spot_check WHERE process_instance_id = ?", scheduled);
        assertThat(row.get("started_how")).isEqualTo("RANDOM");
        assertThat(row.get("period_from").toString()).isEqualTo("2026-06-01");
        assertThat(row.get("period_to").toString()).isEqualTo("2026-06-30");
        assertThat(jdbc.queryForList("SELECT case_number FROM spot_check_case WHERE check_id = ?", String.class,
                row.get("id"))).as("the water bureau's only June case is drawn").contains(closedInJune);
        for (Task lookBack : engine.getTaskService().createTaskQuery().processInstanceId(scheduled).list()) {
            rounds.complete(lookBack, "supervisor", Map.of(REALLY_SOLVED, "true", LOOK_BACK_METHOD, "PHONE"));
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(scheduled)
                .singleResult().getEndActivityId()).isEqualTo(END_NEXT_SCHEDULED);
        ProcessInstance next = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SpotCheckProcess.KEY).activityIdIn(TIMER_RANDOM_MOMENT).list().stream()
                .filter(instance -> YearMonth.from(rounds.timer(instance.getId(), TIMER_RANDOM_MOMENT).getDuedate()
                        .toInstant().atZone(calendar.zone())).equals(YearMonth.of(2026, 8)))
                .findFirst().orElse(null);
        assertThat(next).as("the next engine check waits for a moment of August").isNotNull();
        assertThat(rounds.timer(next.getId(), TIMER_RANDOM_MOMENT).getDuedate().toInstant().atZone(calendar.zone())
                .getDayOfWeek()).isNotIn(DayOfWeek.SUNDAY);
    }

    @Test
    void aPeriodWithoutClosedCasesEndsTheCheckWithNothingToLookBackAt() {
        ClockUtil.setCurrentTime(at(2026, 2, 2, 10, 0));
        String check = startCheck("supervisor", "2025-01-01", "2025-01-31", 10);

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(check)
                .singleResult().getEndActivityId()).isEqualTo(END_CHECKED);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(check)
                .activityId(TASK_LOOK_BACK).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT findings FROM spot_check WHERE process_instance_id = ?", String.class,
                check)).isEqualTo("期间内没有已办结的问题，未抽取。");
    }

    private CaseDriver closedAsResolved(String unit) {
        return CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo(unit).accept(handlerOf(unit))
                .resolve(handlerOf(unit)).approve().callback(Satisfaction.SATISFIED);
    }

    private static String handlerOf(String unit) {
        return "handler-" + unit.substring("unit-".length());
    }

    private String startCheck(String user, String from, String to, int share) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PERIOD_FROM, from);
        variables.put(PERIOD_TO, to);
        variables.put(SHARE_PERCENT, share);
        CaseDriver.authenticate(engine, user);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(SpotCheckProcess.KEY, variables).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Task lookBackOf(String check, String caseNumber) {
        return engine.getTaskService().createTaskQuery().processInstanceId(check).taskDefinitionKey(TASK_LOOK_BACK)
                .list().stream().filter(task -> caseNumber.equals(engine.getTaskService()
                        .getVariableLocal(task.getId(), IssueHandlingProcess.Variables.CASE_NUMBER)))
                .findFirst().orElseThrow();
    }

    /** Other cases closed the same day (by other tests) are found solved. */
    private void solveTheOthers(String check, String caseNumber) {
        for (Task other : engine.getTaskService().createTaskQuery().processInstanceId(check).list()) {
            if (!caseNumber.equals(engine.getTaskService().getVariableLocal(other.getId(),
                    IssueHandlingProcess.Variables.CASE_NUMBER))) {
                rounds.complete(other, "supervisor", Map.of(REALLY_SOLVED, "true", LOOK_BACK_METHOD, "PHONE"));
            }
        }
    }
}
