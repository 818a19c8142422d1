package cn.grassroots.cases.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * Tasklist's pages of a person's own queue come from the queues' table, kept by the database's triggers whatever
 * changes a task, and list exactly what Camunda's own query lists.
 */
@GrassrootsTest
class TaskQueuesTests {

    /** What Tasklist posts for a page: soonest deadline first, active tasks only. */
    private static final Map<String, Object> TASKLIST = Map.of("processVariables", List.of(), "taskVariables",
            List.of(), "caseInstanceVariables", List.of(), "active", true,
            "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theQueueFollowsEveryChangeOfATaskAndItsCandidates() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String task = issue.task(Elements.TASK_ACCEPT_ISSUE).getId();
        assertThat(rowsOf(task)).extracting(row -> row.get("candidate")).contains("g:unit-roads");
        assertThat(rowsOf(task)).allSatisfy(row -> assertThat(row.get("assigned")).isEqualTo(false));

        taskService.claim(task, "handler-roads");
        assertThat(rowsOf(task)).allSatisfy(row -> assertThat(row.get("assigned")).isEqualTo(true));
        taskService.setAssignee(task, null);
        assertThat(rowsOf(task)).allSatisfy(row -> assertThat(row.get("assigned")).isEqualTo(false));

        Task changed = taskService.createTaskQuery().taskId(task).singleResult();
        Date later = new Date(changed.getDueDate().getTime() + 86_400_000L);
        changed.setDueDate(later);
        taskService.saveTask(changed);
        assertThat(rowsOf(task)).allSatisfy(row -> assertThat(((Date) row.get("due_date")).getTime())
                .isEqualTo(later.getTime()));

        taskService.addCandidateUser(task, "head-roads");
        assertThat(rowsOf(task)).extracting(row -> row.get("candidate")).contains("u:head-roads");
        taskService.deleteCandidateUser(task, "head-roads");
        assertThat(rowsOf(task)).extracting(row -> row.get("candidate")).doesNotContain("u:head-roads");

        runtimeService.suspendProcessInstanceById(issue.instance().getId());
        assertThat(rowsOf(task)).allSatisfy(row -> assertThat(row.get("suspended")).isEqualTo(true));
        runtimeService.activateProcessInstanceById(issue.instance().getId());
        assertThat(rowsOf(task)).allSatisfy(row -> assertThat(row.get("suspended")).isEqualTo(false));

        issue.accept("handler-roads");
        assertThat(rowsOf(task)).as("a completed task leaves its queue").isEmpty();
        String resolve = issue.task(Elements.TASK_RESOLVE_ISSUE).getId();
        assertThat(rowsOf(resolve)).isNotEmpty();
        runtimeService.deleteProcessInstance(issue.instance().getId(), "test: a case deleted in Cockpit");
        assertThat(rowsOf(resolve)).as("a deleted case's tasks leave their queues").isEmpty();
    }

