package cn.grassroots.cases.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down repeated failed logins per user and per client address, with a bounded delay, instead of Camunda's
 * permanent lock after ten failures (issue 9: anyone could lock any account for good, user ids being predictable).
 * When a user or an address starts being delayed, the administrator is told: a warning in the log and a row in
 * {@code login_alert}. Counts live in this node's memory (a second node counts its own); time is the engine's clock.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final LoginProperties properties;
    private final JdbcTemplate jdbc;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    /** The data source, not the application's JdbcTemplate: this is built with the engine, before Flyway. */
    LoginThrottle(LoginProperties properties, DataSource dataSource) {
        this.properties = properties;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** How long a login of this user from this address must still wait; zero when it may be tried now. */
    public Duration wait(String userId, String address) {
        Instant now = now();
        Duration user = remaining(users.get(userId), properties.freeFailuresPerUser(), properties.maxDelayPerUser(), now);
        Duration client = address == null ? Duration.ZERO : remaining(addresses.get(address),
                properties.freeFailuresPerAddress(), properties.maxDelayPerAddress(), now);
        return user.compareTo(client) >= 0 ? user : client;
    }

    void failed(String userId, String address) {
        Instant now = now();
        forgetOldWhenFull(now);
        int byUser = count(users, userId, now);
        if (byUser == properties.freeFailuresPerUser() + 1) {
            alert("USER", userId, address, byUser);
        }
        if (address != null) {
            int byAddress = count(addresses, address, now);
            if (byAddress == properties.freeFailuresPerAddress() + 1) {
                alert("ADDRESS", userId, address, byAddress);
            }
        }
    }

    void succeeded(String userId) {
        users.remove(userId);
    }

    /** For tests that provoke throttling: start from nothing. */
    void forgetAll() {
        users.clear();
        addresses.clear();
    }

    private int count(Map<String, Failures> failures, String key, Instant now) {
        return failures.merge(key, new Failures(1, now), (old, one) -> stale(old, now)
                ? one : new Failures(old.count() + 1, now)).count();
    }

    private Duration remaining(Failures failures, int free, Duration max, Instant now) {
        if (failures == null || failures.count() <= free || stale(failures, now)) {
            return Duration.ZERO;
        }
        int over = Math.min(failures.count() - free - 1, 30);
        Duration delay = Duration.ofSeconds(1L << over);
        Instant until = failures.last().plus(delay.compareTo(max) > 0 ? max : delay);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private boolean stale(Failures failures, Instant now) {
        return failures.last().plus(properties.window()).isBefore(now);
    }

    private void forgetOldWhenFull(Instant now) {
        if (users.size() + addresses.size() > MAX_TRACKED) {
            users.values().removeIf(failures -> stale(failures, now));
            addresses.values().removeIf(failures -> stale(failures, now));
        }
    }

    private void alert(String kind, String userId, String address, int failures) {
        LOG.warn("Login throttled ({}): {} failed logins, user '{}', client address {}; further logins are delayed",
                kind, failures, userId, address);
        jdbc.update("INSERT INTO login_alert (occurred_at, kind, user_id, client_address, failures) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(now()), kind, userId, address, failures);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
