package cn.grassroots.cases.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;
import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * The shared Tasklist filters, created at start-up and brought up to date on every restart (matched by name,
 * never duplicated). Each shows the case number, title, unit and deadline of a task.
 */
@Component
public class TasklistFilters {

    static final String MY_TASKS = "我的待办";
    static final String GROUP_TASKS = "本单位待办";
    /** The same queue for the offices, named as they are: a unit's list is not theirs. */
    static final String OFFICE_TASKS = "本科室待办";
    static final String LEADER_TASKS = "领导待办";
    /** Groups that see their queue as 本科室待办 or 领导待办, not as 本单位待办. */
    static final String DUE_SOON = "即将到期";
    static final String OVERDUE = "已逾期";
    static final String SUPERVISION = "督办";

    /** Tasks of other processes that belong in the 督办 filter (e.g. the supervision rounds' tasks). */
    public interface SupervisionTasks {
        List<String> taskDefinitionKeys();
    }

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final IdentityService identityService;
    private final List<SupervisionTasks> otherSupervisionTasks;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
            IdentityService identityService, List<SupervisionTasks> otherSupervisionTasks) {
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.otherSupervisionTasks = otherSupervisionTasks;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    public void synchronize() {
        saveForEveryone(MY_TASKS, "指派给我的待办，按办理期限排序", -5,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        // candidate user: my units' (my office's) tasks and those naming me, e.g. a unit head's 延期审批
        Filter unitQueue = save(GROUP_TASKS, "本单位尚未认领的待办和待我审批的延期申请，按办理期限排序", -10, queue());
        readableByUnitsOnly(unitQueue);
        Filter officeQueue = save(OFFICE_TASKS, "本科室尚未认领的待办，按办理期限排序", -10, queue());
        readableBy(officeQueue, Authorization.AUTH_TYPE_GRANT, Groups.DISPATCH);
        readableBy(officeQueue, Authorization.AUTH_TYPE_GRANT, Groups.SUPERVISION);
        readableBy(save(LEADER_TASKS, "待领导批办的挂牌督办和其他尚未认领的待办，按办理期限排序", -10, queue()),
                Authorization.AUTH_TYPE_GRANT, Groups.LEADERS);
        saveForEveryone(DUE_SOON, "本人或本单位将在几个工作日内到期的待办", 0,
                myAndMyUnitsTasks().dueAfterExpression("${now()}").dueBeforeExpression("${dueSoon.limit()}")
                        .orderByDueDate().asc());
        // the offices that supervise see every group's late tasks here (OverdueWatch)
        saveForEveryone(OVERDUE, "已超过办理期限的待办：本人和本单位的；督查室和县领导看全县的", 5,
                taskService.createTaskQuery().taskCandidateGroupInExpression(OverdueWatch.EXPRESSION)
                        .includeAssignedTasks()
                        .dueBeforeExpression("${now()}").orderByDueDate().asc());
        List<String> supervisionTasks = new java.util.ArrayList<>(List.of(Elements.TASK_SUPERVISE_SIGN_OFF,
                Elements.TASK_SUPERVISE_OVERDUE, Elements.TASK_LEADER_ESCALATION, Elements.TASK_ISSUE_PUBLIC_NOTICE,
                Elements.TASK_APPROVE_EXTENSION));
        otherSupervisionTasks.forEach(other -> supervisionTasks.addAll(other.taskDefinitionKeys()));
        Filter supervision = save(SUPERVISION, "督办、挂牌督办、通报批评、延期审批和督查检查任务", 10,
                myAndMyUnitsTasks().taskDefinitionKeyIn(supervisionTasks.toArray(String[]::new)).orderByDueDate()
                        .asc());
        readableBy(supervision, Authorization.AUTH_TYPE_GRANT, Groups.SUPERVISION);
        readableBy(supervision, Authorization.AUTH_TYPE_GRANT, Groups.LEADERS);
    }

    /** The unclaimed tasks of the user's groups and those naming the user. */
    private TaskQuery queue() {
        return taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned()
                .orderByDueDate().asc();
    }

    /** Tasks of the user's groups, claimed or not (a unit task always keeps its unit as candidate group). */
    private TaskQuery myAndMyUnitsTasks() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
    }

    /** A filter every logged-in user sees (it only ever lists tasks they may see anyway). */
    private Filter saveForEveryone(String name, String description, int priority, TaskQuery query) {
        Filter filter = save(name, description, priority, query);
        readableBy(filter, Authorization.AUTH_TYPE_GLOBAL, null);
        return filter;
    }

    /**
     * The units' queue, granted to each unit's group. Not a grant to everyone with a revocation for the offices (as
     * until issue 12's second pass): one revocation anywhere among a person's groups makes the engine check every
     * authorization of theirs, task lists included, with its much slower revocation-aware SQL (offices' lists at
     * 10,000 open cases: 161–176 ms p95). A unit made later by hand in Admin gets it, like its Tasklist access, at the
     * next start.
     */
    private void readableByUnitsOnly(Filter unitQueue) {
        authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(unitQueue.getId())
                .list().stream()
                .filter(old -> old.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT)
                .forEach(old -> authorizationService.deleteAuthorization(old.getId()));
        identityService.createGroupQuery().groupType(Unit.GROUP_TYPE).list()
                .forEach(unit -> readableBy(unitQueue, Authorization.AUTH_TYPE_GRANT, unit.getId()));
    }

    /**
     * A filter of another process, seen by the given groups, with its own list columns (variable name → label), created
     * or brought up to date by name.
     */
    public void saveFor(String name, String description, int priority, TaskQuery query, Map<String, String> columns,
            String... groups) {
        Filter filter = save(name, description, priority, query, columns.entrySet().stream()
                .map(column -> column(column.getKey(), column.getValue())).toList());
        for (String group : groups) {
            readableBy(filter, Authorization.AUTH_TYPE_GRANT, group);
        }
    }

    public TaskQuery newQuery() {
        return taskService.createTaskQuery();
    }

    private void readableBy(Filter filter, int type, String groupId) {
        var query = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).authorizationType(type);
        if (groupId != null) {
            query.groupIdIn(groupId);
        }
        if (query.count() > 0) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(type);
        if (groupId == null) {
            authorization.setUserId(Authorization.ANY);
        } else {
            authorization.setGroupId(groupId);
        }
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }

    private Filter save(String name, String description, int priority, TaskQuery query) {
        return save(name, description, priority, query, List.of(
                column(Variables.CASE_NUMBER, "案件编号"),
                column(Variables.TITLE, "问题标题"),
                column(Variables.RESPONSIBLE_UNIT_NAME, "责任单位"),
                column(Variables.DUE_DATE, "办理期限"),
                column(Variables.ESCALATION_LEVEL_NAME, "督办级别")));
    }

    private Filter save(String name, String description, int priority, TaskQuery query,
            List<Map<String, String>> columns) {
        List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
        Filter filter = existing.isEmpty() ? filterService.newTaskFilter(name) : existing.get(0);
        filter.setQuery(query);
        filter.setProperties(properties(description, priority, columns));
        filterService.saveFilter(filter);
        existing.stream().skip(1).forEach(duplicate -> filterService.deleteFilter(duplicate.getId()));
        return filter;
    }

    private static Map<String, Object> properties(String description, int priority,
            List<Map<String, String>> columns) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", columns);
        return properties;
    }

    private static Map<String, String> column(String name, String label) {
        return Map.of("name", name, "label", label);
    }
}
