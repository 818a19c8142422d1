package cn.grassroots.cases.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * The visits over HTTP (the contract of issue 10): planning, reading with issues and briefing, registering issues on
 * a visit, and 四不两直 kept from the visited place until the visit has taken place.
 */
@GrassrootsTest
class VisitApiTests {

    static final String MONDAY = "2026-12-07";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void onAFixedMonday() {
        ClockUtil.setCurrentTime(GrassrootsVisitProcessTests.at(2026, 12, 7, 8, 0, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCountyLeaderPlansHisOwnVisitAndReadsItBack() {
        ResponseEntity<JsonNode> planned = plan("leader", onsiteInQingshan(MONDAY));

        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = planned.getBody().path("visitNumber").asText();
        assertThat(number).matches("HD-2026-\\d{6}");
        assertThat(planned.getBody().path("processInstanceId").asText()).isNotBlank();
        JsonNode visit = as("leader").get("/api/visits/" + number).getBody().path("visit");
        assertThat(visit.path("cadreName").asText()).isEqualTo("张伟");
        assertThat(visit.path("typeName").asText()).isEqualTo("现场办公");
        assertThat(visit.path("placeName").asText()).isEqualTo("青山镇人民政府");
        assertThat(visit.path("status").asText()).isEqualTo("DUE_TODAY");
        assertThat(visit.path("accompanyingUnitNames").get(0).asText()).isEqualTo("县水利局");
        assertThat(as("supervisor").get("/api/visits?cadre=leader&type=ONSITE").getBody().findValuesAsText("visitNumber"))
                .contains(number);
    }

    @Test
    void aBadPlanIsAnswered400NamingEveryBadFieldAndStartsNothing() {
        Map<String, Object> bad = new HashMap<>(Map.of("cadre", "leader", "type", "TWITTER", "plannedDate", "2020-01-01",
                "place", "unit-roads", "accompanyingUnits", List.of("unit-nowhere")));
        long before = visits();

        ResponseEntity<JsonNode> refused = plan("leader", bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("type",
                "plannedDate", "place", "theme", "accompanyingUnits");
        assertThat(visits()).isEqualTo(before);
    }

    @Test
    void cadresPlanTheirOwnVisitsTheOfficesForAnyCadreNobodyElse() {
        assertThat(plan("head-roads", onsiteInQingshan(MONDAY)).getBody().path("errors").findValuesAsText("field"))
                .as("a department head planning for the county leader").containsExactly("cadre");
        assertThat(plan("supervisor", onsiteInQingshan(MONDAY)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(plan("dispatcher", onsiteInQingshan(MONDAY)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plan("handler-qingshan", onsiteInQingshan(MONDAY)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void issuesRaisedOnAVisitAreRegisteredWithItAndShownWithIt() {
        String number = plan("leader", onsiteInQingshan(MONDAY)).getBody().path("visitNumber").asText();
        Map<String, Object> issue = IssueIntakeApiTestData.validIssue();
        issue.remove("channel");
        issue.put("visitNumber", number);

        ResponseEntity<JsonNode> registered = as("leader").post("/api/issues", issue);

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = registered.getBody().path("caseNumber").asText();
        JsonNode summary = as("dispatcher").get("/api/issues/" + caseNumber).getBody();
        assertThat(summary.path("visitNumber").asText()).isEqualTo(number);
        assertThat(summary.path("place").asText()).isEqualTo("unit-town-qingshan");
        assertThat(as("leader").get("/api/visits/" + number).getBody().path("issues").findValuesAsText("caseNumber"))
                .containsExactly(caseNumber);
        String next = plan("leader", onsiteInQingshan("2026-12-08")).getBody().path("visitNumber").asText();
        assertThat(as("leader").get("/api/visits/" + next + "/briefing").getBody().path("openCases")
                .findValuesAsText("caseNumber")).as("the next visit to the place is briefed on it").contains(caseNumber);
    }

    @Test
    void anIssueNamesAnOpenVisitThatHasBegunOfTheRegisteringCadre() {
        String today = plan("leader", onsiteInQingshan(MONDAY)).getBody().path("visitNumber").asText();
        String tomorrow = plan("leader", onsiteInQingshan("2026-12-08")).getBody().path("visitNumber").asText();

        assertThat(refusedField("leader", "HD-2026-999999")).isEqualTo("visitNumber");
        assertThat(refusedField("leader", tomorrow)).isEqualTo("visitNumber");
        assertThat(refusedField("head-roads", today)).as("another cadre's visit").isEqualTo("visitNumber");
        Map<String, Object> issue = IssueIntakeApiTestData.validIssue();
        issue.put("visitNumber", today);
        assertThat(as("dispatcher").post("/api/issues", issue).getStatusCode()).as("the offices register for any visit")
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theRegistrationFormOffersTheVisitsThePersonMayRegisterIssuesOn() {
        String today = plan("leader", onsiteInQingshan(MONDAY)).getBody().path("visitNumber").asText();
        String tomorrow = plan("leader", onsiteInQingshan("2026-12-08")).getBody().path("visitNumber").asText();
        Map<String, Object> roadsVisit = onsiteInQingshan(MONDAY);
        roadsVisit.put("cadre", "head-roads");
        String roads = plan("head-roads", roadsVisit).getBody().path("visitNumber").asText();
        Map<String, Object> secret = onsiteInQingshan(MONDAY);
        secret.put("cadre", "leader-liu");
        secret.put("unannounced", true);
        String unannounced = plan("leader-liu", secret).getBody().path("visitNumber").asText();

        List<String> leaders = offeredVisits("leader");
        assertThat(leaders).as("a county leader, also in the leaders' office").contains(today, roads, unannounced)
                .doesNotContain(tomorrow);
        assertThat(leaders.indexOf(today)).as("his own first").isLessThan(leaders.indexOf(roads));
        assertThat(offeredVisits("head-roads")).as("a department head: his own only").contains(roads)
                .doesNotContain(today, tomorrow, unannounced);
        assertThat(offeredVisits("dispatcher")).as("the dispatch office: any, but not a secret one before it took place")
                .contains(today, roads).doesNotContain(tomorrow, unannounced);
        assertThat(visitField("head-roads").path("values").get(0).path("label").asText())
                .startsWith(roads).contains("青山镇人民政府", "现场办公", "农村饮水安全现场办公");
        assertThat(visitField("dispatcher").path("values").findValuesAsText("label"))
                .as("another cadre's visit names its cadre").anyMatch(label -> label.startsWith(today + " · ")
                        && label.contains("张伟"));
    }

    private List<String> offeredVisits(String user) {
        return visitField(user).path("values").findValuesAsText("value");
    }

    private JsonNode visitField(String user) {
        ResponseEntity<JsonNode> form = as(user)
                .get("/engine-rest/process-definition/key/IssueHandlingProcess/deployed-start-form");
        assertThat(form.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        for (JsonNode component : form.getBody().path("components")) {
            if ("visitNumber".equals(component.path("key").asText())) {
                assertThat(component.has("valuesKey")).isFalse();
                return component;
            }
        }
        throw new AssertionError("no visitNumber field in the registration form");
    }

    @Test
    void anUnannouncedVisitIsHiddenFromTheVisitedPlaceUntilItHasTakenPlace() {
        Map<String, Object> secret = onsiteInQingshan(MONDAY);
        secret.put("cadre", "leader-liu");
        secret.put("unannounced", true);
        secret.put("accompanyingUnits", List.of());
        String number = plan("leader-liu", secret).getBody().path("visitNumber").asText();
        String instance = as("leader-liu").get("/api/visits/" + number).getBody().path("visit")
                .path("processInstanceId").asText();

        for (String outsider : new String[] {"handler-qingshan", "dispatcher", "secretary-qingshan"}) {
            EngineHttp person = as(outsider);
            assertThat(person.get("/api/visits/" + number).getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(person.get("/api/visits/" + number + "/briefing").getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(person.get("/api/visits?place=unit-town-qingshan").getBody().findValuesAsText("visitNumber"))
                    .as(outsider).doesNotContain(number);
            assertThat(person.get("/engine-rest/process-instance?businessKey=" + number).getBody()).as(outsider).isEmpty();
            assertThat(person.get("/engine-rest/history/process-instance?processInstanceId=" + instance).getBody())
                    .as(outsider).isEmpty();
            assertThat(person.get("/engine-rest/task?processInstanceId=" + instance).getBody()).as(outsider).isEmpty();
            assertThat(person.get("/engine-rest/history/variable-instance?processInstanceId=" + instance).getBody())
                    .as(outsider).isEmpty();
        }
        for (String office : new String[] {"supervisor", "leader"}) {
            assertThat(as(office).get("/api/visits/" + number).getStatusCode()).as(office).isEqualTo(HttpStatus.OK);
            assertThat(as(office).get("/engine-rest/process-instance?businessKey=" + number).getBody()).as(office)
                    .hasSize(1);
        }

        VisitDriverFor.carryOut(engine, instance, "leader-liu", MONDAY);

        assertThat(as("handler-qingshan").get("/api/visits/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("dispatcher").get("/api/visits/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String refusedField(String registeringUser, String visitNumber) {
        Map<String, Object> issue = IssueIntakeApiTestData.validIssue();
        issue.put("visitNumber", visitNumber);
        ResponseEntity<JsonNode> refused = as(registeringUser).post("/api/issues", issue);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return refused.getBody().path("errors").get(0).path("field").asText();
    }

    private ResponseEntity<JsonNode> plan(String user, Map<String, Object> body) {
        return as(user).post("/api/visits", body);
    }

    private EngineHttp as(String user) {
        return EngineHttp.as(rest, user);
    }

    private long visits() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(GrassrootsVisitProcess.KEY).count();
    }

    static Map<String, Object> onsiteInQingshan(String plannedDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadre", "leader");
        body.put("type", "ONSITE");
        body.put("plannedDate", plannedDate);
        body.put("place", "unit-town-qingshan");
        body.put("theme", "农村饮水安全现场办公");
        body.put("accompanyingUnits", List.of("unit-water"));
        body.put("unannounced", false);
        return body;
    }

    /** Carries out a visit found by its instance, as its cadre. */
    static final class VisitDriverFor {
        static void carryOut(ProcessEngine engine, String instanceId, String cadre, String date) {
            var task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
            cn.grassroots.cases.handling.CaseDriver.authenticate(engine, cadre);
            try {
                engine.getTaskService().complete(task.getId(), Map.of(GrassrootsVisitProcess.Variables.ACTUAL_DATE, date,
                        GrassrootsVisitProcess.Variables.PEOPLE_MET, 12,
                        GrassrootsVisitProcess.Variables.VISIT_SUMMARY, "不打招呼直奔东街，查看供水管网并走访群众。"));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
    }
}
