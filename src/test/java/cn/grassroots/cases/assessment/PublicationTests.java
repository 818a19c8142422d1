package cn.grassroots.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.WebappLogin;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.Satisfaction;

/**
 * Publishing an assessment (年度考核): a frozen snapshot that later changes to cases do not alter, versions with
 * reasons, the supervision office alone publishing (also from Cockpit, with the webapps' CSRF token); and the cadres'
 * table from the visits' register and the monthly quota checks. April 2031, a period no other test uses.
 */
@GrassrootsTest
class PublicationTests {

    static final String PERIOD = "from=2031-04-07&to=2031-04-13";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPublishedAssessmentStaysAsPublishedAndIsRepublishedOnlyWithAReason() {
        ClockUtil.setCurrentTime(AssessmentTests.at(2031, 4, 7, 8));
        CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-civil").accept("handler-civil")
                .resolve("handler-civil").approve().callback(Satisfaction.SATISFIED);

        ResponseEntity<JsonNode> published = publish("supervisor", null);
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(published.getBody().path("version").asInt()).isEqualTo(1);
        assertThat(published.getBody().path("publishedByName").asText()).isEqualTo("李强");
        long first = published.getBody().path("id").asLong();
        assertThat(civil(frozen(first)).path("cases").asInt()).isEqualTo(1);

        ClockUtil.setCurrentTime(AssessmentTests.at(2031, 4, 8, 8));
        CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-civil");
        assertThat(civil(EngineHttp.as(rest, "supervisor").get("/api/assessment?" + PERIOD).getBody()).path("cases")
                .asInt()).as("the assessment now").isEqualTo(2);
        assertThat(civil(frozen(first)).path("cases").asInt()).as("as published").isEqualTo(1);

        ResponseEntity<JsonNode> noReason = publish("supervisor", null);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("errors").findValuesAsText("field")).containsExactly("reason");
        ResponseEntity<JsonNode> second = publish("supervisor", "补录4月8日登记的案件");
        assertThat(second.getBody().path("version").asInt()).isEqualTo(2);
        assertThat(civil(frozen(second.getBody().path("id").asLong())).path("cases").asInt()).isEqualTo(2);

        JsonNode versions = EngineHttp.as(rest, "leader").get("/api/assessment/publications").getBody();
        assertThat(versions.findValuesAsText("version")).contains("1", "2");
        for (JsonNode version : versions) {
            if (version.path("from").asText().equals("2031-04-07")) {
                assertThat(version.path("current").asBoolean()).isEqualTo(version.path("version").asInt() == 2);
            }
        }
        ResponseEntity<byte[]> xlsx = EngineHttp.as(rest, "supervisor")
                .bytes("/api/assessment/publications/" + first + ".xlsx");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).contains("第1版");
    }

    @Test
    void onlyTheSupervisionOfficePublishesAndOnlyTheOfficesReadPublications() {
        assertThat(publish("dispatcher", "试").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(publish("handler-roads", "试").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineHttp.as(rest, "handler-roads").get("/api/assessment/publications").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineHttp.as(rest, "supervisor").post("/api/assessment/publications",
                Map.of("from", "2031-04-13", "to", "2031-04-07")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void cockpitPublishesWithTheSessionOnlyWhenItSendsTheCsrfToken() throws Exception {
        WebappLogin cockpit = WebappLogin.as("http://localhost:" + port, "cockpit", "supervisor");
        String body = "{\"from\":\"2031-05-05\",\"to\":\"2031-05-11\",\"reason\":\"从驾驶舱发布\"}";

        HttpResponse<String> withoutToken = cockpit.postJson("/api/assessment/publications", body, false);
        HttpResponse<String> withToken = cockpit.postJson("/api/assessment/publications", body, true);

        assertThat(withoutToken.statusCode()).as("another site's form cannot use the session").isEqualTo(401);
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        assertThat(withToken.body()).contains("\"publishedBy\":\"supervisor\"");
    }

    @Test
    void theCadresTableCountsVisitsByTypeIssuesAndTheQuotaChecks() {
        visit("leader", "PETITION", "2031-04-08");
        visit("leader", "ONSITE", "2031-04-09");
        jdbc.update("""
                INSERT INTO quota_review (period_start, period_end, cadre, cadre_rank, visits, required, behind,
                                          shortfall, reviewed_at)
                VALUES (?, ?, 'secretary-qingshan', 'TOWN_LEADER', 0, 2, TRUE, '4月下基层0次，应不少于2次', ?)""",
                Date.valueOf("2031-04-07"), Date.valueOf("2031-04-13"), Timestamp.valueOf("2031-05-01 07:00:00"));

        JsonNode cadres = EngineHttp.as(rest, "supervisor").get("/api/assessment/cadres?" + PERIOD).getBody();

        JsonNode leader = cadre(cadres, "leader");
        assertThat(leader.path("cadreName").asText()).isEqualTo("张伟");
        assertThat(leader.path("rankName").asText()).isEqualTo("县级领导");
        assertThat(leader.path("visits").asInt()).isEqualTo(2);
        assertThat(leader.path("visitsByType").path("PETITION").asInt()).isEqualTo(1);
        assertThat(leader.path("petitionDays").asInt()).isEqualTo(1);
        assertThat(leader.path("behind").asBoolean()).isFalse();
        JsonNode secretary = cadre(cadres, "secretary-qingshan");
        assertThat(secretary.path("behind").asBoolean()).isTrue();
        assertThat(secretary.path("owedVisits").asInt()).isEqualTo(2);
        assertThat(secretary.path("shortfalls").get(0).asText()).contains("应不少于2次");

        assertThat(EngineHttp.as(rest, "secretary-qingshan").get("/api/assessment/cadres?" + PERIOD).getBody()
                .findValuesAsText("cadre")).containsExactly("secretary-qingshan");
        assertThat(EngineHttp.as(rest, "handler-roads").get("/api/assessment/cadres?" + PERIOD).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> publish(String user, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("from", "2031-04-07", "to", "2031-04-13"));
        if (reason != null) {
            body.put("reason", reason);
        }
        return EngineHttp.as(rest, user).post("/api/assessment/publications", body);
    }

    private JsonNode frozen(long id) {
        return EngineHttp.as(rest, "supervisor").get("/api/assessment/publications/" + id).getBody();
    }

    private static JsonNode civil(JsonNode assessment) {
        for (JsonNode unit : assessment.path("units")) {
            if (unit.path("unit").asText().equals("unit-civil")) {
                return unit;
            }
        }
        throw new AssertionError("no civil affairs bureau in " + assessment);
    }

    private static JsonNode cadre(JsonNode cadres, String id) {
        for (JsonNode cadre : cadres) {
            if (cadre.path("cadre").asText().equals(id)) {
                return cadre;
            }
        }
        throw new AssertionError("no " + id);
    }

    private void visit(String cadre, String type, String date) {
        jdbc.update("""
                INSERT INTO visit_register (visit_number, process_instance_id, cadre, cadre_rank, visit_type,
                    planned_date, place, theme, unannounced, planned_at, stage, actual_date, people_met, reminded,
                    overdue, report_overdue)
                VALUES (?, 'none', ?, 'COUNTY_LEADER', ?, ?, 'unit-town-qingshan', '考核', FALSE, ?, 'CLOSED', ?, 10,
                    FALSE, FALSE, FALSE)""",
                "PT-" + type + "-" + date, cadre, type, Date.valueOf(date),
                Timestamp.valueOf(LocalDate.parse(date).atStartOfDay()), Date.valueOf(date));
    }
}
