package cn.grassroots.cases.system;

import java.io.IOException;
import java.sql.ResultSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * One line per call of an API (the application's, the engine's REST API and its webapp copy, Open311, the reporter's
 * pages), in {@code key=value} form: method, path, status, milliseconds, the user where known, and the case number
 * where there is one — in the path or query, or, for work on a task, the case the task belongs to. The case number is
 * also in the logging context ({@code caseNumber}) while the request runs, so the engine's and the application's own
 * lines for it carry it too. Static files of the webapps are not logged. Passwords, bodies and reporters' identities
 * never are.
 */
class RequestLog extends OncePerRequestFilter {

    static final String CASE_NUMBER = "caseNumber";
    private static final Logger LOG = LoggerFactory.getLogger("grassroots.requests");
    private static final Pattern CASE = Pattern.compile("\\b[A-Z]{1,8}-\\d{4}-\\d{6}\\b");
    private static final Pattern TASK_WORK = Pattern.compile(".*/task/([0-9a-fA-F-]{8,64})/[a-z-]+");
    private static final Set<String> LOGGED = Set.of("/api/", "/engine-rest/", "/camunda/api/", "/open311/",
            "/public/cases", "/receipt/", "/reporter/", "/actuator/");

    private final JdbcTemplate jdbc;

    RequestLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LOGGED.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        String caseNumber = caseNumberOf(request);
        if (caseNumber != null) {
            MDC.put(CASE_NUMBER, caseNumber);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info("request method={} path={} status={} ms={} user={} case={}", request.getMethod(),
                    request.getRequestURI(), response.getStatus(), (System.nanoTime() - started) / 1_000_000,
                    userOf(request), caseNumber == null ? "-" : caseNumber);
            MDC.remove(CASE_NUMBER);
        }
    }

    private String caseNumberOf(HttpServletRequest request) {
        Matcher inPath = CASE.matcher(request.getRequestURI() + "?" + (request.getQueryString() == null ? ""
                : request.getQueryString()));
        if (inPath.find()) {
            return inPath.group();
        }
        Matcher task = TASK_WORK.matcher(request.getRequestURI());
        if (!task.matches() || "GET".equals(request.getMethod())) {
            return null; // only a change to a task is worth a look-up
        }
        // one indexed look-up, no authorization check: the number is for the log, the request itself is checked
        return jdbc.query("""
                SELECT e.BUSINESS_KEY_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_
                WHERE t.ID_ = ?""", (ResultSet rs) -> rs.next() ? rs.getString(1) : null, task.group(1));
    }

    /** The webapp session's user, else the user named by HTTP basic (as sent: a 401 shows it was refused). */
    private static String userOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                Authentication user = AuthenticationUtil.getAuthsFromSession(session)
                        .getAuthenticationForProcessEngine("default");
                if (user != null) {
                    return user.getIdentityId();
                }
            } catch (IllegalStateException loggedOut) {
                return "-"; // the request ended the session (a logout)
            }
        }
        return BasicCredentials.of(request).map(BasicCredentials::userId).orElse("-");
    }
}
