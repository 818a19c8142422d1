package cn.grassroots.cases.casefile;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;

/**
 * 案件详情: a roads case registered Monday 7 Dec 2026 08:00, warned, overdue and taken up by the leaders, read as the
 * supervision office does: facts in words, every tier with its date and whether it came, the current level, every step
 * with who and when, the 督办 note and the leader's 批示.
 */
@GrassrootsTest
class CaseFileTests {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSupervisionOfficeReadsACaseInWordsWithEveryTierAndStep() {
        ClockUtil.setCurrentTime(Date.from(java.time.ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0,
                ZoneId.of("Asia/Shanghai")).toInstant()));
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        Date leadersDue = issue.timerDue(TIMER_LEADER_ESCALATION);
        issue.fireTimer(BOUNDARY_RESOLVE_WARNING).fireTimer(TIMER_RESOLVE_OVERDUE);
        issue.complete(TASK_SUPERVISE_OVERDUE, "supervisor",
                Map.of(SUPERVISE_NOTE, "已电话督促交通运输局，要求三日内办结。", COMMITMENT_DATE, "2026-12-31"));
        issue.fireTimer(TIMER_LEADER_ESCALATION);
        issue.complete(TASK_LEADER_ESCALATION, "leader", Map.of(LEADER_INSTRUCTION, "限元旦前修复，结果报县政府。"));

        JsonNode file = EngineHttp.as(rest, "supervisor").get("/api/cases/" + issue.instance().getBusinessKey())
                .getBody();

        assertThat(file.path("processInstanceId").asText()).isEqualTo(issue.instance().getId());
        assertThat(file.path("description").asText()).contains("路灯");
        assertThat(file.path("facts").path("responsibleUnitName").asText()).isEqualTo("县交通运输局");
        assertThat(file.path("facts").path("statusName").asText()).isEqualTo("办理中");
        assertThat(file.path("tiers").findValuesAsText("tier")).startsWith("WARNING", "OVERDUE", "LEADER");
        JsonNode warning = file.path("tiers").get(0);
        assertThat(warning.path("name").asText()).isEqualTo("预警");
        assertThat(warning.path("at").asText()).isEqualTo("2026-12-23 09:00");
        assertThat(warning.path("reached").asBoolean()).isTrue();
        assertThat(file.path("tiers").get(1).path("at").asText()).isEqualTo("2026-12-28 23:59");
        assertThat(file.path("tiers").get(2).path("at").asText()).as("the date its timer had")
                .isEqualTo(MINUTES.format(leadersDue.toInstant()));
        assertThat(file.path("tiers").get(2).path("reached").asBoolean()).isTrue();
        assertThat(file.path("currentLevel").asInt()).isEqualTo(2);
        assertThat(file.path("currentLevelName").asText()).isEqualTo("领导挂牌督办");
        assertThat(file.path("superviseNotes").get(0).asText()).isEqualTo("已电话督促交通运输局，要求三日内办结。");
        assertThat(file.path("leaderInstructions").get(0).asText()).isEqualTo("限元旦前修复，结果报县政府。");
        assertThat(file.path("timeline").findValuesAsText("stepName")).contains("登记：登记问题", "升级：预警",
                "升级：逾期·督查室督办", "升级：领导挂牌督办");
        assertThat(file.path("timeline").get(0).path("whoName").asText()).isEqualTo("王芳");
        assertThat(file.path("timeline").findValuesAsText("whoName")).contains("系统（计时器）", "李强", "张伟");
        assertThat(file.toString()).doesNotContain("陈建国").doesNotContain("13800001111");

        assertThat(EngineHttp.as(rest, "handler-roads").get("/api/cases/" + issue.instance().getBusinessKey())
                .getStatusCode()).as("the unit holding it").isEqualTo(HttpStatus.OK);
        assertThat(EngineHttp.as(rest, "handler-water").get("/api/cases/" + issue.instance().getBusinessKey())
                .getStatusCode()).as("another unit").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(EngineHttp.as(rest, "supervisor").get("/api/cases/SX-1999-000001").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theChartsCountThePeriodsCases() {
        ClockUtil.setCurrentTime(Date.from(java.time.ZonedDateTime.of(2032, 2, 2, 8, 0, 0, 0,
                ZoneId.of("Asia/Shanghai")).toInstant()));
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(PLACE, "unit-village-shiqiao");
        CaseDriver.register(engine, facts).sortTo("unit-roads");
        CaseDriver.register(engine, facts);

        JsonNode charts = EngineHttp.as(rest, "leader").get("/api/charts?from=2032-01-01&to=2032-03-31").getBody();

        assertThat(charts.path("intakeByMonth").findValuesAsText("month")).containsExactly("2032-01", "2032-02",
                "2032-03");
        assertThat(charts.path("intakeByMonth").get(1).path("RESEARCH").asInt()).isEqualTo(2);
        assertThat(charts.path("intakeByMonth").get(0).path("RESEARCH").asInt()).isZero();
        JsonNode heat = charts.path("heat");
        int qingshan = heat.path("towns").findValuesAsText("id").indexOf("unit-town-qingshan");
        int roads = heat.path("categories").findValuesAsText("code").indexOf("ROADS_TRAFFIC");
        boolean found = false;
        for (JsonNode cell : heat.path("cells")) {
            if (cell.get(0).asInt() == qingshan && cell.get(1).asInt() == roads) {
                assertThat(cell.get(2).asInt()).as("a village counts for its town").isEqualTo(2);
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertThat(heat.path("towns").findValuesAsText("name")).contains("青山镇人民政府");
        assertThat(EngineHttp.as(rest, "handler-roads").get("/api/charts?from=2032-01-01&to=2032-03-31")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