    @Test
    void everyPageAndCountOfOnesOwnQueueIsWhatCamundaItselfLists() {
        // deadlines apart (one late, one due soon, one without), so that the order shows
        long day = 86_400_000L;
        long now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime();
        List<Date> deadlines = new ArrayList<>(List.of(new Date(now - 2 * day), new Date(now + day),
                new Date(now + 9 * day), new Date(now - 5 * day)));
        deadlines.add(null);
        int i = 0;
        for (String unit : List.of("unit-roads", "unit-water", "unit-roads", "unit-roads", "unit-water")) {
            Map<String, Object> facts = CaseDriver.roadsIssue();
            if (unit.equals("unit-water")) {
                facts.put(Variables.CATEGORY, "WATER");
            }
            Task accept = CaseDriver.register(engine, facts).sortTo(unit).task(Elements.TASK_ACCEPT_ISSUE);
            accept.setDueDate(deadlines.get(i++));
            taskService.saveTask(accept);
            if (i == 1) { // reached through the unit and by name: listed and counted once
                taskService.addCandidateUser(accept.getId(), "handler-roads");
            }
        }
        Task sort = CaseDriver.register(engine, CaseDriver.roadsIssue()).task(Elements.TASK_SORT_ISSUE);
        sort.setDueDate(new Date(now + 3 * 3_600_000L)); // the dispatch office's, due today
        taskService.saveTask(sort);
        CaseDriver claimed = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        taskService.claim(claimed.task(Elements.TASK_ACCEPT_ISSUE).getId(), "handler-roads");
        // a late task of no process: its unit reads it, the supervising offices (who read processes' tasks) do not
        Task loose = taskService.newTask();
        loose.setName("临时交办");
        loose.setDueDate(new Date(now - day));
        taskService.saveTask(loose);
        taskService.addCandidateGroup(loose.getId(), "unit-roads");
        try {
            assertEveryQueueIsCamundas();
            String overdue = "/engine-rest/filter/"
                    + filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult().getId();
            assertThat(taskIds(post("handler-roads", overdue + "/list?firstResult=0&maxResults=10000", TASKLIST)))
                    .contains(loose.getId());
            assertThat(taskIds(post("supervisor", overdue + "/list?firstResult=0&maxResults=10000", TASKLIST)))
                    .isNotEmpty().doesNotContain(loose.getId());
        } finally {
            taskService.deleteTask(loose.getId(), true);
        }
    }

    private void assertEveryQueueIsCamundas() {
        for (String user : List.of("handler-roads", "handler-water", "head-roads", "dispatcher", "leader",
                "supervisor", "demo")) {
            for (var filter : filterService.createFilterQuery().list()) {
                String path = "/engine-rest/filter/" + filter.getId();
                JsonNode page = post(user, path + "/list?firstResult=0&maxResults=10000", TASKLIST);
                if (page == null) {
                    continue; // a filter this person does not see
                }
                List<Task> camunda = camundasOwn(filter.getQuery(), user);
                String what = user + " · " + filter.getName();
                assertThat(taskIds(page)).as(what).containsExactlyInAnyOrderElementsOf(
                        camunda.stream().map(Task::getId).toList());
                // soonest deadline first, tasks without one last (Camunda's own order on PostgreSQL)
                assertThat(dueDates(page)).as(what + ": soonest deadline first").isEqualTo(camunda.stream()
                        .map(task -> task.getDueDate() == null ? null : task.getDueDate().getTime())
                        .sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList());
                assertThat(post(user, path + "/count", TASKLIST).get("count").asLong()).as(what)
                        .isEqualTo(camunda.size());
                if (camunda.size() > 2) {
                    assertThat(taskIds(post(user, path + "/list?firstResult=1&maxResults=2", TASKLIST)))
                            .as(what + ", a later page").isEqualTo(taskIds(page).subList(1, 3));
                }
            }
        }
    }

    @Test
    void anOwnQueuesPageIsReadFromTheQueueAndASearchFromCamunda() {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String task = issue.task(Elements.TASK_ACCEPT_ISSUE).getId();
        String unitQueue = "/engine-rest/filter/"
                + filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult().getId();
        long before = post("handler-roads", unitQueue + "/count", TASKLIST).get("count").asLong();
        Task late = taskService.createTaskQuery().taskId(task).singleResult();
        late.setDueDate(new Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime() - 3_600_000L));
        taskService.saveTask(late);
        String overdue = "/engine-rest/filter/"
                + filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult().getId();
        assertThat(taskIds(post("supervisor", overdue + "/list?firstResult=0&maxResults=10000", TASKLIST)))
                .contains(task);
        assertThat(taskIds(post("handler-roads", unitQueue + "/list?firstResult=0&maxResults=10000", TASKLIST)))
                .contains(task);

