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

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;

/**
 * Registrations with more clients than the pool has connections (issue 12: at ten concurrent clients on a pool of ten,
 * every registration held one connection and waited for a second; the pool deadlocked and requests failed after the
 * pool's wait). They now queue for the pool and all get their case number; a request that gets no connection at all
 * is told to come back when the pool's wait is over (10 s in the test profile; HikariCP reads a wait changed at run
 * time only at its next housekeeping, so tests do not change it).
 */
@GrassrootsTest
class IntakeOnAFullPoolTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    private HikariConfigMXBean pool() {
        return ((HikariDataSource) dataSource).getHikariConfigMXBean();
    }

    @Test
    void sixtyFourClientsAtOnceAllGetTheirCaseNumberWithoutGaps() throws Exception {
        int clientCount = Math.max(64, pool().getMaximumPoolSize() * 2);
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        try {
            List<CompletableFuture<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < clientCount; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> EngineHttp.as(rest, "dispatcher")
                        .post("/api/issues", IssueIntakeApiTestData.validIssue()), clients));
            }
            List<String> numbers = new ArrayList<>();
            for (CompletableFuture<ResponseEntity<JsonNode>> answer : answers) {
                ResponseEntity<JsonNode> response = answer.get();
                assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
                numbers.add(response.getBody().get("caseNumber").asText());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(clientCount);
            List<Integer> serials = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                    .sorted().toList();
            assertThat(serials.get(clientCount - 1) - serials.get(0)).as("no gaps between them").isEqualTo(clientCount - 1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aRegistrationThatGetsNoConnectionIsToldToComeBack() throws Exception {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < pool().getMaximumPoolSize(); i++) {
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
