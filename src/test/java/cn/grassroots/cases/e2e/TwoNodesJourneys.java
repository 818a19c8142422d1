package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * Two nodes of the packaged application on one PostgreSQL database, as a county runs them behind a load balancer
 * (Camunda's homogeneous cluster: both run the job executor; webapp sessions in the database). One node is killed
 * in the middle of an escalation storm: the handler who was logged in on it carries on on the other node without
 * logging in again, and every overdue timer still fires exactly once (those the dead node had locked, after the lock
 * expires).
 */
@EnabledIfSystemProperty(named = "e2e.datasource.url", matches = "jdbc:postgresql:.*",
        disabledReason = "two nodes share a PostgreSQL database (mvn verify -Pe2e,postgres)")
class TwoNodesJourneys {

    static final int CASES = 60;
    static final String UNIT = "unit-land";
    static final String HANDLER = "handler-land";
    /**
     * The nodes lock jobs for 15 s instead of application.yaml's 60 s, so that the journey waits less for the jobs the
     * dead node held; the takeover is the same.
     */
    static final String JOB_LOCK = "--camunda.bpm.job-execution.lock-time-in-millis=15000";
    static final Duration STORM_PATIENCE = Duration.ofMinutes(3);

    @RegisterExtension
    @Order(1)
    static final PackagedApp nodeA = new PackagedApp("node-a", JOB_LOCK);
    @RegisterExtension
    @Order(2)
    static final PackagedApp nodeB = new PackagedApp("node-b", JOB_LOCK);

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNodeDiesInAnEscalationStormTheHandlerStaysLoggedInAndEveryCaseIsEscalatedOnce() throws Exception {
        List<String> cases = casesAtResolutionInBothNodes();
        EngineRest admin = new EngineRest(nodeB.baseUrl());
        String overdueTimers = admin.get(EngineRest.ADMIN, "/engine-rest/job-definition?processDefinitionKey="
                + "IssueHandlingProcess&activityIdIn=" + Elements.TIMER_RESOLVE_OVERDUE, 200).get(0).get("id").asText();
        browser = new Browser(nodeA.baseUrl()).login("tasklist", HANDLER);
        browser.waitForText("本单位待办");

        // every deadline passes at once: the overdue timers are held, made due, and released together
        admin.suspendJobs(overdueTimers, true);
        for (String instanceId : cases) {
            admin.dueNow(admin.pendingJob(instanceId, Elements.TIMER_RESOLVE_OVERDUE).get("id").asText());
        }
        admin.suspendJobs(overdueTimers, false);
        Browser.await(() -> escalated(cases) > 0, "the first escalation");
        nodeA.kill();
        long escalatedWhenKilled = escalated(cases);

        browser.via(nodeB.baseUrl()).go("/camunda/app/tasklist/default/");
        browser.waitForText("本单位待办").waitForText("宅基地确权迟迟未办");
        assertThat(browser.texts("input[ng-model='username']")).as("no login form on node B").isEmpty();
        browser.screenshot("two-nodes-handler-on-node-b");

        Instant killed = Instant.now();
        Instant deadline = killed.plus(STORM_PATIENCE);
        while (escalated(cases) < CASES && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000); // polling node B's job executor, not waiting for a timer
        }
        System.out.printf("two nodes: %d cases; node A killed at %d escalated; node B had all %d after %d s%n", CASES,
                escalatedWhenKilled, escalated(cases), Duration.between(killed, Instant.now()).toSeconds());
        assertThat(escalatedWhenKilled).as("node A was killed while the storm was under way").isLessThan(CASES);
        assertThat(escalated(cases)).as("every case escalated by node B").isEqualTo(CASES);
        assertThat(query("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = '" + Elements.TIMER_RESOLVE_OVERDUE
                + "' AND proc_inst_id_ IN (" + in(cases) + ")")).as("each overdue timer fired exactly once")
                .isEqualTo(CASES);
        assertThat(query("SELECT COUNT(*) FROM escalation_event WHERE kind = 'OVERDUE' AND process_instance_id IN ("
                + in(cases) + ")")).isEqualTo(CASES);
        assertThat(query("SELECT COUNT(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL")).as("failed jobs")
                .isZero();
    }

    /** Cases of the land bureau waiting at 办理, registered and sorted through both nodes alike. */
    private List<String> casesAtResolutionInBothNodes() throws Exception {
        ExecutorService clerks = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                EngineRest node = new EngineRest(i % 2 == 0 ? nodeA.baseUrl() : nodeB.baseUrl());
                Map<String, Object> facts = Journeys.roadsIssue("宅基地确权迟迟未办 " + i, "村民反映宅基地确权登记两年未办结。");
                started.add(clerks.submit(() -> {
                    String instanceId = node.sortedTo(facts, UNIT).get("processInstanceId").asText();
                    node.signedOffBy(instanceId, HANDLER);
                    return instanceId;
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : started) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            clerks.shutdownNow();
        }
    }

    private static long escalated(List<String> cases) {
        return query("SELECT COUNT(*) FROM case_watch WHERE overdue AND escalation_level >= 1 AND process_instance_id IN ("
                + in(cases) + ")");
    }

    private static String in(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }

    private static long query(String sql) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("e2e.datasource.url"),
                System.getProperty("e2e.datasource.username"), System.getProperty("e2e.datasource.password", ""));
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
