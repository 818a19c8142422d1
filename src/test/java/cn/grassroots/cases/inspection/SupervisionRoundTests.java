package cn.grassroots.cases.inspection;

import static cn.grassroots.cases.inspection.RoundDriver.at;
import static cn.grassroots.cases.inspection.SupervisionRoundProcess.Elements.*;
import static cn.grassroots.cases.inspection.SupervisionRoundProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.system.FieldLabels;

/**
 * 月度督查: on the first working day of the month the engine compiles the month before; the supervision office edits
 * and publishes the notice; each unit it names owes a 整改反馈, and a unit that is late is marked and supervised.
 */
@GrassrootsTest
class SupervisionRoundTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

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
    void afterTheNationalDayHolidayTheRoundNamesTheLateUnitAndALateRectificationIsSupervised() {
        // September: a case of 县水利局 runs past its deadline and is still open when the round is compiled
        ClockUtil.setCurrentTime(at(2026, 9, 1, 9, 0));
        CaseDriver waterCase = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-water")
                .accept("handler-water").fireTimer(IssueHandlingProcess.Elements.TIMER_RESOLVE_OVERDUE);
        assertThat(waterCase.variable(IssueHandlingProcess.Variables.OVERDUE)).isEqualTo(true);

        ClockUtil.setCurrentTime(at(2026, 10, 1, 7, 0));
        ProcessInstance round = rounds.startedByTimer(SupervisionRoundProcess.KEY);
        assertThat(round).isWaitingAt(TIMER_FIRST_WORKING_DAY);
        assertThat(rounds.timer(round.getId(), TIMER_FIRST_WORKING_DAY).getDuedate())
                .as("国庆节 1–7 October: Thursday 8 October, an hour after the visit quota check")
                .isEqualTo(at(2026, 10, 8, 10, 0));

        rounds.fire(round.getId(), TIMER_FIRST_WORKING_DAY);

        assertThat(round).isWaitingAt(TASK_PUBLISH_NOTICE);
        Task publish = rounds.task(round.getId(), TASK_PUBLISH_NOTICE, "supervision");
        assertThat(publish.getDueDate()).as("two working days: Friday and the make-up Saturday").isEqualTo(RoundDriver.endOf(2026, 10, 10));
        var runtime = engine.getRuntimeService();
        assertThat(runtime.getVariable(round.getId(), ROUND_PERIOD)).isEqualTo("2026年9月");
        assertThat((String) runtime.getVariable(round.getId(), NOTICE_TEXT)).contains("县水利局：逾期1件")
                .contains("请县水利局");
        assertThat(String.valueOf(runtime.getVariable(round.getId(), NAMED_UNITS))).as("proposed for naming")
                .contains("unit-water");

        // the office edits the draft and names one more unit
        rounds.complete(publish, "supervisor", Map.of(NOTICE_TITLE, "2026年9月督查通报", NOTICE_TEXT,
                "县水利局逾期未办结1件，县自然资源局回访满意率偏低，请于10个工作日内报送整改情况。", NAMED_UNITS,
                List.of("unit-water", "unit-land")));

        JsonNode notice = latestNotice("handler-water");
        assertThat(notice.path("title").asText()).isEqualTo("2026年9月督查通报");
        assertThat(notice.path("noticeNumber").asText()).startsWith("DC-2026-");
        assertThat(notice.path("periodFrom").asText()).isEqualTo("2026-09-01");
        assertThat(notice.path("publishedByName").asText()).isEqualTo("李强");
        assertThat(notice.path("units").findValuesAsText("unitName")).containsExactly("县自然资源局", "县水利局");
        assertThat(notice.path("units").findValuesAsText("feedbackDue")).containsOnly("2026-10-21");
        assertThat(notice.path("units").findValuesAsText("status")).containsOnly("待反馈");

        Task water = rounds.task(round.getId(), TASK_RECTIFICATION_FEEDBACK, "unit-water");
        Task land = rounds.task(round.getId(), TASK_RECTIFICATION_FEEDBACK, "unit-land");
        assertThat(water.getDueDate()).isEqualTo(RoundDriver.endOf(2026, 10, 21));
        assertThat(engine.getTaskService().getVariableLocal(water.getId(), IssueHandlingProcess.Variables.TITLE))
                .isEqualTo("整改反馈：2026年9月督查通报");

        // the unit reads its task's form in Tasklist: the notice it answers
        var form = EngineHttp.as(rest, "handler-water").get("/engine-rest/task/" + water.getId()
                + "/form-variables?variableNames=noticeText,noticeNumber,feedbackDue");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().path(NOTICE_TEXT).path("value").asText()).contains("县水利局逾期未办结1件");
        assertThat(EngineHttp.as(rest, "handler-roads").get("/engine-rest/task/" + water.getId()
                + "/form-variables").getStatusCode()).as("another unit").isNotEqualTo(HttpStatus.OK);

        ClockUtil.setCurrentTime(at(2026, 10, 20, 15, 0));
        rounds.complete(water, "handler-water", Map.of(RECTIFICATION_REPORT, "已约谈责任科室，逾期问题10月25日前办结。"));

        // 县自然资源局 lets the deadline pass: marked late, and the supervision office gets a 督办 task
        rounds.fire(round.getId(), TIMER_FEEDBACK_LATE);
        Task supervise = rounds.task(round.getId(), TASK_SUPERVISE_FEEDBACK, "supervision");
        assertThat(supervise).isNotNull();
        assertThat(engine.getTaskService().getVariableLocal(supervise.getId(),
                IssueHandlingProcess.Variables.RESPONSIBLE_UNIT_NAME)).isEqualTo("县自然资源局");
        assertThat(rounds.timer(round.getId(), TIMER_FEEDBACK_LATE)).as("one late mark per unit").isNull();
        assertThat(unitStatus("unit-land")).isEqualTo("逾期未反馈");
        assertThat(unitStatus("unit-water")).isEqualTo("已反馈");

        rounds.complete(land, "handler-land", Map.of(RECTIFICATION_REPORT, "已逐件回访，完善回访制度。"));

        assertThat(unitStatus("unit-land")).isEqualTo("逾期后反馈");
        assertThat(rounds.task(round.getId(), TASK_SUPERVISE_FEEDBACK, null))
                .as("the unit answered: its 督办 task ends with it").isNull();
        assertThat(round).isEnded().hasPassed(END_ROUND_CLOSED);
    }

    @Test
    void aNoticeThatNamesNoUnitEndsTheRoundAndOnlyTheSupervisionOfficeCompilesOne() {
        ClockUtil.setCurrentTime(at(2026, 12, 2, 10, 0));
        assertThat(EngineHttp.as(rest, "dispatcher").post("/api/notices/rounds", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var started = EngineHttp.as(rest, "supervisor").post("/api/notices/rounds", null);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String round = started.getBody().path("processInstanceId").asText();
        assertThat(engine.getRuntimeService().getVariable(round, ROUND_PERIOD)).isEqualTo("2026年11月");

        rounds.complete(rounds.task(round, TASK_PUBLISH_NOTICE, "supervision"), "supervisor", Map.of(NOTICE_TITLE,
                "2026年11月督查通报", NOTICE_TEXT, "11月各单位均按期办结。", NAMED_UNITS, List.of()));

        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(round)
                .activityId(END_NO_UNIT_NAMED).count()).isEqualTo(1);
        assertThat(latestNotice("handler-roads").path("title").asText()).isEqualTo("2026年11月督查通报");
        assertThat(latestNotice("handler-roads").path("units").size()).isZero();
    }

    @Test
    void anUnknownUnitIsRefusedByNameAndNothingIsPublished() {
        ClockUtil.setCurrentTime(at(2026, 12, 3, 10, 0));
        String round = EngineHttp.as(rest, "supervisor").post("/api/notices/rounds", null).getBody()
                .path("processInstanceId").asText();
        Task publish = rounds.task(round, TASK_PUBLISH_NOTICE, "supervision");
        int notices = jdbc.queryForObject("SELECT COUNT(*) FROM supervision_notice", Integer.class);

        assertThatThrownBy(() -> rounds.complete(publish, "supervisor", Map.of(NOTICE_TITLE, "通报", NOTICE_TEXT,
                "正文", NAMED_UNITS, List.of("unit-nowhere")))).hasMessageContaining(FieldLabels.of(NAMED_UNITS))
                .hasMessageContaining("unit-nowhere");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervision_notice", Integer.class)).isEqualTo(notices);
        assertThat(rounds.task(round, TASK_PUBLISH_NOTICE, null)).isNotNull();
    }

    @Test
    void noticesNeedALogin() {
        assertThat(rest.getForEntity("/api/notices", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private JsonNode latestNotice(String user) {
        var notices = EngineHttp.as(rest, user).get("/api/notices");
        assertThat(notices.getStatusCode()).isEqualTo(HttpStatus.OK);
        return notices.getBody().get(0);
    }

    private String unitStatus(String unit) {
        for (JsonNode named : latestNotice("supervisor").path("units")) {
            if (unit.equals(named.path("unit").asText())) {
                return named.path("status").asText();
            }
        }
        return null;
    }
}
