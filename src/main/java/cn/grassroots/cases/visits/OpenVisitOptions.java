package cn.grassroots.cases.visits;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.grassroots.cases.intake.VisitsForIssues;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A start form offers the person's open visits. Tasklist gives start forms no variables, so a select whose
 * {@code valuesKey} is {@value #VALUES_KEY} gets its choices written into the form as it is fetched
 * ({@code …/process-definition/…/deployed-start-form}, from the webapps' engine API and the REST API): the visits the
 * person may register issues on now (begun, open, his own unless he works in an office), his own first. Any other form
 * passes untouched.
 */
class OpenVisitOptions extends OncePerRequestFilter {

    static final String VALUES_KEY = "openVisitOptions";
    static final int LIMIT = 200;
    private static final Pattern START_FORM = Pattern.compile(".*/process-definition/.+/deployed-start-form");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VisitQueries queries;
    private final IdentityService identityService;

    OpenVisitOptions(VisitQueries queries, IdentityService identityService) {
        this.queries = queries;
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !START_FORM.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            Authentication person = person(request);
            if (answer.getStatus() == HttpServletResponse.SC_OK && person != null) {
                fill(answer, person);
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    /** Who asks: the REST API's authenticated user, or the webapps' session user. */
    private Authentication person(HttpServletRequest request) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null) {
            return current;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        var authentication = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine("default");
        return authentication instanceof UserAuthentication user
                ? new Authentication(user.getIdentityId(), List.copyOf(user.getGroupIds()), List.copyOf(user.getTenantIds()))
                : null;
    }

    private void fill(ContentCachingResponseWrapper answer, Authentication person) throws IOException {
        JsonNode form;
        try {
            form = JSON.readTree(answer.getContentAsByteArray());
        } catch (IOException notJson) {
            return;
        }
        List<ObjectNode> selects = selects(form.path("components"), new java.util.ArrayList<>());
        if (selects.isEmpty()) {
            return;
        }
        List<VisitSummary> visits = queries.openForRegistration(person, VisitsForIssues.OFFICES, LIMIT);
        for (ObjectNode select : selects) {
            select.remove("valuesKey");
            ArrayNode values = select.putArray("values");
            visits.forEach(visit -> values.addObject().put("label", label(visit, person))
                    .put("value", visit.visitNumber()));
        }
        answer.resetBuffer();
        answer.getOutputStream().write(JSON.writeValueAsBytes(form));
    }

    private static List<ObjectNode> selects(JsonNode components, List<ObjectNode> found) {
        for (JsonNode component : components) {
            if (component instanceof ObjectNode select && VALUES_KEY.equals(component.path("valuesKey").asText())) {
                found.add(select);
            }
            selects(component.path("components"), found);
        }
        return found;
    }

    /** "HD-2026-000008 · 2026-11-28 青山镇人民政府 现场办公：theme", with the cadre's name when it is not his own. */
    private static String label(VisitSummary visit, Authentication person) {
        String date = visit.actualDate() != null ? visit.actualDate() : visit.plannedDate();
        String whose = person.getUserId().equals(visit.cadre()) ? "" : visit.cadreName() + " ";
        return visit.visitNumber() + " · " + date + " " + whose + visit.placeName() + " " + visit.typeName() + "："
                + visit.theme();
    }
}
