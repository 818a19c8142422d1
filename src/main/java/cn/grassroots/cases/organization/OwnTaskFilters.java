package cn.grassroots.cases.organization;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;

/**
 * Camunda's filter service, except that a filter that can only list the user's own tasks ({@link OwnTasks}) runs its
 * task query without joining the user's task grants: Camunda joins them with an OR condition that PostgreSQL can
 * only pair row by row, every open task of the unit with every grant of the unit. Reading the filter itself is still
 * checked, and every other query keeps its check. Such a filter's page and count come from the queues' table when it
 * answers the query ({@link TaskQueues}). Tasklist asks for a page and a count of each filter.
 */
class OwnTaskFilters extends FilterServiceImpl {

    @Override
    @SuppressWarnings("unchecked")
    public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult,
            int maxResults) {
        return (List<T>) commandExecutor.execute(new ListPage(filterId, extendingQuery, firstResult, maxResults));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
        return (List<T>) commandExecutor.execute(new ListPage(filterId, null, firstResult, maxResults));
    }

    @Override
    public Long count(String filterId, Query<?, ?> extendingQuery) {
        return commandExecutor.execute(new Count(filterId, extendingQuery));
    }

    @Override
    public Long count(String filterId) {
        return commandExecutor.execute(new Count(filterId, null));
    }

    /**
     * Runs {@code execution}, or — for a filter of the user's own tasks — {@code fromQueue} if {@link TaskQueues}
     * answers the query, else {@code execution} without the per-row grant check.
     */
    private static <T> T run(CommandContext context, Query<?, ?> query, Query<?, ?> added, Supplier<T> execution,
            Function<TaskQueues, T> fromQueue) {
        var user = context.getAuthentication();
        if (OwnTasks.only(query, added, user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds())) {
            return withoutCheck(context, () -> TaskQueues.of((TaskQueryImpl) query).map(fromQueue)
                    .orElseGet(execution));
        }
        if (!(query instanceof TaskQueryImpl tasks) || !context.isAuthorizationCheckEnabled()) {
            return execution.get();
        }
        // a filter of others' tasks too: from the queue, narrowed to what the person reads, if it answers the query;
        // else Camunda's query with its check
        Optional<T> answered = withoutCheck(context, () -> TaskQueues.of(tasks)
                .flatMap(queue -> queue.readableBy(context)).map(fromQueue));
        return answered.orElseGet(execution);
    }

    /** Runs {@code execution} without the authorization check, then puts the check back as it was. */
    static <T> T withoutCheck(CommandContext context, Supplier<T> execution) {
        boolean checking = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return execution.get();
        } finally {
            if (checking) {
                context.enableAuthorizationCheck(); // as it was: a command around this one may have turned it off
            }
        }
    }

    private static class ListPage extends ExecuteFilterListPageCmd {

        ListPage(String filterId, Query<?, ?> extendingQuery, int firstResult, int maxResults) {
            super(filterId, extendingQuery, firstResult, maxResults);
        }

        @Override
        public List<?> execute(CommandContext context) {
            Query<?, ?> query = getFilterQuery(context);
            ((AbstractQuery<?, ?>) query).enableMaxResultsLimit();
            return run(context, query, extendingQuery, () -> query.listPage(firstResult, maxResults),
                    queue -> queue.page(context, firstResult, maxResults));
        }
    }

    private static class Count extends ExecuteFilterCountCmd {

        Count(String filterId, Query<?, ?> extendingQuery) {
            super(filterId, extendingQuery);
        }

        @Override
        public Long execute(CommandContext context) {
            Query<?, ?> query = getFilter(context).getQuery();
            return run(context, query, extendingQuery, query::count, queue -> queue.count(context));
        }
    }
}