        // behind the application's back: the queue no longer holds the task, the engine still does
        List<Map<String, Object>> rows = rowsOf(task);
        jdbc.update("DELETE FROM task_queue WHERE task_id = ?", task);
        try {
            assertThat(taskIds(post("handler-roads", unitQueue + "/list?firstResult=0&maxResults=10000", TASKLIST)))
                    .as("the page is the queue's").doesNotContain(task);
            assertThat(post("handler-roads", unitQueue + "/count", TASKLIST).get("count").asLong())
                    .isEqualTo(before - 1);
            // the supervising office's 已逾期 (every group's late tasks, narrowed to what it reads) too
            assertThat(taskIds(post("supervisor", overdue + "/list?firstResult=0&maxResults=10000", TASKLIST)))
                    .as("the supervisor's page is the queue's").doesNotContain(task);

            // Tasklist's search by case number is not a queue's question: Camunda answers it
            Map<String, Object> search = new java.util.HashMap<>(TASKLIST);
            search.put("processVariables", List.of(Map.of("name", Variables.CASE_NUMBER, "operator", "eq",
                    "value", issue.variable(Variables.CASE_NUMBER))));
            assertThat(taskIds(post("handler-roads", unitQueue + "/list?firstResult=0&maxResults=10", search)))
                    .containsExactly(task);
        } finally {
            for (Map<String, Object> row : rows) { // as they were, every column
                jdbc.update("INSERT INTO task_queue (" + String.join(", ", row.keySet()) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")",
                        row.values().toArray());
            }
        }
    }

    @Test
    void onlyCriteriaTheQueueAnswersAreServedFromIt() {
        TaskQueryImpl byName = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateUser("handler-roads")
                .taskName("受理").orderByDueDate().asc();
        TaskQueryImpl byPriority = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateUser("handler-roads")
                .orderByTaskPriority().asc();
        TaskQueryImpl unordered = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateUser("handler-roads");
        TaskQueryImpl queue = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateUser("handler-roads")
                .taskUnassigned().active().dueBefore(new Date()).orderByDueDate().asc();
        TaskQueryImpl byCreation = (TaskQueryImpl) taskService.createTaskQuery()
                .taskCandidateGroupIn(List.of("unit-roads")).includeAssignedTasks().orderByTaskCreateTime().desc();
        assertThat(answered(byName)).as("a name").isFalse();
        assertThat(answered(byPriority)).as("ordered by priority").isFalse();
        assertThat(answered(unordered)).as("no order").isFalse();
        assertThat(answered(queue)).isTrue();
        assertThat(answered(byCreation)).isTrue();
    }

    /** Whether the queue answers {@code query}, asked in a command as the filter service asks. */
    private boolean answered(TaskQueryImpl query) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> TaskQueues.of(query).isPresent());
    }

    private static List<String> taskIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("_embedded").path("task").forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    /** Camunda's own answer: the filter's query as Tasklist extends it, run by the engine as {@code user}. */
    private List<Task> camundasOwn(org.camunda.bpm.engine.query.Query<?, ?> filterQuery, String user) {
        TaskQuery asked = ((TaskQueryImpl) filterQuery).extend(taskService.createTaskQuery().active()
                .orderByDueDate().asc());
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired()
                    .execute(context -> ((TaskQueryImpl) asked).evaluateExpressionsAndExecuteList(context, null));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static List<Long> dueDates(JsonNode page) {
        List<Long> dueDates = new ArrayList<>();
        for (JsonNode task : page.path("_embedded").path("task")) {
            dueDates.add(task.path("due").isNull() || task.path("due").isMissingNode() ? null
                    : java.time.OffsetDateTime.parse(task.path("due").asText(),
                            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                            .toInstant().toEpochMilli());
        }
        return dueDates;
    }

    private List<Map<String, Object>> rowsOf(String task) {
        return jdbc.queryForList("SELECT * FROM task_queue WHERE task_id = ?", task);
    }

    /** A HAL page or count as Tasklist asks it; null when the filter is not this person's. */
    private JsonNode post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.valueOf("application/hal+json"), MediaType.APPLICATION_JSON));
        var answer = rest.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers),
                JsonNode.class);
        return answer.getStatusCode().is2xxSuccessful() ? answer.getBody() : null;
    }
}
