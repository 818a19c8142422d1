package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;

/**
 * 延期审批 by "the unit head or the supervision office": the head of the responsible unit finds the request in
 * 本单位待办 and may decide it, as may the supervision office; the unit's handlers and other units' heads may not.
 * Demo organisation: head-roads heads the roads bureau, which has no other head.
 */
@GrassrootsTest
class ExtensionApprovalTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void startOnAFixedMonday() {
        ClockUtil.setCurrentTime(EscalationLadderTests.MONDAY_MORNING);
    }

    @AfterEach
    void resetClock() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    private CaseDriver extensionRequested(String unit, String handler) {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo(unit).accept(handler);
        issue.moveClockTo(EscalationLadderTests.at(2026, 12, 21, 10, 0, 0));
        return issue.complete(TASK_RESOLVE_ISSUE, handler, Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "灯具需向厂家定制，到货需一周。"));
    }

    @Test
    void theUnitsHeadAndTheSupervisionOfficeMayDecideTheRequest() {
        CaseDriver issue = extensionRequested("unit-roads", "handler-roads");
        Task approval = issue.task(TASK_APPROVE_EXTENSION);

        List<IdentityLink> candidates = engine.getTaskService().getIdentityLinksForTask(approval.getId());
        assertThat(candidates).extracting(IdentityLink::getUserId).containsOnlyOnce("head-roads")
                .doesNotContain("handler-roads");
        assertThat(candidates).extracting(IdentityLink::getGroupId).contains(Groups.SUPERVISION)
                .doesNotContain("unit-roads");
        assertThat(unitQueueOf("head-roads")).contains(approval.getId());
        assertThat(engine.getTaskService().getVariablesLocal(approval.getId()))
                .as("the list columns a head may read").containsKeys(CASE_NUMBER, TITLE, RESPONSIBLE_UNIT, RESPONSIBLE_UNIT_NAME, DUE_DATE, ESCALATION_LEVEL_NAME);
        assertThat(unitQueueOf("handler-roads")).doesNotContain(approval.getId());
        assertThat(unitQueueOf("supervisor")).contains(approval.getId());
    }

    @Test
    void theRequestFormNamesWhoDecidesAndTheApprovalFormTheDeadlineItWouldSet() {
        CaseDriver withHead = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        assertThat(withHead.variable(EXTENSION_APPROVER)).isEqualTo("本单位负责人（陈立）或督查室");
        CaseDriver withoutHead = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-water")
                .accept("handler-water");
        assertThat(withoutHead.variable(EXTENSION_APPROVER)).isEqualTo("督查室");

        CaseDriver issue = extensionRequested("unit-roads", "handler-roads");
        assertThat(issue.variable(EXTENDED_DUE_DATE)).as("shown before the decision").isEqualTo("2027-01-04");
        issue.complete(TASK_APPROVE_EXTENSION, "head-roads", Map.of(EXTENSION_APPROVED, true));
        assertThat(issue.variable(DUE_DATE)).as("what approving set").isEqualTo("2027-01-04");
    }

    @Test
    void theHeadApprovesAndTheDeadlineMoves() {
        CaseDriver issue = extensionRequested("unit-roads", "handler-roads");

        String approval = issue.task(TASK_APPROVE_EXTENSION).getId();
        issue.complete(TASK_APPROVE_EXTENSION, "head-roads", Map.of(EXTENSION_APPROVED, true));

        assertThat(issue.variable(DUE_DATE)).isEqualTo("2027-01-04");
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(approval)
                .operationType(org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                .extracting(org.camunda.bpm.engine.history.UserOperationLogEntry::getUserId)
                .as("the engine records who approved").containsOnly("head-roads");
    }

    @Test
    void theUnitsOwnHandlerCannotApproveTheRequest() {
        CaseDriver issue = extensionRequested("unit-roads", "handler-roads");

        assertThatThrownBy(() -> issue.complete(TASK_APPROVE_EXTENSION, "handler-roads",
                Map.of(EXTENSION_APPROVED, true))).isInstanceOf(AuthorizationException.class);
        assertThat(issue.variable(DUE_DATE)).isEqualTo("2026-12-28");
    }

    @Test
    void aHeadWhoAskedForTheExtensionHimselfCannotDecideIt() {
        CaseDriver issue = extensionRequested("unit-roads", "head-roads");
        Task approval = issue.task(TASK_APPROVE_EXTENSION);

        assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
                .extracting(IdentityLink::getUserId).doesNotContain("head-roads");
        assertThat(unitQueueOf("head-roads")).doesNotContain(approval.getId());
        assertThatThrownBy(() -> issue.complete(TASK_APPROVE_EXTENSION, "head-roads",
                Map.of(EXTENSION_APPROVED, true))).isInstanceOf(AuthorizationException.class);
        assertThat(issue.variable(DUE_DATE)).isEqualTo("2026-12-28");

        issue.complete(TASK_APPROVE_EXTENSION, "supervisor", Map.of(EXTENSION_APPROVED, true));
        assertThat(issue.variable(DUE_DATE)).isEqualTo("2027-01-04");
    }

    @Test
    void theOneWhoAskedCannotDecideEvenWhenEntitledOtherwise() {
        CaseDriver issue = extensionRequested("unit-roads", "handler-roads");
        // the demo administrator is in every office: as supervision he could decide, but not a request of his own
        issue.complete(TASK_APPROVE_EXTENSION, "supervisor", Map.of(EXTENSION_APPROVED, false,
                EXTENSION_DECISION_NOTE, "请先说明定制周期。"));
        issue.complete(TASK_RESOLVE_ISSUE, "demo", Map.of(REQUEST_EXTENSION, true, EXTENSION_DAYS, 5,
                EXTENSION_REASON, "厂家确认定制需一周。"));

        assertThatThrownBy(() -> issue.complete(TASK_APPROVE_EXTENSION, "demo", Map.of(EXTENSION_APPROVED, true)))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining("不能自己审批");
        assertThat(issue.variable(DUE_DATE)).isEqualTo("2026-12-28");
    }

    @Test
    void aUnitWithoutAHeadLeavesTheRequestToTheSupervisionOffice() {
        CaseDriver issue = extensionRequested("unit-water", "handler-water");
        Task approval = issue.task(TASK_APPROVE_EXTENSION);

        assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
                .extracting(IdentityLink::getUserId).containsOnlyNulls();
        assertThatThrownBy(() -> issue.complete(TASK_APPROVE_EXTENSION, "head-roads",
                Map.of(EXTENSION_APPROVED, true))).as("another unit's head").isInstanceOf(AuthorizationException.class);
        issue.complete(TASK_APPROVE_EXTENSION, "supervisor", Map.of(EXTENSION_APPROVED, false,
                EXTENSION_DECISION_NOTE, "理由不充分，请按期办结。"));
        assertThat(issue.task(TASK_RESOLVE_ISSUE)).isNotNull();
    }

    /**
     * The ids in the user's queue (本单位待办, or 本科室待办 for an office), as Tasklist lists them (the engine reads the
     * user's groups itself).
     */
    private List<String> unitQueueOf(String user) {
        identityService.setAuthentication(user, engine.getIdentityService().createGroupQuery().groupMember(user)
                .list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            return filterService.createFilterQuery().list().stream()
                    .filter(filter -> List.of("本单位待办", "本科室待办").contains(filter.getName()))
                    .flatMap(filter -> filterService.<Task>list(filter.getId()).stream()).map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
