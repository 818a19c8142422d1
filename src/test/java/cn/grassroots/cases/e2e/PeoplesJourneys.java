package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * The people's path in a real browser, in Chinese, against the packaged application: registration and sorting by the
 * dispatcher, sign-off and resolution by the unit (with a form validation error on the way), review and callback, the
 * supervisor's overdue board in Cockpit and 督办 task in Tasklist, and a handler of another unit who cannot see the
 * case. Each journey leaves screenshots in target/e2e, and the page source when it fails.
 */
class PeoplesJourneys extends Journeys {

    @Test
    void aCaseGoesFromRegistrationToClosureThroughTheChineseForms() {
        EngineRest rest = rest();
        String title = "浏览器登记：桥面破损 " + System.nanoTime();

        Browser dispatcher = browser("tasklist", "dispatcher");
        dispatcher.clickLink("发起流程").clickLink("四下基层问题办理");
        dispatcher.type("问题标题", title).type("问题描述", "石桥村小桥桥面破损，车辆通行危险。")
                .choose("来源渠道", "调查研究下基层").choose("问题类别", "道路交通").type("发生地点", "青山镇石桥村")
                .type("反映人姓名", "陈建国").type("联系电话", "13800001111");
        dispatcher.screenshot("1-register-form");
        dispatcher.click("发起");
        dispatcher.until(() -> rest.instanceByTitle(title) != null);
        JsonNode instance = rest.instanceByTitle(title);
        String instanceId = instance.get("id").asText();
        String caseNumber = instance.get("businessKey").asText();
        assertThat(caseNumber).matches("SX-\\d{4}-\\d{6}");

        dispatcher.until(() -> rest.task(instanceId, Elements.TASK_SORT_ISSUE) != null);
        dispatcher.openTask(taskId(rest, instanceId, Elements.TASK_SORT_ISSUE));
        assertThat(dispatcher.field("责任单位").getText()).contains("县交通运输局");
        assertThat(dispatcher.field("办理期限").findElement(org.openqa.selenium.By.tagName("input")).getAttribute("value"))
                .as("a Chinese browser's date format").matches("\\d{4}/\\d{2}/\\d{2}");
        dispatcher.until(() -> dispatcher.text().contains("创建时间") && !dispatcher.text().contains(" ago"));
        dispatcher.choose("解决路径", "直接办理").screenshot("2-sort-form");
        submit(dispatcher, rest, instanceId, Elements.TASK_SORT_ISSUE, Elements.TASK_ACCEPT_ISSUE);

        Browser handler = browser("tasklist", "handler-roads");
        handler.waitForText("本单位待办").waitForText(caseNumber);
        handler.until(() -> handler.text().contains("创建时间") && !handler.text().contains(" ago"));
        assertThat(handler.dateLanguage()).as("dates in Chinese once both label files have arrived").isEqualTo("zh");
        assertThat(handler.text()).as("no end-of-life banner for handlers").doesNotContain("Camunda 8");
        handler.screenshot("3-unit-queue");
        handler.openTask(taskId(rest, instanceId, Elements.TASK_ACCEPT_ISSUE)).check("签收").screenshot("3-accept-form");
        submit(handler, rest, instanceId, Elements.TASK_ACCEPT_ISSUE, Elements.TASK_RESOLVE_ISSUE);

        handler.openTask(taskId(rest, instanceId, Elements.TASK_RESOLVE_ISSUE));
        handler.click("提交");
        handler.waitForText("此项为必填项");
        assertThat(rest.task(instanceId, Elements.TASK_RESOLVE_ISSUE)).as("an empty required field blocks completion")
                .isNotNull();
        handler.screenshot("4-resolve-validation");
        handler.type("办理情况", "更换桥面钢板，设置警示标志。").type("答复意见", "桥面已于本周修复，感谢您的反映。");
        submit(handler, rest, instanceId, Elements.TASK_RESOLVE_ISSUE, Elements.TASK_REVIEW_RESOLUTION);

        Browser reviewer = browser("tasklist", "dispatcher");
        reviewer.openTask(taskId(rest, instanceId, Elements.TASK_REVIEW_RESOLUTION)).check("审核通过");
        submit(reviewer, rest, instanceId, Elements.TASK_REVIEW_RESOLUTION, Elements.TASK_CALLBACK);
        reviewer.openTask(taskId(rest, instanceId, Elements.TASK_CALLBACK)).radio("群众评价", "满意")
                .screenshot("5-callback-form");
        reviewer.click("提交");
        reviewer.until(() -> rest.instance(instanceId).get("state").asText().equals("COMPLETED"));

        assertThat(rest.passedThrough(instanceId, Elements.END_ISSUE_RESOLVED)).as("closed as resolved").isTrue();
    }

