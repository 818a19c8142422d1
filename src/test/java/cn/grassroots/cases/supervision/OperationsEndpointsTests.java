package cn.grassroots.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * What operators watch: {@code /actuator/health} for anyone (status and its parts, no details) and
 * {@code /actuator/prometheus} for administrators and the supervision office, with the cases by unit.
 */
@GrassrootsTest
class OperationsEndpointsTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void healthAnswersWithoutALoginAndNamesItsParts() {
        ResponseEntity<JsonNode> health = rest.getForEntity("/actuator/health", JsonNode.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        // UP even while a holiday calendar a deadline needs is missing, as it is for 2027 in the tests: it works
        assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
        JsonNode parts = health.getBody().path("components");
        assertThat(parts.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(parts.path("processEngine").path("status").asText()).isEqualTo("UP");
        assertThat(parts.has("jobExecutor")).as("Camunda's job executor part; the tests switch the executor off")
                .isFalse();
        assertThat(parts.path("processEngine").has("details")).as("no details without a login").isFalse();
        assertThat(health.getBody().toString()).doesNotContain("missingYears");
    }

    @Test
    void healthShowsItsDetailsToALoggedInPersonOnly() {
        JsonNode withLogin = rest.withBasicAuth("handler-roads", "handler-roads")
                .getForEntity("/actuator/health", JsonNode.class).getBody();
        assertThat(withLogin.path("status").asText()).isEqualTo("UP");
        assertThat(withLogin.path("components").path("db").path("details").path("database").asText()).isNotBlank();
        assertThat(withLogin.path("components").path("holidayCalendar").path("details").path("missingYears")
                .toString()).contains("2027");

        ResponseEntity<JsonNode> wrongPassword = rest.withBasicAuth("nobody-probing-health", "not-a-password")
                .getForEntity("/actuator/health", JsonNode.class);
        assertThat(wrongPassword.getStatusCode()).as("a probe is never refused").isEqualTo(HttpStatus.OK);
        assertThat(wrongPassword.getBody().path("components").path("db").has("details")).isFalse();
    }

    @Test
    void prometheusShowsTheCasesByUnitToTheSupervisionOfficeOnly() {
        CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads")
                .fireTimer(Elements.BOUNDARY_RESOLVE_WARNING).fireTimer(Elements.TIMER_RESOLVE_OVERDUE);
        CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-water").accept("handler-water")
                .fireTimer(Elements.BOUNDARY_RESOLVE_WARNING);
        // the gauges read the case watch at most every 10 seconds of the engine's clock
        ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + CaseGauges.FRESH_MILLIS + 1000));

        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("handler-roads", "handler-roads").getForEntity("/actuator/prometheus",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> scrape = rest.withBasicAuth("supervisor", "supervisor")
                .getForEntity("/actuator/prometheus", String.class);

        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody()).contains("grassroots_jobs_due").contains("grassroots_deadline_timers_stopped");
        assertThat(value(scrape.getBody(), "grassroots_cases_overdue", "unit-roads")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape.getBody(), "grassroots_cases_open", "unit-roads")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape.getBody(), "grassroots_cases_escalated", "unit-roads")).as("督办 after the deadline")
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape.getBody(), "grassroots_cases_warned", "unit-water")).isGreaterThanOrEqualTo(1);
        assertThat(scrape.getBody()).contains("unit_name=\"县交通运输局\"");
    }

    private static double value(String scrape, String metric, String unit) {
        return scrape.lines().filter(line -> line.startsWith(metric + "{") && line.contains("unit=\"" + unit + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " for " + unit + " in:\n" + String.join("\n",
                        scrape.lines().filter(line -> line.startsWith("grassroots")).toList())));
    }
}
