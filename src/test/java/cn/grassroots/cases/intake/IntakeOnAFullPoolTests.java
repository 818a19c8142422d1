package cn.grassroots.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;

/**
 * Registrations on a pool of three connections (issue 12: at ten concurrent clients on a pool of ten, every
 * registration held one connection and waited for a second; the pool deadlocked and requests failed with 500 after
 * the pool's wait). More clients than connections now queue for the pool and all get their case number.
 */
@GrassrootsTest
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.connection-timeout=5000" })
class IntakeOnAFullPoolTests {

    private static final int CLIENTS = 12;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Test
    void moreClientsThanConnectionsAllGetTheirCaseNumber() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<CompletableFuture<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> EngineHttp.as(rest, "dispatcher")
                        .post("/api/issues", IssueIntakeApiTestData.validIssue()), clients));
            }
            List<String> numbers = new ArrayList<>();
            for (CompletableFuture<ResponseEntity<JsonNode>> answer : answers) {
                ResponseEntity<JsonNode> response = answer.get();
                assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
                numbers.add(response.getBody().get("caseNumber").asText());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(CLIENTS);
            List<Integer> serials = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                    .sorted().toList();
            assertThat(serials.get(CLIENTS - 1) - serials.get(0)).as("no gaps between them").isEqualTo(CLIENTS - 1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aRegistrationThatGetsNoConnectionIsToldToComeBack() throws Exception {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                taken.add(dataSource.getConnection());
            }
            ResponseEntity<JsonNode> response = EngineHttp.as(rest, "dispatcher")
                    .post("/api/issues", IssueIntakeApiTestData.validIssue());

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(response.getBody().get("message").asText()).contains("系统繁忙");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }
}
