package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

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

/**
 * Issue 9, item 6: ten wrong passwords locked an account until an administrator unlocked it, so anybody could keep
 * anybody out. Failed logins now only delay the next ones, per user and per client address, for a bounded time; the
 * administrator is told.
 */
@GrassrootsTest
class LoginThrottleTests {

    static final String BOARD = "/api/supervision/overdue-cases";

    @Autowired
    LoginThrottle throttle;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void onAFixedClock() {
        throttle.forgetAll();
        ClockUtil.setCurrentTime(new Date());
    }

    @AfterEach
    void forgetTheFailures() {
        throttle.forgetAll();
        ClockUtil.reset();
    }

    @Test
    void wrongPasswordsDelayAUserForABoundedTimeAndNeverLockItForGood() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(login("supervisor", "guess-" + attempt).getStatusCode()).as("attempt " + attempt)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        for (int attempt = 7; attempt <= 15; attempt++) {
            assertThat(login("supervisor", "guess-" + attempt).getStatusCode()).as("attempt " + attempt)
                    .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
        ResponseEntity<String> delayed = login("supervisor", "supervisor");
        assertThat(delayed.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(delayed.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(delayed.getBody()).contains("LOGIN_DELAYED");

        later(61);

        assertThat(login("supervisor", "supervisor").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDelayedUserDoesNotKeepColleaguesOut() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            login("supervisor", "guess-" + attempt);
        }
        assertThat(login("supervisor", "supervisor").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(login("dispatcher", "dispatcher").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void guessingAcrossUsersFromOneAddressDelaysThatAddress() {
        for (int user = 1; user <= 21; user++) {
            assertThat(login("someone-" + user, "guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(login("dispatcher", "dispatcher").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        later(301);

        assertThat(login("dispatcher", "dispatcher").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theAdministratorIsToldAndOnlyTheAdministrator() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            login("leader", "guess-" + attempt);
        }

        JsonNode alerts = EngineHttp.as(rest, "demo").get("/api/security/login-alerts").getBody();
        assertThat(alerts.get(0).path("kind").asText()).isEqualTo("USER");
        assertThat(alerts.get(0).path("userId").asText()).isEqualTo("leader");
        assertThat(alerts.get(0).path("failures").asInt()).isEqualTo(6);
        assertThat(EngineHttp.as(rest, "dispatcher").get("/api/security/login-alerts").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> login(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity(BOARD, String.class);
    }

    private static void later(int seconds) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
    }
}
