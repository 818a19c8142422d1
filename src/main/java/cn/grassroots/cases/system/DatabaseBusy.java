package cn.grassroots.cases.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that got no database connection (every connection taken for longer than the pool's wait, or the database
 * unreachable) is told to come back, 503 with {@code Retry-After} and a Chinese message, not that the server failed:
 * its transaction never began, nothing was written, and the client may simply send it again. Outermost, so that a
 * login check that found no connection (the first thing a request needs) answers the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseBusy extends OncePerRequestFilter {

    /** Seconds a client is asked to wait before sending the request again. */
    static final String RETRY_AFTER_SECONDS = "5";
    static final String MESSAGE = "系统繁忙，请稍后重试（本次请求未被处理）。";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!noConnection(e) || response.isCommitted()) {
                throw e;
            }
            logger.warn("No database connection for " + request.getMethod() + " " + request.getRequestURI()
                    + ": answered 503 (" + rootCause(e) + ")");
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"code\":\"DATABASE_BUSY\",\"message\":\"" + MESSAGE + "\"}");
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Whether {@code e} comes from a pool that had no connection to give. */
    static boolean noConnection(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
