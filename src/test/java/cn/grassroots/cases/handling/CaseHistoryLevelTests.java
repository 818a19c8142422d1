package cn.grassroots.cases.handling;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * The history a case leaves (ADR 0008): everything of level full — each variable's last value, every step, who did
 * it — but the versions of a variable only where someone reads them back.
 */
@GrassrootsTest
class CaseHistoryLevelTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void aClosedCaseKeepsItsVariablesStepsAndAuditTrailButVersionsOnlyOfTheDeadlineAndTheSupervisionTexts() {
        CaseDriver closed = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads").resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        String id = closed.instance().getId();
        var history = engine.getHistoryService();

        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel()
                .getName()).isEqualTo(CaseHistoryLevel.NAME);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(Variables.TITLE)
                .list()).extracting(variable -> variable.getValue()).contains(CaseDriver.roadsIssue().get(Variables.TITLE));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName(Variables.RESPONSIBLE_UNIT).list()).extracting(variable -> variable.getValue())
                .containsOnly("unit-roads");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId(IssueHandlingProcess.Elements.TASK_CALLBACK).count()).isEqualTo(1);
        assertThat(history.createUserOperationLogQuery().processInstanceId(id).operationType("Complete").count())
                .as("who completed each task").isGreaterThanOrEqualTo(5);
        assertThat(history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list())
                .map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .contains(Variables.DUE_DATE)
                .allMatch(CaseHistoryLevel.VERSIONED::contains);
    }

    @Test
    void aClosedCaseKeepsEveryStepButNotItsGateways() {
        CaseDriver closed = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads").resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        var steps = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(closed.instance().getId()).list();

        assertThat(steps).extracting(step -> step.getActivityId()).contains(
                IssueHandlingProcess.Elements.TASK_APPLY_DEADLINE_POLICY, IssueHandlingProcess.Elements.TASK_SORT_ISSUE,
                IssueHandlingProcess.Elements.TASK_ACCEPT_ISSUE, IssueHandlingProcess.Elements.TASK_RESOLVE_ISSUE,
                IssueHandlingProcess.Elements.TASK_REVIEW_RESOLUTION, IssueHandlingProcess.Elements.TASK_CALLBACK,
                IssueHandlingProcess.Elements.END_ISSUE_RESOLVED);
        assertThat(steps).as("a gateway only routes").extracting(step -> step.getActivityType())
                .doesNotContain("exclusiveGateway", "parallelGateway", "inclusiveGateway");
        assertThat(steps).as("every step has ended").allMatch(step -> step.getEndTime() != null);
    }

    @Test
    void aTasksOwnCopiesAndOptionsServeItsCardAndFormButLeaveNoHistory() {
        CaseDriver atResolve = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        String id = atResolve.instance().getId();
        var resolve = engine.getTaskService().createTaskQuery().processInstanceId(id)
                .taskDefinitionKey(IssueHandlingProcess.Elements.TASK_RESOLVE_ISSUE).singleResult();

        assertThat(engine.getTaskService().getVariableLocal(resolve.getId(), Variables.RESPONSIBLE_UNIT_NAME))
                .as("the card's copy on the open task").isEqualTo("县交通运输局");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).list())
                .as("the case's own variables are history, the tasks' copies and options are not")
                .isNotEmpty().allMatch(variable -> variable.getTaskId() == null)
                .extracting(variable -> variable.getName()).contains(Variables.RESPONSIBLE_UNIT_NAME)
                .doesNotContain("placeOptions", "unitPeople", "townOfPlace");
    }

    @Test
    void theJobLogKeepsWhatJobsDidNotTheTimersThatWereSetAndDropped() {
        CaseDriver closed = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads").resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        var log = engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(closed.instance().getId());

        assertThat(log.successLog().count()).as("the policy step ran as a job").isPositive();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(closed.instance().getId())
                .creationLog().count()).isZero();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(closed.instance().getId())
                .deletionLog().count()).as("the deadline timers that never fired").isZero();
    }

    @Test
    void aCasesHistoryCarriesItsRemovalTimeFromTheStartFiveYearsOn() {
        CaseDriver open = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        var history = engine.getHistoryService();
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(open.instance().getId())
                .singleResult();

        assertThat(instance.getEndTime()).as("still open").isNull();
        assertThat(instance.getRemovalTime()).as("known from the start, nothing to update at the end")
                .isEqualTo(java.util.Date.from(instance.getStartTime().toInstant().plus(java.time.Duration.ofDays(1825))));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Variables.TITLE).singleResult().getRemovalTime()).isEqualTo(instance.getRemovalTime());
    }

    @Test
    void theEngineCleansItsHistoryAtNightOnceTheTimeToLiveIsOver() {
        var cleanup = engine.getHistoryService().findHistoryCleanupJobs();

        assertThat(cleanup).isNotEmpty();
        assertThat(cleanup).allSatisfy(job -> assertThat(job.getDuedate().toInstant()
                .atZone(java.time.ZoneId.systemDefault()).getHour()).isBetween(1, 4));
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(
                IssueHandlingProcess.KEY).latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(1825);
    }
}
