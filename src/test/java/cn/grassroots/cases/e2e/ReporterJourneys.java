package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
