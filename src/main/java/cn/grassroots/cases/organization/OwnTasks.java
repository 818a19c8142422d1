package cn.grassroots.cases.organization;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Whether a task query can only find the current user's own tasks: those assigned to them, or whose candidate is
 * them or one of their groups. The engine grants exactly those (assignees and candidate users and groups get their
 * task; an office that gets only {@code TASK_WORK} reads the whole process, see {@link TaskGrants}), so checking the
 * grants again, row by row, finds nothing more to take away (ADR 0006).
 * <p>
 * The filter's own query must restrict to the user through Camunda's expressions, and what the client adds
 * (Tasklist's search, sorting, paging) must not name anyone: a client that names a user or group, or adds an
 * alternative ("or") query, gets the query with the authorization check as always.
 */
final class OwnTasks {

    /** Expressions that restrict a task query to the current user. */
    private static final Map<String, String> OWN = Map.of(
            "taskAssignee", "${currentUser()}",
            "taskCandidateUser", "${currentUser()}",
            "taskCandidateGroupIn", "${currentUserGroups()}");
    /** Expressions that name people or groups. */
    private static final Set<String> IDENTITY = Set.of("taskAssignee", "taskAssigneeLike", "taskAssigneeIn",
            "taskCandidateUser", "taskCandidateGroup", "taskCandidateGroupIn", "taskCandidateGroupLike",
            "taskInvolvedUser", "taskOwner");

    private OwnTasks() {
    }

    /**
     * {@code filterQuery}: the filter's query extended by {@code added}, the client's query (or null), for the person in
     * {@code userGroups} (已逾期's groups are the person's own unless they supervise: {@link OverdueWatch}).
     */
    static boolean only(Query<?, ?> filterQuery, Query<?, ?> added, List<String> userGroups) {
        return filterQuery instanceof TaskQueryImpl query && restrictsToUser(query, userGroups) && namesNoOne(added);
    }

    static boolean only(Query<?, ?> filterQuery, Query<?, ?> added) {
        return only(filterQuery, added, List.of());
    }

    private static boolean restrictsToUser(TaskQueryImpl query, List<String> userGroups) {
        boolean own = false;
        for (Map.Entry<String, String> expression : query.getExpressions().entrySet()) {
            if (IDENTITY.contains(expression.getKey())) {
                boolean ownOverdue = "taskCandidateGroupIn".equals(expression.getKey())
                        && OverdueWatch.EXPRESSION.equals(expression.getValue())
                        && OverdueWatch.watchesOwnOnly(userGroups);
                if (!ownOverdue && !expression.getValue().equals(OWN.get(expression.getKey()))) {
                    return false;
                }
                own = true;
            }
        }
        // a literal candidate is OR-ed with the user's candidacy in Camunda's SQL
        return own && query.getQueries().size() == 1 && query.getCandidateUser() == null
                && query.getCandidateGroup() == null && query.getCandidateGroupsInternal() == null
                && query.getCandidateGroupLike() == null && query.getInvolvedUser() == null;
    }

    private static boolean namesNoOne(Query<?, ?> added) {
        if (added == null) {
            return true;
        }
        return added instanceof TaskQueryImpl query && query.getExpressions().isEmpty()
                && query.getQueries().size() == 1 && query.getCandidateUser() == null
                && query.getCandidateGroup() == null && query.getCandidateGroupsInternal() == null
                && query.getCandidateGroupLike() == null && query.getAssignee() == null
                && query.getAssigneeLike() == null && query.getAssigneeIn() == null
                && query.getInvolvedUser() == null && query.getOwner() == null;
    }
}