    @Test
    void theSupervisorFindsAnOverdueCaseOnTheCockpitBoardAndHis督办Task() {
        EngineRest rest = rest();
        JsonNode registered = rest.sortedToTheRoadsBureau(roadsIssue("县道路面塌陷 " + System.nanoTime()));
        String instanceId = registered.get("processInstanceId").asText();
        String caseNumber = registered.get("caseNumber").asText();
        rest.signedOffByTheRoadsBureau(instanceId);
        // the unit lets the deadline pass: the engine's warning and overdue timers fire
        rest.executeJob(instanceId, Elements.BOUNDARY_RESOLVE_WARNING);
        rest.executeJob(instanceId, Elements.TIMER_RESOLVE_OVERDUE);

        Browser supervisor = browser("cockpit", "supervisor");
        // the board shows a page of the most overdue cases of every unit; the supervisor picks the unit's button
        supervisor.waitForText("逾期督办看板").clickElement("button[data-count-unit='unit-roads']").waitForText(caseNumber);
        String board = supervisor.text();
        assertThat(board).contains("县交通运输局").contains("督查室督办");
        supervisor.screenshot("6-cockpit-board");
        supervisor.clickLink(caseNumber);
        // 案件详情: the case in words, every tier of the ladder with its date, then Cockpit's own view of the instance
        supervisor.waitForText("办理时限与督办层级").waitForText("逾期·督查室督办");
        assertThat(supervisor.text()).contains("县交通运输局").contains("预警").contains("领导挂牌督办");
        supervisor.screenshot("6-cockpit-case");
        supervisor.clickLink("查看流程实例");
        supervisor.until(() -> supervisor.text().contains(instanceId)).waitForElement(".djs-container .djs-shape");
        assertThat(supervisor.url()).contains("/process-instance/" + instanceId);
        assertThat(supervisor.text()).contains("四下基层问题办理").contains(caseNumber);
        supervisor.screenshot("6-cockpit-instance");

        Browser inTasklist = browser("tasklist", "supervisor");
        // other journeys may have left the office many 督办 tasks: the supervisor looks the case up by its number
        inTasklist.clickLink("督办").searchTasks("caseNumber", caseNumber).waitForText(caseNumber);
        inTasklist.screenshot("7-tasklist-supervision");

        // still unresolved after the leaders took it up: the supervision office issues a 通报批评
        rest.executeJob(instanceId, Elements.TIMER_LEADER_ESCALATION);
        rest.executeJob(instanceId, Elements.TIMER_PUBLIC_NOTICE);
        inTasklist.openTask(taskId(rest, instanceId, Elements.TASK_ISSUE_PUBLIC_NOTICE));
        assertThat(inTasklist.value("督办级别")).as("the level in words").isEqualTo("通报批评");
        inTasklist.click("提交").waitForText("此项为必填项");
        inTasklist.type("通报内容", "县交通运输局办理县道路面塌陷问题逾期，经督办、挂牌督办仍未办结，予以通报批评。")
                .screenshot("11-public-notice");
        inTasklist.click("提交");
        inTasklist.until(() -> rest.task(instanceId, Elements.TASK_ISSUE_PUBLIC_NOTICE) == null);
        assertThat(rest.passedThrough(instanceId, Elements.END_PUBLIC_NOTICE_ISSUED)).isTrue();
        assertThat(rest.variable(instanceId, "escalationLevel").asInt()).isEqualTo(3);
    }

