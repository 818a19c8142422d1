package cn.grassroots.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.Satisfaction;
import cn.grassroots.cases.inspection.SpotCheckProcess;
import cn.grassroots.cases.inspection.SupervisionRoundProcess;

/** The demo's rounds: a published notice with a 整改反馈 still owed, a spot check under way, an open campaign. */
@GrassrootsTest
class DemoInspectionTests {

    @Autowired
    DemoInspection demoInspection;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theDemoHasANoticeAwaitingFeedbackASpotCheckUnderWayAndACampaign() {
        // a case closed today, as the demo year leaves many, for the spot check to draw
        CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads")
                .resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);

        DemoInspection.Loaded loaded = demoInspection.load();

        var tasks = engine.getTaskService();
        assertThat(tasks.createTaskQuery().processInstanceId(loaded.round())
                .taskDefinitionKey(SupervisionRoundProcess.Elements.TASK_RECTIFICATION_FEEDBACK).count())
                .as("a 整改反馈 still owed").isPositive();
        JsonNode notices = EngineHttp.as(rest, "handler-roads").get("/api/notices").getBody();
        assertThat(notices.findValuesAsText("status")).contains("待反馈");
        assertThat(tasks.createTaskQuery().processInstanceId(loaded.spotCheck())
                .taskDefinitionKey(SpotCheckProcess.Elements.TASK_LOOK_BACK).count()).as("回头看 under way").isPositive();
        JsonNode campaign = EngineHttp.as(rest, "leader").get("/api/campaigns/" + loaded.campaignNumber()).getBody();
        assertThat(campaign.path("title").asText()).isEqualTo("农村饮水安全专项督查");
        assertThat(campaign.path("closedAt").isNull()).isTrue();
        assertThat(campaign.path("instructions").size()).isEqualTo(1);
    }
}
