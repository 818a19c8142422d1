package cn.grassroots.cases.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/** Filters of one's own tasks skip the row-by-row grant check; nothing a client adds to them lets it see more. */
@GrassrootsTest
class OwnTaskFiltersTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;

    @Test
    void onlyQueriesRestrictedToTheUserThemselvesAreOwnTasks() {
        assertThat(OwnTasks.only(taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"), null))
                .isTrue();
        assertThat(OwnTasks.only(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), null))
                .isTrue();
        assertThat(OwnTasks.only(taskService.createTaskQuery().taskCandidateGroupInExpression(
                "${currentUserGroups()}").includeAssignedTasks(), taskService.createTaskQuery().active())).isTrue();

        // 已逾期: a unit's own groups' tasks; the supervising offices' list keeps the check of every grant
        TaskQuery overdue = taskService.createTaskQuery().taskCandidateGroupInExpression(OverdueWatch.EXPRESSION)
                .includeAssignedTasks();
        assertThat(OwnTasks.only(overdue, null, List.of("unit-roads", "heads"))).isTrue();
        assertThat(OwnTasks.only(overdue, null, List.of("supervision"))).isFalse();
        assertThat(OwnTasks.only(overdue, null, List.of("leaders", "cadres"))).isFalse();

        assertThat(OwnTasks.only(taskService.createTaskQuery(), null)).isFalse();
        assertThat(OwnTasks.only(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroup("unit-water").includeAssignedTasks(), null))
                .as("a literal candidate is OR-ed in").isFalse();
        assertThat(OwnTasks.only(taskService.createTaskQuery().taskAssigneeExpression("${'handler-water'}"), null))
                .isFalse();
        assertThat(OwnTasks.only(taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"),
                taskService.createTaskQuery().taskCandidateGroup("unit-water"))).isFalse();
        assertThat(OwnTasks.only(taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"),
                taskService.createTaskQuery().or().taskCandidateGroup("unit-water").endOr())).isFalse();
    }

    @Test
    void whatAClientAddsToAFilterDoesNotOpenAnotherUnitsTasks() {
        Map<String, Object> waterFacts = CaseDriver.roadsIssue();
        waterFacts.put(Variables.CATEGORY, "WATER");
        String waterTask = CaseDriver.register(engine, waterFacts).sortTo("unit-water")
                .task(Elements.TASK_ACCEPT_ISSUE).getId();
        String roadsTask = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .task(Elements.TASK_ACCEPT_ISSUE).getId();

        // what the engine lets handler-roads read, checking every grant
        List<String> readable = rest.withBasicAuth("handler-roads", "handler-roads")
                .getForEntity("/engine-rest/task?maxResults=1000", JsonNode.class).getBody().findValuesAsText("id");
        for (String filter : List.of(TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE,
                TasklistFilters.MY_TASKS)) {
            for (Map<String, Object> added : List.<Map<String, Object>>of(Map.of(),
                    Map.of("candidateGroup", "unit-water"), Map.of("candidateGroups", List.of("unit-water")),
                    Map.of("candidateUser", "handler-water"), Map.of("assignee", "handler-water"),
                    Map.of("involvedUser", "handler-water"), Map.of("includeAssignedTasks", true),
                    Map.of("orQueries", List.of(Map.of("candidateGroup", "unit-water"))))) {
                assertThat(taskIds(filter, "handler-roads", added)).as(filter + " " + added).doesNotContain(waterTask)
                        .isSubsetOf(readable);
                assertThat(count(filter, "handler-roads", added)).as(filter + " " + added)
                        .isLessThanOrEqualTo(readable.size());
            }
        }
        assertThat(taskIds(TasklistFilters.GROUP_TASKS, "handler-roads", Map.of())).contains(roadsTask);
        assertThat(taskIds(TasklistFilters.GROUP_TASKS, "handler-water", Map.of())).contains(waterTask)
                .doesNotContain(roadsTask);
    }

    @Test
    void aPagesCardsCarryTheListedCasesWordsWhileEveryOtherVariableQueryKeepsItsCheck() {
        String roadsCase = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").instance().getId();
        Map<String, Object> waterFacts = CaseDriver.roadsIssue();
        waterFacts.put(Variables.CATEGORY, "WATER");
        CaseDriver water = CaseDriver.register(engine, waterFacts).sortTo("unit-water");
        String waterCase = water.instance().getId();
        String waterTask = water.task(Elements.TASK_ACCEPT_ISSUE).getId();

        HttpHeaders hal = new HttpHeaders();
        hal.setContentType(MediaType.APPLICATION_JSON);
        hal.setAccept(List.of(MediaType.valueOf("application/hal+json")));
        JsonNode page = rest.withBasicAuth("handler-roads", "handler-roads").postForEntity("/engine-rest/filter/"
                + filterId(TasklistFilters.GROUP_TASKS) + "/list?firstResult=0&maxResults=500", new HttpEntity<>(Map.of(
                        "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))), hal), JsonNode.class).getBody();
        JsonNode card = null;
        for (JsonNode task : page.path("_embedded").path("task")) {
            if (task.path("processInstanceId").asText().equals(roadsCase)) {
                card = task.path("_embedded").path("variable");
            }
        }
        assertThat(card).as("the unit's case is on its page").isNotNull();
        assertThat(card.findValuesAsText("name")).contains(Variables.CASE_NUMBER, Variables.RESPONSIBLE_UNIT_NAME);
        assertThat(page.toString()).doesNotContain(waterCase);

        // outside a filter's page, the same query for another unit's task is checked as always
        String[] names = taskService.getVariablesLocal(waterTask).keySet().toArray(String[]::new);
        assertThat(names).isNotEmpty();
        assertThat(variablesOf(waterTask, names, "handler-water")).as("its own unit reads them").isNotEmpty();
        assertThat(variablesOf(waterTask, names, "handler-roads")).isEmpty();
    }

    /** The variable query the engine REST API makes for a page's cards, as {@code user}. */
    private List<?> variablesOf(String scope, String[] names, String user) {
        CaseDriver.authenticate(engine, user);
        try {
            return engine.getRuntimeService().createVariableInstanceQuery().disableBinaryFetching()
                    .variableNameIn(names).variableScopeIdIn(scope).list();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The filter's tasks with what the client added; none when the engine refuses the combination. */
    private List<String> taskIds(String filterName, String user, Map<String, Object> added) {
        var answer = post(user, "/engine-rest/filter/" + filterId(filterName) + "/list?firstResult=0&maxResults=500",
                added);
        return answer.getStatusCode().is2xxSuccessful() ? answer.getBody().findValuesAsText("id") : List.of();
    }

    private long count(String filterName, String user, Map<String, Object> added) {
        var answer = post(user, "/engine-rest/filter/" + filterId(filterName) + "/count", added);
        return answer.getStatusCode().is2xxSuccessful() ? answer.getBody().get("count").asLong() : 0;
    }

    private String filterId(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
