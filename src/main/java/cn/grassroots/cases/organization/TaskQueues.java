package cn.grassroots.cases.organization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * A page and a count of a person's own queue read from the queues' table ({@code task_queue}, migration V27: one row
 * per candidate link of an open task, kept by the database's triggers) instead of Camunda's task query, which joins
 * every candidate link of an office to the tasks and sorts them all, twice per page (ADR 0006, fifth pass). The page's
 * tasks are then read by id.
 * <p>
 * Only a query whose every criterion this table answers exactly as Camunda would is served here ({@link
 * AnsweredQueries}): candidates (a user and their groups, or groups), claimed or not, a deadline range, active or
 * suspended, task definition keys, ordered by deadline or creation. Any other criterion — Tasklist's search, a process variable, a name — leaves the query to
 * Camunda. A query of the person's own tasks ({@link OwnTasks}) is answered as it is; any other is narrowed to what
 * the person may read ({@link #readableBy}).
 */
final class TaskQueues {

    /** A query's order: the table's column, and its name in a page's list of tasks. */
    private static final Map<String, String[]> ORDER_COLUMNS = Map.of(
            TaskQueryProperty.DUE_DATE.getName(), new String[] {"due_date", "queue_due"},
            TaskQueryProperty.CREATE_TIME.getName(), new String[] {"created", "queue_created"});

    private final List<String> candidates;
    private final boolean unclaimedOnly;
    private final Date dueBefore;
    private final Date dueAfter;
    private final SuspensionState suspension;
    private final List<String> taskKeys;
    private final List<QueryOrderingProperty> order;
    private final TaskQueryImpl query;
    /** Null: every task the criteria select may be listed. */
    private final Readers readers;

    /**
     * What a person reads of the tasks they are not a candidate of: the tasks of the process definitions in
     * {@code definitions} (their standing {@code READ_TASK}), those assigned to {@code user}, and those whose candidate
     * is one of {@code own}.
     */
    private record Readers(List<String> definitions, String user, List<String> own) {
    }

    private TaskQueues(TaskQueryImpl query, List<String> candidates, Readers readers) {
        this.query = query;
        this.candidates = candidates;
        this.readers = readers;
        this.unclaimedOnly = query.isUnassigned() || !query.isIncludeAssignedTasks();
        this.dueBefore = query.getDueBefore();
        this.dueAfter = query.getDueAfter();
        this.suspension = query.getSuspensionState();
        this.taskKeys = query.getTaskDefinitionKeys() == null ? List.of() : List.of(query.getTaskDefinitionKeys());
        this.order = query.getOrderingProperties();
    }

    /**
     * The queue {@code query} asks for, if this table answers it exactly; evaluates the query's expressions (the
     * current user, their groups, now), so it is called in a command.
     */
    static Optional<TaskQueues> of(TaskQueryImpl query) {
        if (query.getQueries().size() != 1 || !AnsweredQueries.expressionsAnswered(query)) {
            return Optional.empty();
        }
        AnsweredQueries.evaluateExpressions(query);
        if (!AnsweredQueries.onlyAnsweredCriteria(query) || !orderable(query.getOrderingProperties())) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        if (query.getCandidateUser() != null) {
            candidates.add("u:" + query.getCandidateUser());
        }
        List<String> groups = query.getCandidateGroups();
        if (groups != null) {
            groups.stream().filter(Objects::nonNull).map(group -> "g:" + group).forEach(candidates::add);
        }
        if (candidates.isEmpty()) {
            return Optional.empty(); // no candidate criterion: not a queue
        }
        return Optional.of(new TaskQueues(query, List.copyOf(candidates), null));
    }

    /**
     * The same queue for a person whose query may select others' tasks (the supervising offices' 已逾期, every
     * group's): only the tasks Camunda's check lets them read — those of a process whose tasks they read
     * ({@code READ_TASK} on its definition), assigned to them, or with them or one of their groups as candidate (the
     * grants the engine makes per task). Everything for an administrator or a person who reads every task. Empty
     * without an authenticated person.
     */
    Optional<TaskQueues> readableBy(CommandContext context) {
        Authentication person = context.getAuthentication();
        if (person == null || person.getUserId() == null) {
            return Optional.empty();
        }
        String user = person.getUserId();
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        AuthorizationManager authorizations = context.getAuthorizationManager();
        if (authorizations.isCamundaAdmin(person)
                || authorizations.isAuthorized(user, groups, Permissions.READ, Resources.TASK, Authorization.ANY)) {
            return Optional.of(this);
        }
        Map<String, Boolean> readsTasksOf = new HashMap<>();
        List<String> definitions = new ArrayList<>();
        for (ProcessDefinition definition : context.getProcessEngineConfiguration().getRepositoryService()
                .createProcessDefinitionQuery().list()) {
            if (readsTasksOf.computeIfAbsent(definition.getKey(), key -> authorizations.isAuthorized(user, groups,
                    ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, key))) {
                definitions.add(definition.getId());
            }
        }
        List<String> own = new ArrayList<>(List.of("u:" + user));
        groups.forEach(group -> own.add("g:" + group));
        return Optional.of(new TaskQueues(query, candidates, new Readers(List.copyOf(definitions), user,
                List.copyOf(own))));
    }

    /** The page's tasks, in the queue's order. */
    List<Task> page(CommandContext context, int firstResult, int maxResults) {
        int limit = context.getProcessEngineConfiguration().getQueryMaxResultsLimit();
        if (maxResults > limit) {
            throw new BadUserRequestException("Max results limit of " + limit + " exceeded!"); // as Camunda's
        }
        List<String> ids = pageIds(connection(context), firstResult, maxResults);
        if (ids.isEmpty()) {
            return List.of();
        }
        TaskQueryImpl byId = new TaskQueryImpl();
        byId.taskIdIn(ids.toArray(String[]::new));
        if (query.isInitializeFormKeys()) {
            byId.initializeFormKeys();
        }
        if (Boolean.TRUE.equals(AnsweredQueries.fieldOf(query, "withCommentAttachmentInfo"))) {
            byId.withCommentAttachmentInfo();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<Task> tasks = new ArrayList<>(byId.executeList(context, null));
        tasks.sort(Comparator.comparing(task -> position.get(task.getId())));
        return tasks;
    }

    long count(CommandContext context) {
        String sql = "SELECT COUNT(DISTINCT q.task_id) FROM task_queue q WHERE q.candidate IN ("
                + marks(candidates.size()) + ")" + criteria();
        try (PreparedStatement statement = connection(context).prepareStatement(sql)) {
            int next = 1;
            for (String candidate : candidates) {
                statement.setString(next++, candidate);
            }
            bindCriteria(statement, next);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("task queue: count failed", e);
        }
    }

    /**
     * A page's task ids. Each of the person's candidates gives its first {@code firstResult + maxResults} tasks in the
     * page's order, straight from the index of the candidate's deadlines (no sort of a whole queue); a task reached
     * through two candidates is then listed once. Exact: a task among the page's first n distinct tasks is among the
     * first n of each candidate that reaches it.
     */
    List<String> pageIds(Connection connection, int firstResult, int maxResults) {
        StringJoiner rowOrder = new StringJoiner(", ");
        StringJoiner taskOrder = new StringJoiner(", ");
        boolean descending = false;
        for (QueryOrderingProperty property : order) {
            String[] columns = ORDER_COLUMNS.get(property.getQueryProperty().getName());
            descending = Direction.DESCENDING.equals(property.getDirection());
            String direction = descending ? " DESC NULLS FIRST" : " ASC NULLS LAST";
            rowOrder.add("q." + columns[0] + direction);
            taskOrder.add(columns[1] + direction);
        }
        rowOrder.add("q.task_id" + (descending ? " DESC" : " ASC"));
        taskOrder.add("task_id" + (descending ? " DESC" : " ASC"));
        StringJoiner perCandidate = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < candidates.size(); i++) {
            perCandidate.add("(SELECT q.task_id, q.due_date, q.created FROM task_queue q WHERE q.candidate = ?"
                    + criteria() + " ORDER BY " + rowOrder + " LIMIT ?)");
        }
        String sql = "SELECT task_id, MIN(due_date) AS queue_due, MIN(created) AS queue_created FROM (" + perCandidate
                + ") reached GROUP BY task_id ORDER BY " + taskOrder + " LIMIT ? OFFSET ?";
        int first = Math.max(0, firstResult);
        int max = Math.max(0, maxResults);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            for (String candidate : candidates) {
                statement.setString(next++, candidate);
                next = bindCriteria(statement, next);
                statement.setInt(next++, (int) Math.min(Integer.MAX_VALUE, (long) first + max));
            }
            statement.setInt(next++, max);
            statement.setInt(next, first);
            List<String> ids = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new ProcessEngineException("task queue: page failed", e);
        }
    }

    /** The criteria besides the candidate, on the row {@code q}, each starting with AND. */
    private String criteria() {
        StringBuilder where = new StringBuilder();
        if (unclaimedOnly) {
            where.append(" AND q.assigned = FALSE");
        }
        if (dueBefore != null) {
            where.append(" AND q.due_date < ?");
        }
        if (dueAfter != null) {
            where.append(" AND q.due_date > ?");
        }
        if (suspension != null) {
            where.append(" AND q.suspended = ?");
        }
        if (!taskKeys.isEmpty()) {
            where.append(" AND q.task_key IN (").append(marks(taskKeys.size())).append(')');
        }
        if (readers != null) {
            // a row of the person's own candidacy is theirs; another's, if its process's tasks are theirs to read,
            // it is assigned to them, or another of its links names them (looked up only for the rare rest)
            String own = marks(readers.own().size());
            where.append(" AND (q.candidate IN (").append(own).append(')');
            if (!readers.definitions().isEmpty()) {
                where.append(" OR q.proc_def_id IN (").append(marks(readers.definitions().size())).append(')');
            }
            where.append(" OR q.assignee = ? OR EXISTS (SELECT 1 FROM task_queue o WHERE o.task_id = q.task_id")
                    .append(" AND o.candidate IN (").append(own).append(")))");
        }
        return where.toString();
    }

    /** Binds {@link #criteria()}'s parameters from {@code next} on; the index after them. */
    private int bindCriteria(PreparedStatement statement, int next) throws SQLException {
        if (dueBefore != null) {
            statement.setTimestamp(next++, new Timestamp(dueBefore.getTime()));
        }
        if (dueAfter != null) {
            statement.setTimestamp(next++, new Timestamp(dueAfter.getTime()));
        }
        if (suspension != null) {
            statement.setBoolean(next++, suspension.getStateCode() == SuspensionState.SUSPENDED.getStateCode());
        }
        for (String key : taskKeys) {
            statement.setString(next++, key);
        }
        if (readers != null) {
            for (String candidate : readers.own()) {
                statement.setString(next++, candidate);
            }
            for (String definition : readers.definitions()) {
                statement.setString(next++, definition);
            }
            statement.setString(next++, readers.user());
            for (String candidate : readers.own()) {
                statement.setString(next++, candidate);
            }
        }
        return next;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** The engine's own connection: the page is read in the command's transaction. */
    private static Connection connection(CommandContext context) {
        return context.getDbSqlSession().getSqlSession().getConnection();
    }

    private static boolean orderable(List<QueryOrderingProperty> order) {
        return order != null && !order.isEmpty() && order.stream().allMatch(property -> property.getRelation() == null
                && property.getQueryProperty() != null
                && ORDER_COLUMNS.containsKey(property.getQueryProperty().getName()));
    }
}
