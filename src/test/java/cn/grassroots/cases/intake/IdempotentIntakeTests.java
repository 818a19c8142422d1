package cn.grassroots.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;

/**
 * A client that did not get its answer sends the registration again with the same {@code Idempotency-Key}: it gets the
 * first case back and never a second one, also when the retries race.
 */
@GrassrootsTest
class IdempotentIntakeTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstCase() {
        Map<String, Object> issue = issue("retry");
        String key = "retry-" + System.nanoTime();

        ResponseEntity<JsonNode> first = post(issue, key);
        ResponseEntity<JsonNode> retry = post(issue, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(cases(issue)).isEqualTo(1);
        assertThat(post(issue, key + "-other").getStatusCode()).as("a new key is a new case")
                .isEqualTo(HttpStatus.CREATED);
        assertThat(cases(issue)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() {
        String key = "reuse-" + System.nanoTime();
        Map<String, Object> first = issue("reuse-a");
        Map<String, Object> other = issue("reuse-b");
        post(first, key);

        ResponseEntity<JsonNode> reused = post(other, key);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(cases(other)).isZero();
    }

    @Test
    void aRefusedRegistrationKeepsNoKeySoTheCorrectedOneGoesThrough() {
        String key = "fix-" + System.nanoTime();
        Map<String, Object> broken = issue("fix");
        broken.remove("title");
        assertThat(post(broken, key).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(post(issue("fix"), key).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void racingRetriesWithOneKeyCreateExactlyOneCase() throws Exception {
        Map<String, Object> issue = issue("race");
        String key = "race-" + System.nanoTime();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return post(issue, key);
            }));
        }
        start.countDown();
        List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(cases(issue)).isEqualTo(1);
        assertThat(responses).allMatch(response -> response.getStatusCode().is2xxSuccessful());
        assertThat(responses.stream().filter(response -> response.getStatusCode() == HttpStatus.CREATED)).hasSize(1);
        assertThat(responses.stream().map(response -> response.getBody().path("caseNumber").asText()).distinct())
                .hasSize(1);
    }

    @Test
    void anUnusableKeyIsRefusedByName() {
        ResponseEntity<JsonNode> answer = post(issue("bad-key"), "x".repeat(101));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
    }

    private static Map<String, Object> issue(String tag) {
        Map<String, Object> issue = new HashMap<>(IssueIntakeApiTests.validIssue());
        issue.put("title", "重复提交测试 " + tag + " " + System.nanoTime());
        return issue;
    }

    private int cases(Map<String, Object> issue) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_ledger WHERE title = ?", Integer.class,
                issue.get("title"));
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> issue, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return rest.withBasicAuth("dispatcher", "dispatcher").exchange("/api/issues", HttpMethod.POST,
                new HttpEntity<>(issue, headers), JsonNode.class);
    }
}
