package cn.grassroots.cases.organization;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The words on Tasklist's cards for a page of a filter (ADR 0006, addendum). With the page, the engine REST API reads
 * the filter's card variables of the tasks it has just listed — which the person may read: the page's query was
 * checked, or lists only their own tasks — in one variable query that Camunda checks once more against every grant
 * of the person. Those are a unit's per-task grants, one per open task (6,742 for a unit at 100,000 open cases), which
 * PostgreSQL pairs row by row with each variable: 650 ms of a 700 ms page. A person who may read a task reads its
 * variables, the case's among them (Camunda's own rule for {@code TaskService#getVariables}), so that second check
 * finds nothing to take away and is skipped for this one query of this one request. Every other query keeps its check.
 */
final class TaskPageVariables {

    /** Tasklist's copy of the REST API and the REST API itself: a filter's page. */
    private static final Pattern FILTER_PAGE = Pattern.compile("(/camunda/api/engine/engine/[^/]+|/engine-rest)/filter/[^/]+/list");
    private static final ThreadLocal<Boolean> PAGE = ThreadLocal.withInitial(() -> false);
    private static final Field SCOPES;

    static {
        try {
            SCOPES = VariableInstanceQueryImpl.class.getDeclaredField("variableScopeIds");
            SCOPES.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's variable query has no variableScopeIds", e);
        }
    }

    private TaskPageVariables() {
    }

    /** Marks the request for a filter's page while it is served. */
    static final class PageRequests extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !FILTER_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            PAGE.set(true);
            try {
                chain.doFilter(request, response);
            } finally {
                PAGE.remove();
            }
        }
    }

    /** Runs the page's variable query (the listed tasks' scopes, the filter's names) without the second check. */
    static final class CardVariables extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!PAGE.get() || !(command instanceof VariableInstanceQueryImpl query) || !cardsOf(query)) {
                return next.execute(command);
            }
            return OwnTaskFilters.withoutCheck(Context.getCommandContext(), () -> next.execute(command));
        }

        /** The query the REST API makes for the cards: by scope and name, nothing else. */
        private static boolean cardsOf(VariableInstanceQueryImpl query) {
            try {
                return SCOPES.get(query) != null && query.getVariableNames() != null && query.getVariableName() == null
                        && query.getVariableNameLike() == null && query.getExecutionIds() == null
                        && query.getProcessInstanceIds() == null && query.getCaseExecutionIds() == null
                        && query.getCaseInstanceIds() == null && query.getVariableId() == null;
            } catch (IllegalAccessException e) {
                return false;
            }
        }
    }
}
