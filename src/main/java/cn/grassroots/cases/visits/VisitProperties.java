package cn.grassroots.cases.visits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the visits ({@code grassroots.visits.*}); their time limits and quotas are policy data in
 * {@code processes/visit-policy.dmn}.
 *
 * @param numberPrefix  first part of every visit number, e.g. {@code HD} in {@code HD-2026-000001}
 * @param superviseDays working days the supervision office has for a 督促 task
 * @param briefingMonths how far back the briefing looks for closed cases and earlier visits of the place
 */
@ConfigurationProperties("grassroots.visits")
public record VisitProperties(
        @DefaultValue("HD") String numberPrefix,
        @DefaultValue("1") int superviseDays,
        @DefaultValue("12") int briefingMonths) {
}
