package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * The people's path in a real browser, in Chinese: registration and sorting by the dispatcher, sign-off and
 * resolution by the unit (with a form validation error on the way), review and callback, the supervisor's overdue
 * board in Cockpit and 督办 task in Tasklist, and a handler of another unit who cannot see the case. Each journey
 * leaves screenshots in target/e2e, and the page source when it fails.
 */
@GrassrootsTest
class PeoplesJourneys {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private Browser current;

    /** Runs before @AfterEach closes the browser: keeps what the person saw when a journey failed. */
    @RegisterExtension
    final AfterTestExecutionCallback keepPageOnFailure = context -> {
        if (context.getExecutionException().isPresent() && current != null) {
            current.screenshot(context.getRequiredTestMethod().getName() + "-failed");
            current.pageSource(context.getRequiredTestMethod().getName() + "-failed");
        }
    };

    @AfterEach
    void closeBrowser() {
        if (current != null) {
            current.close();
        }
        ClockUtil.reset();
    }

    private Browser browser(String app, String user) {
        if (current != null) {
            current.close();
        }
        current = new Browser(port).login(app, user);
        return current;
    }

    @Test
    void aCaseGoesFromRegistrationToClosureThroughTheChineseForms() {
        String title = "浏览器登记：桥面破损 " + System.nanoTime();

        Browser dispatcher = browser("tasklist", "dispatcher");
        dispatcher.clickLink("登记问题").clickLink("四下基层问题办理");
        dispatcher.type("问题标题", title).type("问题描述", "石桥村小桥桥面破损，车辆通行危险。")
                .choose("来源渠道", "调查研究下基层").choose("问题类别", "道路交通").type("发生地点", "青山镇石桥村")
                .type("反映人姓名", "陈建国").type("联系电话", "13800001111");
        dispatcher.screenshot("1-register-form");
        dispatcher.click("发起");
        dispatcher.until(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                .variableValueEquals("title", title).count() == 1);
        String instanceId = instanceByTitle(title).getId();
        runJobs(instanceId);

        dispatcher.openTask(task(instanceId, Elements.TASK_SORT_ISSUE).getId());
        assertThat(dispatcher.field("责任单位").getText()).contains("县交通运输局");
        dispatcher.choose("解决路径", "直接办理").screenshot("2-sort-form");
        submit(dispatcher, instanceId, Elements.TASK_SORT_ISSUE);

        Browser handler = browser("tasklist", "handler-roads");
        String caseNumber = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult().getBusinessKey();
        handler.waitForText("本单位待办").waitForText(caseNumber);
        handler.screenshot("3-unit-queue");
        Task signOff = task(instanceId, Elements.TASK_ACCEPT_ISSUE);
        handler.openTask(signOff.getId()).check("签收").screenshot("3-accept-form");
        submit(handler, instanceId, Elements.TASK_ACCEPT_ISSUE);

        handler.openTask(task(instanceId, Elements.TASK_RESOLVE_ISSUE).getId());
        handler.click("提交");
        handler.waitForText("Field is required");
        assertThat(task(instanceId, Elements.TASK_RESOLVE_ISSUE)).as("an empty required field blocks completion")
                .isNotNull();
        handler.screenshot("4-resolve-validation");
        handler.type("办理情况", "更换桥面钢板，设置警示标志。").type("答复意见", "桥面已于本周修复，感谢您的反映。");
        submit(handler, instanceId, Elements.TASK_RESOLVE_ISSUE);

        Browser reviewer = browser("tasklist", "dispatcher");
        reviewer.openTask(task(instanceId, Elements.TASK_REVIEW_RESOLUTION).getId()).check("审核通过");
        submit(reviewer, instanceId, Elements.TASK_REVIEW_RESOLUTION);
        reviewer.openTask(task(instanceId, Elements.TASK_CALLBACK).getId()).radio("群众评价", "满意")
                .screenshot("5-callback-form");
        submit(reviewer, instanceId, Elements.TASK_CALLBACK);

        HistoricProcessInstance closed = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        assertThat(closed.getEndTime()).isNotNull();
        assertThat(closed.getEndActivityId()).isEqualTo(Elements.END_ISSUE_RESOLVED);
    }

    @Test
    void theSupervisorFindsAnOverdueCaseOnTheCockpitBoardAndHis督办Task() {
        CaseDriver overdue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads").fireTimer(Elements.TIMER_RESOLVE_WARNING)
                .fireTimer(Elements.TIMER_RESOLVE_OVERDUE);
        String caseNumber = overdue.instance().getBusinessKey();

        Browser supervisor = browser("cockpit", "supervisor");
        supervisor.waitForText("逾期督办看板").waitForText(caseNumber);
        String board = supervisor.text();
        assertThat(board).contains("县交通运输局").contains("督查室督办");
        supervisor.screenshot("6-cockpit-board");
        supervisor.clickLink(caseNumber);
        supervisor.waitForText(overdue.instance().getId());
        assertThat(supervisor.url()).contains("/process-instance/" + overdue.instance().getId());

        Browser inTasklist = browser("tasklist", "supervisor");
        inTasklist.clickLink("督办").waitForText(caseNumber);
        inTasklist.screenshot("7-tasklist-supervision");
    }

    @Test
    void aHandlerOfAnotherUnitCannotSeeTheCase() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String caseNumber = issue.instance().getBusinessKey();

        Browser other = browser("tasklist", "handler-water");
        other.waitForText("本单位待办");
        other.go("/camunda/app/tasklist/default/#/?task=" + issue.task(Elements.TASK_ACCEPT_ISSUE).getId());
        other.waitForText("该任务已不存在");
        assertThat(other.text()).doesNotContain(caseNumber).contains("本单位待办");
        other.screenshot("8-other-unit");
    }

    /** Presses 提交 and waits until the engine has completed the task (and run what follows). */
    private void submit(Browser browser, String instanceId, String taskKey) {
        browser.click("提交");
        browser.until(() -> task(instanceId, taskKey) == null);
        runJobs(instanceId);
    }

    private HistoricProcessInstance instanceByTitle(String title) {
        List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).variableValueEquals("title", title).list();
        assertThat(instances).hasSize(1);
        return instances.get(0);
    }

    private Task task(String instanceId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key)
                .singleResult();
    }

    private void runJobs(String instanceId) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId).executable()
                .list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

}
