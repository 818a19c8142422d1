package cn.grassroots.cases.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

@GrassrootsTest
class TasklistFiltersTests {

    @Autowired
    TasklistFilters filters;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void logout() {
        identityService.clearAuthentication();
    }

    @Test
    void filtersExistOnceEvenAfterRepeatedStartUps() {
        filters.synchronize();
        filters.synchronize();

        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).count()).isEqualTo(1);
        for (String name : java.util.List.of(TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON,
                TasklistFilters.OVERDUE, TasklistFilters.SUPERVISION)) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
        Filter filter = filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();
        assertThat(filter.getProperties().get("variables").toString())
                .contains(Variables.CASE_NUMBER, Variables.TITLE, Variables.RESPONSIBLE_UNIT_NAME, Variables.DUE_DATE,
                        Variables.ESCALATION_LEVEL_NAME);
    }

    @Test
    void eachRoleSeesItsQueueUnderItsOwnName() {
        assertThat(filterNamesOf("handler-roads", "unit-roads")).contains(TasklistFilters.GROUP_TASKS)
                .doesNotContain(TasklistFilters.OFFICE_TASKS, TasklistFilters.LEADER_TASKS);
        assertThat(filterNamesOf("dispatcher", "dispatch")).contains(TasklistFilters.OFFICE_TASKS)
                .doesNotContain(TasklistFilters.GROUP_TASKS, TasklistFilters.LEADER_TASKS);
        assertThat(filterNamesOf("leader", "leaders", "cadres")).contains(TasklistFilters.LEADER_TASKS)
                .doesNotContain(TasklistFilters.GROUP_TASKS, TasklistFilters.OFFICE_TASKS);
        assertThat(filterNamesOf("head-roads", "unit-roads", "heads", "cadres")).contains(TasklistFilters.GROUP_TASKS);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery()
                .authorizationType(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE).count())
                .as("no revocation: one would make the engine check all of its group's authorizations the slow way")
                .isZero();

        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue());
        assertThat(taskIdsIn(TasklistFilters.OFFICE_TASKS, "dispatcher", "dispatch"))
                .contains(issue.task(Elements.TASK_SORT_ISSUE).getId());
    }

    private java.util.List<String> filterNamesOf(String user, String... groups) {
        identityService.setAuthentication(user, java.util.List.of(groups));
        try {
            return filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void aUnitHandlerSeesTheUnitsTasksAndTheAssigneeSeesTheirOwn() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-land");
        Task signOff = issue.task(Elements.TASK_ACCEPT_ISSUE);

        assertThat(taskIdsIn(TasklistFilters.GROUP_TASKS, "handler-land", "unit-land")).contains(signOff.getId());
        assertThat(taskIdsIn(TasklistFilters.GROUP_TASKS, "handler-water", "unit-water")).doesNotContain(signOff.getId());

        engine.getTaskService().claim(signOff.getId(), "handler-land");
        assertThat(taskIdsIn(TasklistFilters.MY_TASKS, "handler-land", "unit-land")).contains(signOff.getId());
        assertThat(taskIdsIn(TasklistFilters.GROUP_TASKS, "handler-land", "unit-land")).doesNotContain(signOff.getId());
    }

    @Test
    void dueSoonOverdueAndSupervisionFiltersShowTheRightTasksToTheRightPeople() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
        try {
            java.util.Map<String, Object> urgent = CaseDriver.roadsIssue();
            urgent.put(Variables.URGENCY, "URGENT");
            CaseDriver soon = CaseDriver.register(engine, urgent).sortTo("unit-roads").accept("handler-roads");
            CaseDriver later = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                    .accept("handler-roads");
            String soonTask = soon.task(Elements.TASK_RESOLVE_ISSUE).getId();
            String laterTask = later.task(Elements.TASK_RESOLVE_ISSUE).getId();

            assertThat(taskIdsIn(TasklistFilters.DUE_SOON, "handler-roads", "unit-roads"))
                    .contains(soonTask).doesNotContain(laterTask);
            assertThat(taskIdsIn(TasklistFilters.DUE_SOON, "handler-water", "unit-water")).doesNotContain(soonTask);
            assertThat(taskIdsIn(TasklistFilters.OVERDUE, "handler-roads", "unit-roads")).doesNotContain(soonTask);

            soon.fireTimer(Elements.TIMER_RESOLVE_OVERDUE);
            String supervise = soon.task(Elements.TASK_SUPERVISE_OVERDUE).getId();

            assertThat(taskIdsIn(TasklistFilters.OVERDUE, "handler-roads", "unit-roads"))
                    .contains(soonTask).doesNotContain(laterTask);
            assertThat(taskIdsIn(TasklistFilters.DUE_SOON, "handler-roads", "unit-roads")).doesNotContain(soonTask);
            assertThat(taskIdsIn(TasklistFilters.SUPERVISION, "supervisor", "supervision")).contains(supervise);
            assertThat(taskIdsIn(TasklistFilters.OVERDUE, "supervisor", "supervision"))
                    .as("the supervision office watches every unit's late task").contains(soonTask)
                    .doesNotContain(laterTask);
            assertThat(taskIdsIn(TasklistFilters.OVERDUE, "leader", "leaders")).contains(soonTask);
            assertThat(taskIdsIn(TasklistFilters.OVERDUE, "handler-water", "unit-water")).doesNotContain(soonTask);
            identityService.setAuthentication("handler-roads", java.util.List.of("unit-roads"));
            assertThat(filterService.createFilterQuery().filterName(TasklistFilters.SUPERVISION).count())
                    .as("the 督办 filter is not even visible to a unit handler").isZero();
            identityService.clearAuthentication();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private java.util.List<String> taskIdsIn(String filterName, String user, String group) {
        identityService.setAuthentication(user, java.util.List.of(group));
        try {
            Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
            return filterService.<Task>list(filter.getId()).stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

}
