package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;

/** What a person reads on a Tasklist card and in a form: words, not codes, and urgency in the task's name. */
@GrassrootsTest
class CaseCardTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void startOnAFixedMonday() {
        // a Monday morning in Beijing, with the whole week's working days ahead
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0,
                java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @AfterEach
    void resetClock() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void theUnitsCardNamesTheUnitAndTheLevelInWords() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");

        Map<String, Object> card = cardOf(issue.task(TASK_ACCEPT_ISSUE));
        assertThat(card).containsEntry(RESPONSIBLE_UNIT_NAME, "县交通运输局").containsEntry(ESCALATION_LEVEL_NAME, "未督办");
        assertThat(issue.variable(RESPONSIBLE_UNIT_NAME)).as("the forms read the case's words").isEqualTo("县交通运输局");
        assertThat(issue.task(TASK_ACCEPT_ISSUE).getName()).as("no marker before the deadline is near").isEqualTo("签收或退单");
    }

    @Test
    void theDeadlinesMarkTheUnitsTaskAndTheLevelFollowsTheLadder() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getName()).isEqualTo("办理");

        issue.fireTimer(BOUNDARY_RESOLVE_WARNING);
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getName()).isEqualTo("【即将到期】办理");

        issue.fireTimer(TIMER_RESOLVE_OVERDUE);
        Task resolve = issue.task(TASK_RESOLVE_ISSUE);
        assertThat(resolve.getName()).isEqualTo("【已逾期】办理");
        assertThat(cardOf(resolve)).containsEntry(ESCALATION_LEVEL_NAME, "督查室督办");
        assertThat(issue.variable(ESCALATION_LEVEL_NAME)).isEqualTo("督查室督办");

        issue.fireTimer(TIMER_LEADER_ESCALATION);
        assertThat(cardOf(issue.task(TASK_RESOLVE_ISSUE))).containsEntry(ESCALATION_LEVEL_NAME, "领导挂牌督办");
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getName()).as("one marker, never two").isEqualTo("【已逾期】办理");
    }

    @Test
    void anApprovedExtensionTakesTheMarkerOff() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        issue.fireTimer(BOUNDARY_RESOLVE_WARNING);
        issue.complete(TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "灯具需向厂家定制，到货需一周。"));
        issue.complete(TASK_APPROVE_EXTENSION, "head-roads", Map.of(EXTENSION_APPROVED, true));

        Task resolve = issue.task(TASK_RESOLVE_ISSUE);
        assertThat(resolve.getName()).isEqualTo("办理");
        assertThat(cardOf(resolve)).containsEntry(ESCALATION_LEVEL_NAME, "未督办");
    }

    private Map<String, Object> cardOf(Task task) {
        return engine.getTaskService().getVariablesLocal(task.getId());
    }
}
