package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * 回头看 in a real browser: the supervision office starts a spot check in Tasklist, finds a case closed as resolved not
 * really solved, and the roads bureau finds the case back in its queue marked 回头看未通过; the office reads the check
 * on its Cockpit page.
 */
class InspectionJourneys extends Journeys {

    private static final String TODAY_SLASHED = LocalDate.now(ZoneId.of("Asia/Shanghai"))
            .format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    @Test
    void theSupervisionOfficeFindsAFalseClosureAndTheUnitGetsTheCaseBack() {
        EngineRest rest = rest();
        String title = "村道路灯不亮 " + System.nanoTime();
        JsonNode registered = rest.sortedToTheRoadsBureau(roadsIssue(title, "村道12盏路灯不亮，群众夜间出行不便。"));
        String instanceId = registered.get("processInstanceId").asText();
        String caseNumber = registered.get("caseNumber").asText();
        rest.signedOffByTheRoadsBureau(instanceId);
        rest.complete(instanceId, Elements.TASK_RESOLVE_ISSUE, "handler-roads",
                Map.of("resolution", "已全部修复。", "measuresTaken", "更换灯具。"));
        rest.awaitTask(instanceId, Elements.TASK_REVIEW_RESOLUTION);
        rest.complete(instanceId, Elements.TASK_REVIEW_RESOLUTION, "dispatcher", Map.of("approved", true));
        rest.awaitTask(instanceId, Elements.TASK_CALLBACK);
        rest.complete(instanceId, Elements.TASK_CALLBACK, "dispatcher", Map.of("satisfaction", "SATISFIED"));
        Browser.await(() -> "CLOSED".equals(rest.get("dispatcher", "/api/ledger?q=" + caseNumber, 200)
                .path("rows").path(0).path("status").asText()), "the case closed");

        Browser supervisor = browser("tasklist", "supervisor");
        supervisor.clickLink("发起流程").clickLink("不定期抽查（回头看）");
        supervisor.date("办结日期自", TODAY_SLASHED).date("办结日期至", TODAY_SLASHED).type("抽查比例（%）", "100");
        supervisor.screenshot("20-start-spot-check");
        supervisor.click("发起");
        Browser.await(() -> lookBackTask(rest, caseNumber) != null, "the 回头看 task of " + caseNumber);

        supervisor.openTask(lookBackTask(rest, caseNumber).path("id").asText());
        supervisor.until(() -> supervisor.value("问题编号").equals(caseNumber));
        assertThat(supervisor.value("单位办理结果")).isEqualTo("已全部修复。");
        supervisor.radio("问题是否真正解决", "未真正解决（虚假办结）").choose("核实方式", "实地查看")
                .type("核实情况", "实地查看：仍有5盏路灯不亮。");
        supervisor.screenshot("20-look-back");
        supervisor.click("提交");
        Browser.await(() -> lookBackTask(rest, caseNumber) == null, "the 回头看 recorded");

        Browser handler = browser("tasklist", "handler-roads");
        handler.waitForText("本单位待办").waitForText(caseNumber);
        handler.until(() -> handler.text().contains("办理（回头看未通过）"));
        handler.screenshot("20-unit-queue-look-back");
        String reopenedId = rest.get("dispatcher", "/engine-rest/process-instance?processDefinitionKey="
                + "IssueHandlingProcess&businessKey=" + caseNumber, 200).get(0).path("id").asText();
        handler.openTask(rest.task(reopenedId, Elements.TASK_RESOLVE_ISSUE).path("id").asText());
        handler.until(() -> handler.value("回头看未通过：督查室核实情况").contains("仍有5盏路灯不亮"));
        JsonNode reopened = rest.get("handler-roads", "/api/cases/" + caseNumber, 200);
        assertThat(reopened.path("facts").path("status").asText()).isEqualTo("RESOLVING");

        Browser office = browser("cockpit", "supervisor");
        office.go("/camunda/app/cockpit/default/#/inspection");
        office.waitForText("不定期抽查（回头看）").waitForElement("details[data-check] summary");
        office.clickElement("details[data-check] summary");
        office.waitForText(caseNumber);
        assertThat(office.text()).contains("抽样可复核").contains("未真正解决");
        office.screenshot("20-inspection-page");
    }

    private static JsonNode lookBackTask(EngineRest rest, String caseNumber) {
        JsonNode tasks = rest.get("supervisor", "/engine-rest/task?taskDefinitionKey=Task_LookBack&taskVariables=caseNumber_eq_"
                + caseNumber, 200);
        return tasks.isEmpty() ? null : tasks.get(0);
    }
}