    @Test
    void aHandlerOfAnotherUnitCannotSeeTheCase() {
        EngineRest rest = rest();
        JsonNode registered = rest.sortedToTheRoadsBureau(roadsIssue("村道积水 " + System.nanoTime()));
        String instanceId = registered.get("processInstanceId").asText();
        String caseNumber = registered.get("caseNumber").asText();

        Browser other = browser("tasklist", "handler-water");
        other.waitForText("本单位待办");
        other.go("/camunda/app/tasklist/default/#/?task=" + taskId(rest, instanceId, Elements.TASK_ACCEPT_ISSUE));
        other.waitForText("该任务已不存在");
        other.until(() -> other.text().contains("请刷新待办列表"));
        assertThat(other.text()).doesNotContain(caseNumber).contains("本单位待办").doesNotContain("No matching task");
        other.screenshot("8-other-unit");
    }

    @Test
    void aUnitHeadDecidesHisUnitsExtensionRequest() {
        EngineRest rest = rest();
        String title = "桥梁护栏缺损 " + System.nanoTime();
        String instanceId = rest.sortedToTheRoadsBureau(roadsIssue(title)).get("processInstanceId").asText();
        rest.signedOffByTheRoadsBureau(instanceId);
        rest.complete(instanceId, Elements.TASK_RESOLVE_ISSUE, "handler-roads", Map.of("requestExtension", true,
                "extensionDays", 5, "extensionReason", "护栏需定制，厂家供货需一周。"));
        String deadline = rest.variable(instanceId, "dueDate").asText();

        Browser head = browser("tasklist", "head-roads");
        head.waitForText("本单位待办").waitForText(title);
        head.openTask(taskId(rest, instanceId, Elements.TASK_APPROVE_EXTENSION));
        assertThat(head.field("延期理由").getText()).isNotNull();
        head.check("批准延期").type("审批意见", "同意延期五个工作日，请按期办结。").screenshot("10-head-extension");
        submit(head, rest, instanceId, Elements.TASK_APPROVE_EXTENSION, Elements.TASK_RESOLVE_ISSUE);

        assertThat(java.time.LocalDate.parse(rest.variable(instanceId, "dueDate").asText()))
                .as("the deadline moved").isAfter(java.time.LocalDate.parse(deadline));
    }

    @Test
    void theAdministratorFindsTheOrganisationInChineseAdmin() {
        Browser admin = browser("admin", "demo");
        assertThat(admin.loginPageText()).contains("登录").contains("用户名").contains("密码");

        admin.go("/camunda/app/admin/default/#/users");
        admin.waitForText("handler-roads");
        assertThat(admin.text()).contains("用户").contains("赵磊");
        admin.go("/camunda/app/admin/default/#/groups");
        admin.waitForText("unit-roads");
        assertThat(admin.text()).contains("用户组").contains("县交通运输局");
        admin.screenshot("9-admin-groups");
    }

    private static Map<String, Object> roadsIssue(String title) {
        return roadsIssue(title, "路面塌陷约两平方米，夜间车辆通行危险。");
    }

    /** Presses 提交 and waits until the engine has completed the task and the case has reached its next task. */
    private void submit(Browser browser, EngineRest rest, String instanceId, String taskKey, String nextTaskKey) {
        browser.click("提交");
        browser.until(() -> rest.task(instanceId, taskKey) == null);
        browser.until(() -> rest.task(instanceId, nextTaskKey) != null);
    }

    private static String taskId(EngineRest rest, String instanceId, String taskKey) {
        JsonNode task = rest.task(instanceId, taskKey);
        assertThat(task).as("open task " + taskKey).isNotNull();
        return task.get("id").asText();
    }
}
