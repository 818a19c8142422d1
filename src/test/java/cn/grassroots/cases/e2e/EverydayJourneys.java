package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * Everyday use as the people at their desks meet it (issue 15): words instead of codes on the cards, urgency first, the
 * supervision office's 已逾期, Chinese refusals, the reporter's identity on its own page, 协办 and 责任人 chosen by name,
 * an extension request that says who decides it, and only the actions a person can use.
 */
class EverydayJourneys extends Journeys {

    /** The demo's petition about 低保, sorted 70 days ago to 县民政局: its 60 days are over and the ladder has moved. */
    static final String DEMO_LATE_CASE = "低保申请三个月未获答复";

    @Test
    void aUnitHandlerSeesWordsAndUrgencyAndOnlyTheActionsHeCanUse() {
        EngineRest rest = rest();
        String caseNumber = rest.instanceByTitle(DEMO_LATE_CASE).get("businessKey").asText();

        Browser handler = browser("tasklist", "handler-civil");
        handler.waitForText("本单位待办");
        handler.until(() -> handler.url().contains("dueDate"));
        assertThat(handler.text()).as("sorted by deadline, soonest first").contains("办理期限");
        handler.until(() -> handler.shown("body.gc-actions-checked"));
        assertThat(handler.shown(".start-process-action")).as("a unit's handler starts no process").isFalse();
        assertThat(handler.shown(".create-task-action")).as("nor a free-standing task").isFalse();
        handler.clickLink("已逾期").waitForText(caseNumber);
        handler.until(() -> handler.text().contains("【已逾期】办理"));
        assertThat(handler.text()).contains("县民政局").contains("领导挂牌督办").doesNotContain("unit-civil");
        handler.screenshot("23-overdue-marker");
        handler.clickElement("li.new-sort > a").waitForText("创建时间");
        assertThat(handler.text()).as("the sort menu without the engine's variable entries")
                .doesNotContain("流程变量").doesNotContain("案例执行变量").doesNotContain("任务变量");
    }

    @Test
    void aHandlerOpensTheReportersIdentityOnAChinesePageAndComesBack() {
        EngineRest rest = rest();
        JsonNode registered = rest.sortedToTheRoadsBureau(roadsIssue("桥头护栏断裂 " + System.nanoTime(),
                "护栏断裂两米，临水一侧无遮挡。"));
        String instanceId = registered.get("processInstanceId").asText();
        rest.signedOffByTheRoadsBureau(instanceId);

        Browser handler = browser("tasklist", "handler-roads");
        handler.openTask(rest.task(instanceId, Elements.TASK_RESOLVE_ISSUE).get("id").asText());
        assertThat(handler.value("督办级别")).isEqualTo("未督办");
        handler.clickLink("查看反映人姓名和电话").toNewestTab().waitForText("反映人信息");
        assertThat(handler.text()).contains("陈建国").contains("13800001111").contains("已记录");
        handler.screenshot("24-reporter-page");
        handler.clickLink("返回待办");
        handler.until(() -> handler.url().contains("/camunda/app/tasklist/"));
    }

    @Test
    void theSupervisionOfficeFindsEveryUnitsLateCaseInItsOverdueList() {
        EngineRest rest = rest();
        String caseNumber = rest.instanceByTitle(DEMO_LATE_CASE).get("businessKey").asText();

        Browser supervisor = browser("tasklist", "supervisor");
        supervisor.waitForText("本科室待办");
        assertThat(supervisor.text()).as("an office's queue is not called the unit's").doesNotContain("本单位待办");
        supervisor.clickLink("已逾期").waitForText(caseNumber);
        assertThat(supervisor.text()).contains("县民政局").contains("【已逾期】办理");
        supervisor.screenshot("25-supervisor-overdue");
    }

    @Test
    void theDispatcherIsRefusedInChineseThenSortsWithAssistanceAndThePersonByName() {
        EngineRest rest = rest();
        String title = "路面沉降 " + System.nanoTime();
        JsonNode registered = rest.register(roadsIssue(title, "县道路面沉降约十厘米，雨后积水。"));
        String instanceId = registered.get("processInstanceId").asText();
        rest.awaitTask(instanceId, Elements.TASK_SORT_ISSUE);
        String sortTask = rest.task(instanceId, Elements.TASK_SORT_ISSUE).get("id").asText();

        Browser dispatcher = browser("tasklist", "dispatcher");
        dispatcher.until(() -> dispatcher.shown("body.gc-actions-checked"));
        assertThat(dispatcher.shown(".start-process-action")).as("the dispatch office registers issues").isTrue();
        dispatcher.openTask(sortTask);
        assertThat(dispatcher.field("责任单位").getText()).contains("县交通运输局");
        dispatcher.choose("协办单位", "县交通运输局").choose("解决路径", "直接办理");
        dispatcher.click("提交").waitForText("责任单位不能同时是协办单位");
        assertThat(dispatcher.text()).doesNotContain("Cannot submit").doesNotContain("must be");
        assertThat(dispatcher.buttonUncovered("提交")).as("the message leaves the 提交 button free").isTrue();
        dispatcher.screenshot("26-chinese-refusal");
        assertThat(rest.task(instanceId, Elements.TASK_SORT_ISSUE)).as("nothing changed").isNotNull();

        dispatcher.openTask(sortTask);
        dispatcher.choose("协办单位", "县水利局").choose("责任人", "赵磊").choose("解决路径", "直接办理");
        assertThat(dispatcher.text()).as("form-js's placeholders in Chinese").doesNotContain("Select");
        dispatcher.screenshot("27-sort-assistance");
        dispatcher.click("提交");
        dispatcher.until(() -> rest.task(instanceId, Elements.TASK_ACCEPT_ISSUE) != null);
        assertThat(rest.task(instanceId, Elements.TASK_ACCEPT_ISSUE).get("assignee").asText())
                .as("the person chosen by name").isEqualTo("handler-roads");
    }

