package cn.grassroots.cases.organization;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;

/**
 * Camunda's filter service, except that a filter that can only list the user's own tasks ({@link OwnTasks}) runs its
 * task query without joining the user's task grants: Camunda joins them with an OR condition that PostgreSQL can
 * only pair row by row, every open task of the unit with every grant of the unit. Reading the filter itself is still
 * checked, and every other query keeps its check. Tasklist asks for a page and a count of each filter.
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

    private static <T> T run(CommandContext context, Query<?, ?> query, Query<?, ?> added, Supplier<T> execution) {
        var user = context.getAuthentication();
        if (!OwnTasks.only(query, added, user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds())) {
            return execution.get();
        }
        return withoutCheck(context, execution);
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
            return run(context, query, extendingQuery, () -> query.listPage(firstResult, maxResults));
        }
    }

    private static class Count extends ExecuteFilterCountCmd {

        Count(String filterId, Query<?, ?> extendingQuery) {
            super(filterId, extendingQuery);
        }

        @Override
        public Long execute(CommandContext context) {
            Query<?, ?> query = getFilter(context).getQuery();
            return run(context, query, extendingQuery, query::count);
        }
    }
}
