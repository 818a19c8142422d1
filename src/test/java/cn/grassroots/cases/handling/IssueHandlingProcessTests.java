package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.system.FieldLabels;

@GrassrootsTest
class IssueHandlingProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void registrationGivesTheCaseAReadableNumberAndWaitsForSorting() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());

        String caseNumber = issue.instance().getBusinessKey();
        assertThat(caseNumber).matches("SX-\\d{4}-\\d{6}");
        assertThat(issue.variable(CASE_NUMBER)).isEqualTo(caseNumber);
        assertThat(issue.variable(REGISTERED_BY)).isEqualTo("dispatcher");
        assertThat(issue.instance()).isWaitingAt(TASK_SORT_ISSUE);
        assertThat(issue.task(TASK_SORT_ISSUE)).hasCandidateGroup(IssueHandlingProcess.Groups.DISPATCH);
        // the deadline policy proposed the roads bureau and 15 working days
        assertThat(issue.variable(RESPONSIBLE_UNIT)).isEqualTo("unit-roads");
        assertThat(DeadlineRules.load(issue::variable).limitDays()).isEqualTo(15);
        assertThat(issue.variable(DUE_DATE))
                .isEqualTo(calendar.addDays(calendar.today(), 15, DayType.WORKING).toString());
    }

    @Test
    void aNewCaseKeepsThePolicyAsOneVariableAndWritesNoCounterBeforeItCounts() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());

        assertThat(issue.variable(DEADLINE_POLICY)).isInstanceOf(String.class);
        DeadlineRule decided = DeadlineRules.load(issue::variable);
        assertThat(decided.responsibleUnit()).isEqualTo("unit-roads");
        assertThat(decided.maxExtensionDays()).isEqualTo(issue.variable(MAX_EXTENSION_DAYS)).isEqualTo(10);
        Map<String, Object> variables = engine.getRuntimeService().getVariables(issue.instance().getId());
        for (String absent : new String[] {POLICY_UNIT, LIMIT_DAYS, LIMIT_DAY_TYPE, SIGN_OFF_DAYS, SIGN_OFF_DAY_TYPE,
                WARNING_LEAD_DAYS, ESCALATION_GRACE_DAYS, NOTICE_GRACE_DAYS, RETURN_COUNT, SEND_BACK_COUNT, REOPEN_COUNT,
                MAX_REOPENS, UNIT_HANDLED, DEADLINE_PAUSED_DAYS, UNIT_OPTIONS}) {
            assertThat(variables).as(absent).doesNotContainKey(absent);
        }
    }

    @Test
    void aCaseRegisteredBeforeThePolicyWasOneVariableIsReadFromItsEightVariables() {
        DeadlineRule decided = DeadlineRules.load(CaseDriver.register(engine, CaseDriver.roadsIssue())::variable);
        Map<String, Object> before = new HashMap<>();
        before.put(POLICY_UNIT, decided.responsibleUnit());
        before.put(LIMIT_DAYS, decided.limitDays());
        before.put(LIMIT_DAY_TYPE, decided.limitDayType().name());
        before.put(SIGN_OFF_DAYS, decided.signOffDays());
        before.put(SIGN_OFF_DAY_TYPE, decided.signOffDayType().name());
        before.put(WARNING_LEAD_DAYS, decided.warningLeadDays());
        before.put(ESCALATION_GRACE_DAYS, decided.escalationGraceDays());
        before.put(MAX_EXTENSION_DAYS, decided.maxExtensionDays());
        before.put(NOTICE_GRACE_DAYS, decided.noticeGraceDays());

        assertThat(DeadlineRules.hasRule(before::get)).isTrue();
        assertThat(DeadlineRules.load(before::get)).isEqualTo(decided);
    }

    @Test
    void aStartWithInstructionsThatBeginsALaterStepNamesTheCaseAtOnce() {
        // as an administrator may start a case through the REST API's start instructions: registered at the start
        // event and, in the same command, handled from 办理 on with the variables a case has there
        CaseDriver resolving = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        Map<String, Object> atResolution = new HashMap<>(engine.getRuntimeService()
                .getVariables(resolving.instance().getId()));
        CaseDriver.roadsIssue().keySet().forEach(atResolution::remove);
        atResolution.remove(CASE_NUMBER);

        String id = engine.getRuntimeService().createProcessInstanceByKey(IssueHandlingProcess.KEY)
                .setVariables(CaseDriver.roadsIssue()).startBeforeActivity(START_ISSUE_REGISTERED)
                .startBeforeActivity("Gateway_JoinResolve").setVariables(atResolution).execute().getId();

        String caseNumber = (String) engine.getRuntimeService().getVariable(id, CASE_NUMBER);
        assertThat(caseNumber).matches("SX-\\d{4}-\\d{6}").isNotEqualTo(resolving.variable(CASE_NUMBER));
        assertThat(jdbc.queryForObject("SELECT case_number FROM case_watch WHERE process_instance_id = ?",
                String.class, id)).as("the board's row, written as 办理 began in the same command").isEqualTo(caseNumber);
    }

    @Test
    void theSortFormOffersTheUnitsOfTheOrganisationFile() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());

        org.camunda.bpm.engine.variable.value.ObjectValue options = engine.getTaskService()
                .getVariableLocalTyped(issue.task(TASK_SORT_ISSUE).getId(), UNIT_OPTIONS, false);
        assertThat(options.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(options.getValueSerialized())
                .contains("{\"label\":\"县交通运输局\",\"value\":\"unit-roads\"}")
                .contains("\"value\":\"unit-village-shiqiao\"")
                .doesNotContain("\"value\":\"dispatch\"");

        // the 责任人 select offers the chosen unit's people by name; the accusation warning knows each village's town
        String sortTask = issue.task(TASK_SORT_ISSUE).getId();
        org.camunda.bpm.engine.variable.value.ObjectValue people = engine.getTaskService()
                .getVariableLocalTyped(sortTask, "unitPeople", false);
        assertThat(people.getValueSerialized()).contains("\"unit-roads\":[")
                .contains("{\"label\":\"赵磊\",\"value\":\"handler-roads\"}")
                .contains("{\"label\":\"陈立\",\"value\":\"head-roads\"}");
        org.camunda.bpm.engine.variable.value.ObjectValue towns = engine.getTaskService()
                .getVariableLocalTyped(sortTask, "townOfPlace", false);
        assertThat(towns.getValueSerialized()).contains("\"unit-village-shiqiao\":\"unit-town-qingshan\"");
    }

    @Test
    void caseNumbersAreConsecutiveWithinTheYear() {
        String first = CaseDriver.register(engine, CaseDriver.roadsIssue()).instance().getBusinessKey();
        String second = CaseDriver.register(engine, CaseDriver.roadsIssue()).instance().getBusinessKey();

        long firstNumber = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
        assertThat(second).isEqualTo(first.substring(0, first.lastIndexOf('-') + 1) + "%06d".formatted(firstNumber + 1));
    }

    @Test
    void issueSolvedOnTheSpotGoesStraightToCallbackAndClosesAsResolvedOnSpot() {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(RESOLVED_ON_SPOT, true);
        facts.put(RESOLUTION, "现场联系供电所，当晚已修复。");
        CaseDriver issue = CaseDriver.register(engine, facts);

        assertThat(issue.instance()).isWaitingAt(TASK_CALLBACK);
        assertThat(issue.task(TASK_CALLBACK)).hasCandidateGroup(IssueHandlingProcess.Groups.DISPATCH);

        issue.callback(Satisfaction.SATISFIED);

        assertThat(issue.instance()).isEnded().hasPassed(END_RESOLVED_ON_SPOT).hasNotPassed(TASK_SORT_ISSUE);
        assertThat(issue.historicVariable(OUTCOME)).isEqualTo(Outcome.RESOLVED_ON_SPOT.name());
    }

    @Test
    void issueIsSortedAcceptedResolvedReviewedAndClosedAsResolved() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());
        // earlier than the policy's 15 working days on any day of the week (twenty calendar days from a Sunday are not)
        LocalDate deadline = calendar.deadlineFromToday(12, DayType.WORKING);

        issue.complete(TASK_SORT_ISSUE, "dispatcher", Map.of(RESPONSIBLE_UNIT, "unit-roads",
                RESPONSIBLE_PERSON, "handler-roads", RESOLUTION_PATH, "DIRECT", DUE_DATE, deadline.toString()));

        Task signOff = issue.task(TASK_ACCEPT_ISSUE);
        assertThat(signOff).isAssignedTo("handler-roads");
        assertThat(candidateGroups(signOff)).containsExactly("unit-roads");
        assertThat(signOff.getDueDate()).isEqualTo(calendar.endOf(calendar.addDays(calendar.today(), 2, DayType.WORKING)));

        issue.accept("handler-roads");
        Task resolve = issue.task(TASK_RESOLVE_ISSUE);
        assertThat(resolve).isAssignedTo("handler-roads");
        assertThat(candidateGroups(resolve)).containsExactly("unit-roads");
        assertThat(resolve.getDueDate()).isEqualTo(calendar.endOf(deadline));

        issue.resolve("handler-roads");
        assertThat(issue.instance()).isWaitingAt(TASK_REVIEW_RESOLUTION);
        issue.approve();
        assertThat(issue.instance()).isWaitingAt(TASK_CALLBACK);
        issue.callback(Satisfaction.BASICALLY_SATISFIED);

        assertThat(issue.instance()).isEnded().hasPassed(END_ISSUE_RESOLVED);
        assertThat(issue.historicVariable(OUTCOME)).isEqualTo(Outcome.RESOLVED.name());
        assertThat(issue.historicVariable(RETURN_COUNT)).as("never returned: no counter written").isNull();
        assertThat(issue.historicVariable(CLOSED_AT)).isNotNull();
    }

    @Test
    void unitReturnsIssueWithReasonAndDispatchReassignsIt() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");

        issue.complete(TASK_ACCEPT_ISSUE, "handler-roads",
                Map.of(ACCEPTED, false, RETURN_REASON, "路灯属镇政府管养，不属于交通运输局职责。"));

        assertThat(issue.instance()).isWaitingAt(TASK_SORT_ISSUE);
        assertThat(issue.variable(RETURN_COUNT)).isEqualTo(1);
        assertThat(issue.variable(RETURN_REASON)).asString().contains("镇政府");
        assertThat(issue.variable(RESPONSIBLE_UNIT)).as("the unit that returned it is not proposed again").isNull();
        assertThat(issue.variable(RETURNED_BY_UNIT_NAME)).isEqualTo("县交通运输局");
        assertThat(jdbc.queryForMap("SELECT responsible_unit, stage, overdue FROM case_watch WHERE process_instance_id = ?",
                issue.instance().getId())).as("the board's row is back with the dispatch office")
                .containsEntry("RESPONSIBLE_UNIT", null).containsEntry("STAGE", "SORT").containsEntry("OVERDUE", false);

        issue.sortTo("unit-town-qingshan");
        assertThat(issue.task(TASK_ACCEPT_ISSUE)).hasCandidateGroup("unit-town-qingshan");
        assertThat(candidateGroups(issue.task(TASK_ACCEPT_ISSUE))).doesNotContain("unit-roads");
        issue.accept("handler-qingshan").resolve("handler-qingshan").approve().callback(Satisfaction.SATISFIED);

        assertThat(issue.instance()).isEnded().hasPassed(END_ISSUE_RESOLVED);
        assertThat(issue.historicVariable(RETURN_COUNT)).isEqualTo(1);
    }

    @Test
    void reviewSendsAnInadequateResolutionBackToTheUnit() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue())
                .sortTo("unit-roads").accept("handler-roads").resolve("handler-roads");

        issue.complete(TASK_REVIEW_RESOLUTION, "dispatcher",
                Map.of(APPROVED, false, SEND_BACK_REASON, "未附更换后的现场照片。"));

        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
        assertThat(issue.task(TASK_RESOLVE_ISSUE)).hasCandidateGroup("unit-roads");
        assertThat(issue.variable(SEND_BACK_COUNT)).isEqualTo(1);

        issue.resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        assertThat(issue.instance()).isEnded().hasPassed(END_ISSUE_RESOLVED);
    }

    @Test
    void dissatisfiedReporterReopensResolutionWithAFreshDeadline() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        issue.accept("handler-roads");
        issue.resolve("handler-roads").approve().callback(Satisfaction.DISSATISFIED);

        assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE).hasPassed(TASK_REOPEN_CASE);
        assertThat(issue.variable(REOPEN_COUNT)).isEqualTo(1);
        assertThat(issue.variable(DUE_DATE))
                .isEqualTo(calendar.addDays(calendar.today(), 15, DayType.WORKING).toString());
        assertThat(issue.task(TASK_RESOLVE_ISSUE).getDueDate())
                .isEqualTo(calendar.endOf(calendar.addDays(calendar.today(), 15, DayType.WORKING)));

        issue.resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        assertThat(issue.instance()).isEnded().hasPassed(END_ISSUE_RESOLVED);
    }

    @Test
    void afterTheReopenLimitTheCaseClosesUnresolvedWithAnExplanation() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue())
                .sortTo("unit-roads").accept("handler-roads");
        for (int round = 0; round < 2; round++) {
            issue.resolve("handler-roads").approve().callback(Satisfaction.DISSATISFIED);
            assertThat(issue.instance()).isWaitingAt(TASK_RESOLVE_ISSUE);
        }
        issue.resolve("handler-roads").approve().callback(Satisfaction.DISSATISFIED);

        assertThat(issue.instance()).isWaitingAt(TASK_EXPLAIN_UNRESOLVED);
        assertThat(issue.variable(REOPEN_COUNT)).isEqualTo(2);
        assertThat(issue.task(TASK_EXPLAIN_UNRESOLVED).getDueDate()).as("two working days for the explanation")
                .isInTheFuture().isBefore(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(12))));
        issue.complete(TASK_EXPLAIN_UNRESOLVED, "dispatcher",
                Map.of(CLOSING_NOTE, "路灯改造已列入明年计划，已向群众解释并告知可通过人大代表建议渠道反映。"));

        assertThat(issue.instance()).isEnded().hasPassed(END_CLOSED_UNRESOLVED);
        assertThat(issue.historicVariable(OUTCOME)).isEqualTo(Outcome.CLOSED_UNRESOLVED.name());
    }

    @Test
    void dissatisfiedReporterOfAnOnTheSpotSolutionGetsTheIssueSortedToAUnit() {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(RESOLVED_ON_SPOT, true);
        facts.put(RESOLUTION, "现场答复将尽快维修。");
        CaseDriver issue = CaseDriver.register(engine, facts).callback(Satisfaction.DISSATISFIED);

        assertThat(issue.instance()).isWaitingAt(TASK_SORT_ISSUE).hasPassed(TASK_REOPEN_CASE, TASK_APPLY_DEADLINE_POLICY);
        issue.sortTo("unit-roads").accept("handler-roads").resolve("handler-roads").approve()
                .callback(Satisfaction.SATISFIED);

        assertThat(issue.instance()).isEnded().hasPassed(END_ISSUE_RESOLVED).hasNotPassed(END_RESOLVED_ON_SPOT);
    }

    @Test
    void aReturnWithoutReasonIsRejectedAndChangesNothing() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");

        assertThatThrownBy(() -> issue.complete(TASK_ACCEPT_ISSUE, "handler-roads", Map.of(ACCEPTED, false)))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(RETURN_REASON));

        assertThat(issue.instance()).isWaitingAt(TASK_ACCEPT_ISSUE);
        assertThat(issue.variable(RETURN_COUNT)).isNull();
        assertThat(issue.variable(ACCEPTED)).isNull();
    }

    @Test
    void sortingToAnUnknownUnitOrPersonOrPastDeadlineIsRejected() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());

        assertThatThrownBy(() -> issue.complete(TASK_SORT_ISSUE, "dispatcher",
                Map.of(RESPONSIBLE_UNIT, "dispatch", RESOLUTION_PATH, "DIRECT")))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(RESPONSIBLE_UNIT));
        assertThatThrownBy(() -> issue.complete(TASK_SORT_ISSUE, "dispatcher",
                Map.of(RESPONSIBLE_UNIT, "unit-roads", RESPONSIBLE_PERSON, "handler-water", RESOLUTION_PATH, "DIRECT")))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(RESPONSIBLE_PERSON));
        assertThatThrownBy(() -> issue.complete(TASK_SORT_ISSUE, "dispatcher",
                Map.of(RESPONSIBLE_UNIT, "unit-roads", RESOLUTION_PATH, "DIRECT",
                        DUE_DATE, calendar.today().minusDays(1).toString())))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(DUE_DATE));
        assertThatThrownBy(() -> issue.complete(TASK_SORT_ISSUE, "dispatcher",
                Map.of(RESPONSIBLE_UNIT, "unit-roads", RESOLUTION_PATH, "SOMEHOW")))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(RESOLUTION_PATH));
        assertThatThrownBy(() -> issue.complete(TASK_SORT_ISSUE, "dispatcher", Map.of(RESPONSIBLE_UNIT, "unit-roads",
                RESOLUTION_PATH, "DIRECT", DUE_DATE, calendar.today().plusYears(50).toString())))
                .as("50 years ahead: longer than the policy allows").isInstanceOf(InvalidCaseInputException.class)
                .hasMessageContaining(FieldLabels.of(DUE_DATE)).hasMessageContaining("延期");
        assertThatThrownBy(() -> issue.complete(TASK_SORT_ISSUE, "dispatcher", Map.of(RESPONSIBLE_UNIT, "unit-roads",
                RESOLUTION_PATH, "DIRECT", SORT_NOTE, "请\u0000尽快办理")))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining(FieldLabels.of(SORT_NOTE));

        assertThat(issue.instance()).isWaitingAt(TASK_SORT_ISSUE);
        assertThat(issue.variable(RESPONSIBLE_UNIT)).isEqualTo("unit-roads");
        assertThat(issue.variable(RESOLUTION_PATH)).isNull();
    }

    @Test
    void aRegistrationBreakingTheRulesStartsNoCase() {
        Map<String, Object> facts = new HashMap<>(CaseDriver.roadsIssue());
        facts.remove(TITLE);
        facts.put(REPORTER_PHONE, "12345");
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        assertThatThrownBy(() -> CaseDriver.register(engine, facts))
                .isInstanceOf(InvalidCaseInputException.class)
                .hasMessageContaining(FieldLabels.of(TITLE)).hasMessageContaining(FieldLabels.of(REPORTER_PHONE));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    }

    private java.util.List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }
}