    @Test
    void theDispatcherIsWarnedWhenAnAccusationWouldGoToTheVillageItIsAbout() {
        EngineRest rest = rest();
        Map<String, Object> facts = roadsIssue("村干部优亲厚友 " + System.nanoTime(), "反映村干部在低保评定中优亲厚友。");
        facts.put("accusation", true);
        facts.put("place", "unit-village-shiqiao");
        String instanceId = rest.register(facts).get("processInstanceId").asText();
        rest.awaitTask(instanceId, Elements.TASK_SORT_ISSUE);

        Browser dispatcher = browser("tasklist", "dispatcher");
        dispatcher.openTask(rest.task(instanceId, Elements.TASK_SORT_ISSUE).get("id").asText());
        assertThat(dispatcher.value("反映人")).as("an accusation's reporter is protected, not masked").isEqualTo("已保护");
        assertThat(dispatcher.text()).doesNotContain("这是检举控告件");
        dispatcher.choose("责任单位", "石桥村民委员会").waitForText("这是检举控告件");
        dispatcher.screenshot("30-accusation-warning");

        dispatcher.openTask(rest.task(instanceId, Elements.TASK_SORT_ISSUE).get("id").asText());
        assertThat(dispatcher.text()).doesNotContain("这是检举控告件");
        dispatcher.choose("责任单位", "青山镇人民政府").waitForText("这是检举控告件"); // the village's town
    }

    @Test
    void cockpitSpeaksChineseWhereItsTemplatesAreEnglish() {
        EngineRest rest = rest();
        String decision = rest.get("demo", "/engine-rest/decision-definition?key=DeadlinePolicy&latestVersion=true", 200)
                .get(0).get("id").asText();

        Browser admin = browser("cockpit", "demo");
        admin.go("/camunda/app/cockpit/default/#/decision-definition/" + decision);
        admin.waitForElement(".tjs-container").waitForText("命中策略");
        assertThat(admin.text()).doesNotContainIgnoringCase("Hit Policy").doesNotContain("Annotations")
                .as("Camunda's end-of-life banner is for Admin, not for the supervisors' workspace")
                .doesNotContain("Camunda 8");
        admin.screenshot("31-cockpit-dmn");

        String instance = rest.instanceByTitle(DEMO_LATE_CASE).get("id").asText();
        admin.go("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=variables-tab");
        admin.waitForText("escalationLevelName").waitForText("操作");
        assertThat(admin.text()).doesNotContain("Actions");
    }

    @Test
    void aHandlersExtensionRequestNamesWhoDecidesAndIsConfirmed() {
        EngineRest rest = rest();
        JsonNode registered = rest.sortedToTheRoadsBureau(roadsIssue("涵洞坍塌 " + System.nanoTime(),
                "涵洞顶部坍塌，需专业设计。"));
        String instanceId = registered.get("processInstanceId").asText();
        rest.signedOffByTheRoadsBureau(instanceId);

        Browser handler = browser("tasklist", "handler-roads");
        handler.openTask(rest.task(instanceId, Elements.TASK_RESOLVE_ISSUE).get("id").asText());
        handler.check("申请延期");
        handler.waitForText("由本单位负责人（陈立）或督查室审批");
        handler.type("申请延期天数", "99").waitForText("不能大于");
        handler.type("申请延期天数", "5").type("延期理由", "涵洞需专业单位设计，设计周期一周。");
        handler.click("提交").waitForText("延期申请已提交，等待本单位负责人（陈立）或督查室审批");
        handler.until(() -> rest.task(instanceId, Elements.TASK_APPROVE_EXTENSION) != null);
        handler.screenshot("28-extension-sent");

        Browser head = browser("tasklist", "head-roads");
        head.openTask(rest.task(instanceId, Elements.TASK_APPROVE_EXTENSION).get("id").asText());
        assertThat(head.field("批准后的办理期限").findElement(org.openqa.selenium.By.tagName("input"))
                .getAttribute("value")).matches("\\d{4}/\\d{2}/\\d{2}");
        head.screenshot("29-extension-approval");
        rest.complete(instanceId, Elements.TASK_APPROVE_EXTENSION, "head-roads", Map.of("extensionApproved", true));
    }
}
