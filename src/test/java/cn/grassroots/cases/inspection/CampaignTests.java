package cn.grassroots.cases.inspection;

import static cn.grassroots.cases.inspection.RoundDriver.at;
import static cn.grassroots.cases.inspection.SupervisionCampaignProcess.Elements.*;
import static cn.grassroots.cases.inspection.SupervisionCampaignProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
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
import cn.grassroots.cases.handling.Satisfaction;

/**
 * 专项督查: a campaign on 供水排水与水利 in 青山镇 tags the open water cases of the town and its villages, and the water
 * cases registered there during the campaign; leaders add 批示; it closes with the supervision office's report.
 */
@GrassrootsTest
class CampaignTests {

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
    void aCampaignTagsTheMatchingCasesTakesInstructionsAndClosesWithItsReport() {
        ClockUtil.setCurrentTime(at(2026, 7, 6, 9, 0));
        String waterInShiqiao = issue("WATER", "unit-village-shiqiao").sortTo("unit-water").instance().getBusinessKey();
        String waterInBaishui = issue("WATER", "unit-town-baishui").instance().getBusinessKey();
        String roadsInShiqiao = issue("ROADS_TRAFFIC", "unit-village-shiqiao").instance().getBusinessKey();
        String closedWater = issue("WATER", "unit-town-qingshan").sortTo("unit-water").accept("handler-water")
                .resolve("handler-water").approve().callback(Satisfaction.SATISFIED).instance().getBusinessKey();

        var opened = EngineHttp.as(rest, "leader").post("/api/campaigns", Map.of("title", "农村饮水安全专项督查",
                "category", "WATER", "place", "unit-town-qingshan", "periodTo", "2026-07-31"));

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode campaign = opened.getBody();
        String number = campaign.path("campaignNumber").asText();
        assertThat(number).startsWith("ZX-2026-");
        assertThat(campaign.path("categoryName").asText()).isEqualTo("供水排水与水利");
        assertThat(campaign.path("placeName").asText()).isEqualTo("青山镇人民政府");
        assertThat(campaign.path("openedByName").asText()).isEqualTo("张伟");
        assertThat(campaign.path("caseList").findValuesAsText("caseNumber")).contains(waterInShiqiao)
                .doesNotContain(waterInBaishui, roadsInShiqiao, closedWater);

        // a water case of the town registered during the campaign joins it when the period ends
        ClockUtil.setCurrentTime(at(2026, 7, 20, 9, 0));
        String later = issue("WATER", "unit-town-qingshan").instance().getBusinessKey();

        var instruction = EngineHttp.as(rest, "leader").post("/api/campaigns/" + number + "/instructions",
                Map.of("instruction", "请水利局7月底前逐村排查饮水设施，确保群众饮水安全。"));
        assertThat(instruction.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(instruction.getBody().path("instructions").findValuesAsText("givenByName")).containsExactly("张伟");
        assertThat(EngineHttp.as(rest, "supervisor").post("/api/campaigns/" + number + "/instructions",
                Map.of("instruction", "督查室意见")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var empty = EngineHttp.as(rest, "leader").post("/api/campaigns/" + number + "/instructions",
                Map.of("instruction", " "));
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().path("errors").get(0).path("field").asText()).isEqualTo("instruction");

        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SupervisionCampaignProcess.KEY).variableValueEquals(CAMPAIGN_NUMBER, number)
                .singleResult();
        assertThat(process).isWaitingAt(TIMER_CAMPAIGN_ENDS);
        rounds.fire(process.getId(), TIMER_CAMPAIGN_ENDS);

        assertThat(process).isWaitingAt(TASK_WRITE_REPORT);
        Task report = rounds.task(process.getId(), TASK_WRITE_REPORT, "supervision");
        assertThat((String) engine.getTaskService().getVariableLocal(report.getId(), PROGRESS)).startsWith("纳入问题");
        JsonNode board = EngineHttp.as(rest, "supervisor").get("/api/campaigns/" + number).getBody();
        assertThat(board.path("caseList").findValuesAsText("caseNumber")).contains(waterInShiqiao, later)
                .doesNotContain(waterInBaishui, roadsInShiqiao);

        rounds.complete(report, "supervisor", Map.of(REPORT, "共纳入问题2件，已督促县水利局完成排查。"));

        assertThat(process).isEnded().hasPassed(END_CAMPAIGN_CLOSED);
        JsonNode closed = EngineHttp.as(rest, "leader").get("/api/campaigns/" + number).getBody();
        assertThat(closed.path("closedAt").isNull()).isFalse();
        assertThat(closed.path("report").asText()).contains("共纳入问题2件");
        assertThat(EngineHttp.as(rest, "leader").post("/api/campaigns/" + number + "/instructions",
                Map.of("instruction", "再批示")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyLeadersAndTheSupervisionOfficeOpenCampaignsAndACampaignNeedsATopic() {
        ClockUtil.setCurrentTime(at(2026, 7, 7, 9, 0));
        Map<String, Object> topic = Map.of("title", "专项", "category", "WATER", "periodTo", "2026-07-31");
        assertThat(EngineHttp.as(rest, "dispatcher").post("/api/campaigns", topic).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineHttp.as(rest, "handler-water").get("/api/campaigns").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        int campaigns = jdbc.queryForObject("SELECT COUNT(*) FROM supervision_campaign", Integer.class);

        var noTopic = EngineHttp.as(rest, "supervisor").post("/api/campaigns",
                Map.of("title", "专项", "periodTo", "2026-07-31"));
        assertThat(noTopic.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTopic.getBody().path("errors").get(0).path("field").asText()).isEqualTo(CATEGORY);
        var nowhere = EngineHttp.as(rest, "supervisor").post("/api/campaigns",
                Map.of("title", "专项", "place", "unit-roads", "periodTo", "2026-07-31"));
        assertThat(nowhere.getBody().path("errors").get(0).path("field").asText()).isEqualTo(PLACE);
        var past = EngineHttp.as(rest, "supervisor").post("/api/campaigns",
                Map.of("title", "专项", "category", "WATER", "periodTo", "2026-06-30"));
        assertThat(past.getBody().path("errors").get(0).path("field").asText()).isEqualTo(PERIOD_TO);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervision_campaign", Integer.class)).isEqualTo(campaigns);
        JsonNode options = EngineHttp.as(rest, "supervisor").get("/api/campaigns/options").getBody();
        assertThat(options.path("categories").findValuesAsText("label")).contains("供水排水与水利");
        assertThat(options.path("places").findValuesAsText("label")).contains("青山镇人民政府", "石桥村民委员会");
    }

    private CaseDriver issue(String category, String place) {
        Map<String, Object> facts = new HashMap<>(CaseDriver.roadsIssue());
        facts.put(IssueHandlingProcess.Variables.CATEGORY, category);
        facts.put(IssueHandlingProcess.Variables.PLACE, place);
        return CaseDriver.register(engine, facts);
    }
}
