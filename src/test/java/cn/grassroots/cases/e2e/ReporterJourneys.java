package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * The reporter's side in a real browser: a cadre registers an issue in Tasklist, sees its number at once and prints
 * the receipt; the reporter, logged in nowhere, follows the case on the public page with the number and the code.
 */
class ReporterJourneys extends Journeys {

    @Test
    void aCadreRegistersAnIssueAndTheReporterFollowsItWithTheReceiptsCode() {
        EngineRest rest = rest();
        String title = "村口桥面破损 " + System.nanoTime();
        Browser cadre = browser("tasklist", "leader");
        cadre.clickLink("发起流程").clickLink("四下基层问题办理");
        cadre.type("问题标题", title).type("问题描述", "桥面有两处破损，车辆通行颠簸。").choose("来源渠道", "调查研究下基层")
                .choose("问题类别", "道路交通").type("发生地点（镇/村）", "青山镇石桥村").type("反映人姓名", "李秀英")
                .type("联系电话", "13700002222");
        cadre.click("发起");

        cadre.waitForElement(".gc-receipt-banner");
        String caseNumber = rest.instanceByTitle(title).get("businessKey").asText();
        cadre.waitForText("问题已登记，问题编号 " + caseNumber);
        cadre.screenshot("21-registered");
        assertThat(cadre.attribute(".gc-receipt-link", "href")).endsWith("/receipt/" + caseNumber);

        cadre.go("/receipt/" + caseNumber);
        cadre.waitForText("问题登记回执").waitForText(caseNumber);
        String code = cadre.texts("td.code").get(0);
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat(cadre.text()).contains(title).contains("待分办").contains("张伟");
        cadre.screenshot("21-receipt");

        Browser citizen = anonymousBrowser();
        citizen.go("/public/");
        citizen.waitForText("办理进度查询");
        citizen.go("/public/?n=" + caseNumber + "&code=" + code);
        citizen.waitForText("问题编号 " + caseNumber).waitForText("已受理");
        assertThat(citizen.text()).contains(title).doesNotContain("李秀英").doesNotContain("13700002222");
        citizen.screenshot("21-public-lookup");
    }

    @Test
    void theDispatchOfficeMergesADuplicateInTheSortForm() {
        EngineRest rest = rest();
        String stamp = String.valueOf(System.nanoTime());
        String master = rest.sortedToTheRoadsBureau(shiqiao("石桥村村口路灯全部不亮 " + stamp)).get("caseNumber").asText();
        JsonNode duplicate = rest.register(shiqiao("石桥村村口路灯不亮 " + stamp));
        String instanceId = duplicate.get("processInstanceId").asText();
        String caseNumber = duplicate.get("caseNumber").asText();
        rest.awaitTask(instanceId, Elements.TASK_SORT_ISSUE);

        Browser dispatcher = browser("tasklist", "dispatcher");
        dispatcher.openTask(rest.task(instanceId, Elements.TASK_SORT_ISSUE).get("id").asText());
        dispatcher.until(() -> dispatcher.value("相似在办问题").contains(master));
        dispatcher.chooseStartingWith("并入已有问题", master);
        dispatcher.screenshot("22-merge-in-sort-form");
        dispatcher.click("提交");
        Browser.await(() -> "MERGED".equals(rest.get("dispatcher", "/api/ledger?q=" + caseNumber, 200)
                .path("rows").path(0).path("status").asText()), "the duplicate merged");

        assertThat(rest.get("dispatcher", "/api/issues/" + master + "/merged", 200).findValuesAsText("caseNumber"))
                .containsExactly(caseNumber);
    }

    private static Map<String, Object> shiqiao(String title) {
        Map<String, Object> facts = new LinkedHashMap<>(roadsIssue(title, "村口至小学路段路灯不亮，夜间出行不便。"));
        facts.put("place", "unit-village-shiqiao");
        return facts;
    }
}
