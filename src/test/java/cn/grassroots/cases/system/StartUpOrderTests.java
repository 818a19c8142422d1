package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import cn.grassroots.cases.FreshDatabase;
import cn.grassroots.cases.GrassrootsCasesApplication;
import cn.grassroots.cases.SeparateStart;

/**
 * What must be done before the web server accepts its first connection, on an empty database: a production start (no
 * demo profile) without an administrator is refused before anything is served, so nobody can reach Camunda's
 * first-administrator setup meanwhile; and a start that goes on serves only once the organisation, its grants and the
 * Tasklist filters are in place (people were refused for ~20 s after the port opened).
 */
class StartUpOrderTests {

    @Test
    void aFirstStartWithoutAnAdministratorIsRefusedBeforeTheWebServerServes() {
        List<Integer> portsServed = new ArrayList<>();
        try (FreshDatabase database = FreshDatabase.create()) {
            SpringApplicationBuilder production = new SpringApplicationBuilder(GrassrootsCasesApplication.class)
                    .profiles("test")
                    .listeners((ApplicationListener<WebServerInitializedEvent>) served ->
                            portsServed.add(served.getWebServer().getPort()));

            assertThatThrownBy(() -> SeparateStart.run(production, database))
                    .hasStackTraceContaining("There is no administrator");
        }
        assertThat(portsServed).as("ports opened before the refusal").isEmpty();
    }

    @Test
    void aProductionStartLateInTheYearGoesOnWithoutNextYearsHolidayCalendarAndSaysSo() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 10, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
        SpringApplicationBuilder production = new SpringApplicationBuilder(GrassrootsCasesApplication.class)
                .profiles("test");
        try (FreshDatabase database = FreshDatabase.create();
                ConfigurableApplicationContext started = SeparateStart.run(production, database,
                        "--camunda.bpm.admin-user.id=county-admin",
                        "--camunda.bpm.admin-user.password=r7-Qy!lake-Zenith-42")) {
            HealthComponent calendar = started.getBean(HealthEndpoint.class).healthForPath("holidayCalendar");
            assertThat(calendar.getStatus().getCode()).isEqualTo("UP");
            assertThat(((org.springframework.boot.actuate.health.Health) calendar).getDetails().get("missingYears"))
                    .isEqualTo(java.util.List.of(2027));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theOrganisationItsGrantsAndFiltersAreInPlaceWhenTheFirstConnectionIsAccepted() {
        Map<String, Long> seenWhenServing = new HashMap<>();
        SpringApplicationBuilder demo = new SpringApplicationBuilder(GrassrootsCasesApplication.class)
                .profiles("test", "demo")
                .listeners((ApplicationListener<WebServerInitializedEvent>) served -> {
                    ProcessEngine engine = served.getApplicationContext().getBean(ProcessEngine.class);
                    seenWhenServing.put("dispatcher",
                            engine.getIdentityService().createUserQuery().userId("dispatcher").count());
                    seenWhenServing.put("grants",
                            engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("dispatch").count());
                    seenWhenServing.put("filters", engine.getFilterService().createFilterQuery().count());
                });
        try (FreshDatabase database = FreshDatabase.create();
                ConfigurableApplicationContext started = SeparateStart.run(demo, database)) {
            assertThat(started.isRunning()).isTrue();
        }
        assertThat(seenWhenServing).containsEntry("dispatcher", 1L);
        assertThat(seenWhenServing.get("grants")).isPositive();
        assertThat(seenWhenServing.get("filters")).isPositive();
    }
}
