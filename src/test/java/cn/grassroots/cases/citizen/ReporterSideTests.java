package cn.grassroots.cases.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;
import cn.grassroots.cases.handling.Satisfaction;
import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * The reporter's side: the registration answers the case number and a query code, printed on the receipt; with both,
 * anyone can follow the case on the public page — its stage, unit, deadline, extensions and reply — and learn nothing
 * else; a wrong code is an unknown case.
 */
@GrassrootsTest
class ReporterSideTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    QueryCodes codes;

    @Test
    void theRegistrationAnswersAQueryCodeAndTheReceiptCarriesIt() {
        ResponseEntity<JsonNode> registered = EngineHttp.as(rest, "dispatcher").post("/api/issues",
                IssueIntakeApiTestData.validIssue());

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = registered.getBody().path("caseNumber").asText();
        String code = registered.getBody().path("queryCode").asText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat(registered.getBody().path("receipt").asText()).isEqualTo("/receipt/" + caseNumber);

        ResponseEntity<String> receipt = rest.withBasicAuth("dispatcher", "dispatcher").getForEntity(
                "/receipt/" + caseNumber, String.class);
        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(receipt.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(receipt.getBody()).contains("问题登记回执", caseNumber, code, "白水村灌溉水渠堵塞", "待分办", "/public/",
                "王芳");
        assertThat(rest.withBasicAuth("handler-water", "handler-water").getForEntity("/receipt/" + caseNumber,
                String.class).getStatusCode()).as("not theirs").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/receipt/" + caseNumber, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCadreWhoRegisteredInTasklistPrintsTheReceiptOfHisCase() {
        Map<String, Object> facts = new HashMap<>(CaseDriver.roadsIssue());
        String caseNumber = CaseDriver.register(engine, "leader", facts).instance().getBusinessKey();

        ResponseEntity<String> receipt = rest.withBasicAuth("leader", "leader").getForEntity("/receipt/" + caseNumber,
                String.class);

        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(receipt.getBody()).contains(caseNumber, "张伟");
        assertThat(rest.withBasicAuth("secretary-qingshan", "secretary-qingshan").getForEntity("/receipt/" + caseNumber,
                String.class).getStatusCode()).as("another cadre").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePublicPageFollowsTheCaseToItsReplyAndShowsNothingOfWhoReportedIt() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());
        String caseNumber = issue.instance().getBusinessKey();
        String code = code(caseNumber);

        JsonNode registered = lookup(caseNumber, code).getBody();
        assertThat(registered.path("statusName").asText()).isEqualTo("已受理");
        issue.sortTo("unit-roads");
        assertThat(lookup(caseNumber, code).getBody().path("statusName").asText()).isEqualTo("已交办");
        issue.accept("handler-roads");
        issue.complete(Elements.TASK_RESOLVE_ISSUE, "handler-roads", Map.of(Variables.REQUEST_EXTENSION, true,
                Variables.EXTENSION_DAYS, 5, Variables.EXTENSION_REASON, "需等待灯具厂家供货。"));
        issue.complete(Elements.TASK_APPROVE_EXTENSION, "head-roads", Map.of(Variables.EXTENSION_APPROVED, true,
                Variables.EXTENSION_DECISION_NOTE, "同意。"));

        JsonNode handling = lookup(caseNumber, code).getBody();
        assertThat(handling.path("statusName").asText()).isEqualTo("办理中");
        assertThat(handling.path("unitName").asText()).isEqualTo("县交通运输局");
        assertThat(handling.path("deadline").asText()).isEqualTo(issue.variable(Variables.DUE_DATE));
        assertThat(handling.path("extensions").get(0).path("days").asInt()).isEqualTo(5);
        assertThat(handling.path("extensions").get(0).path("reason").asText()).isEqualTo("需等待灯具厂家供货。");

        issue.resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        ResponseEntity<String> closed = rest.getForEntity("/public/cases/" + caseNumber + "?code=" + code,
                String.class);
        assertThat(closed.getBody()).contains("已办结", "已更换全部损坏路灯，恢复夜间照明。")
                .doesNotContain("陈建国", "13800001111", "陈**", "现场勘查");
    }

    @Test
    void aWrongCodeIsAnsweredExactlyAsAnUnknownCase() {
        String caseNumber = CaseDriver.register(engine, CaseDriver.roadsIssue()).instance().getBusinessKey();
        String code = code(caseNumber);
        String wrong = code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ";

        ResponseEntity<String> wrongCode = rest.getForEntity("/public/cases/" + caseNumber + "?code=" + wrong,
                String.class);
        ResponseEntity<String> unknown = rest.getForEntity("/public/cases/SX-1999-999999?code=" + code, String.class);
        ResponseEntity<String> noCode = rest.getForEntity("/public/cases/" + caseNumber, String.class);

        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongCode.getBody()).isEqualTo(unknown.getBody()).isEqualTo(noCode.getBody());
        assertThat(lookup(caseNumber, code.toLowerCase()).getStatusCode()).as("typed in lower case")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAccusationShowsItsStageOnlyNeitherWhatNorWhomItIsAbout() {
        Map<String, Object> facts = new HashMap<>(CaseDriver.roadsIssue());
        facts.put(Variables.TITLE, "反映石桥村村委会挪用修路款");
        facts.put(Variables.ACCUSATION, true);
        CaseDriver accusation = CaseDriver.register(engine, facts).sortTo("unit-town-qingshan");
        String caseNumber = accusation.instance().getBusinessKey();

        ResponseEntity<String> seen = rest.getForEntity("/public/cases/" + caseNumber + "?code=" + code(caseNumber),
                String.class);

        assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(seen.getBody()).contains("已交办", "检举控告件").doesNotContain("挪用", "石桥村", "青山镇", "陈建国");
    }

    @Test
    void thePublicPageIsThereWithoutALogin() {
        ResponseEntity<String> page = rest.getForEntity("/public/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("办理进度查询", "查询码");
    }

    private String code(String caseNumber) {
        return codes.of(caseNumber).orElseThrow();
    }

    private ResponseEntity<JsonNode> lookup(String caseNumber, String code) {
        return rest.getForEntity("/public/cases/" + caseNumber + "?code=" + code, JsonNode.class);
    }
}
