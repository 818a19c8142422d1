package cn.grassroots.cases.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * The grants behind Tasklist at scale: an office reads its tasks through its standing grant on the process, so its
 * per-task grant is {@code TASK_WORK} only; a unit's per-task grant still carries {@code READ}, which keeps a unit to its
 * own tasks, through Tasklist's filters as through the REST API.
 */
@GrassrootsTest
class TaskGrantsTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    OfficeTaskReads officeTaskReads;
    @Autowired
    TestRestTemplate rest;

    @Test
    void anOfficeWorksItsTaskWithoutAReadGrantOnItAndAUnitKeepsItsOwn() {
        CaseDriver sorting = CaseDriver.register(engine, CaseDriver.roadsIssue());
        String sort = sorting.task(Elements.TASK_SORT_ISSUE).getId();
        CaseDriver signingOff = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String signOff = signingOff.task(Elements.TASK_ACCEPT_ISSUE).getId();

        assertThat(grant("dispatch", sort).isPermissionGranted(Permissions.READ)).isFalse();
        assertThat(grant("dispatch", sort).isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        assertThat(grant("unit-roads", signOff).isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(grant("unit-roads", signOff).isPermissionGranted(Permissions.TASK_WORK)).isTrue();

        assertThat(filterTaskIds(TasklistFilters.OFFICE_TASKS, "dispatcher")).contains(sort).doesNotContain(signOff);
        assertThat(get("dispatcher", "/engine-rest/task/" + signOff).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("dispatcher", "/engine-rest/task/" + signOff + "/claim", Map.of("userId", "dispatcher"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("dispatcher", "/engine-rest/task/" + sort + "/claim", Map.of("userId", "dispatcher"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(filterTaskIds(TasklistFilters.MY_TASKS, "dispatcher")).contains(sort);
        sorting.sortTo("unit-water");
        assertThat(sorting.task(Elements.TASK_ACCEPT_ISSUE)).isNotNull();
    }

    @Test
    void throughEveryFilterAUnitSeesItsOwnTasksOnlyAndTheOfficesSeeTheirs() {
        CaseDriver roads = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        Map<String, Object> waterFacts = CaseDriver.roadsIssue();
        waterFacts.put(Variables.CATEGORY, "WATER");
        CaseDriver water = CaseDriver.register(engine, waterFacts).sortTo("unit-water");
        String roadsTask = roads.task(Elements.TASK_ACCEPT_ISSUE).getId();
        String waterTask = water.task(Elements.TASK_ACCEPT_ISSUE).getId();

        for (String filter : List.of(TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE,
                TasklistFilters.MY_TASKS)) {
            assertThat(filterTaskIds(filter, "handler-roads")).as(filter).doesNotContain(waterTask);
            assertThat(filterTaskIds(filter, "handler-water")).as(filter).doesNotContain(roadsTask);
        }
        assertThat(filterTaskIds(TasklistFilters.GROUP_TASKS, "handler-roads")).contains(roadsTask);
        assertThat(filterTaskIds(TasklistFilters.GROUP_TASKS, "handler-water")).contains(waterTask);
        assertThat(get("handler-roads", "/engine-rest/task?processInstanceId=" + water.instance().getId()).getBody())
                .isEmpty();
        assertThat(get("supervisor", "/engine-rest/task?processInstanceId=" + water.instance().getId()).getBody())
                .hasSize(1);
    }

    @Test
    void readGrantsOfOfficesOnOpenTasksAreWithdrawnAtStartUp() {
        String sort = CaseDriver.register(engine, CaseDriver.roadsIssue()).task(Elements.TASK_SORT_ISSUE).getId();
        Authorization old = grant("dispatch", sort);
        old.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(old);

        officeTaskReads.withdraw();

        assertThat(grant("dispatch", sort).isPermissionGranted(Permissions.READ)).isFalse();
        assertThat(grant("dispatch", sort).isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        assertThat(filterTaskIds(TasklistFilters.OFFICE_TASKS, "dispatcher")).contains(sort);
    }

    private Authorization grant(String group, String taskId) {
        return authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.TASK)
                .resourceId(taskId).singleResult();
    }

    /** The filter's tasks as Tasklist asks for them, over the engine REST API as the user. */
    private List<String> filterTaskIds(String filterName, String user) {
        String id = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
        return post(user, "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=500", Map.of()).getBody()
                .findValuesAsText("id");
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
