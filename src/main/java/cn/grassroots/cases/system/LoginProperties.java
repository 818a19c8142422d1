package cn.grassroots.cases.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are slowed down ({@code grassroots.security.login.*}). After the free failures, each further
 * attempt waits twice as long as the one before (1 s, 2 s, 4 s, …), up to the maximum; a success, or a quiet
 * {@code window}, starts over. Nothing is ever locked for good.
 *
 * @param freeFailuresPerUser    failed logins of one user (from anywhere) before that user's logins are delayed
 * @param maxDelayPerUser        the longest a user's next login is delayed
 * @param freeFailuresPerAddress failed logins from one client address (any users) before its logins are delayed
 * @param maxDelayPerAddress     the longest an address's next login is delayed
 * @param window                 failures older than this are forgotten
 */
@ConfigurationProperties("grassroots.security.login")
public record LoginProperties(
        @DefaultValue("5") int freeFailuresPerUser,
        @DefaultValue("60s") Duration maxDelayPerUser,
        @DefaultValue("20") int freeFailuresPerAddress,
        @DefaultValue("5m") Duration maxDelayPerAddress,
        @DefaultValue("15m") Duration window) {
}
