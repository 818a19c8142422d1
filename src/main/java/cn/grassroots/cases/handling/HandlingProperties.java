package cn.grassroots.cases.handling;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the issue-handling process ({@code grassroots.handling.*}).
 *
 * @param timeZone         zone in which deadlines are counted and days end
 * @param caseNumberPrefix first part of every case number, e.g. {@code SX} in {@code SX-2026-000123}
 * @param maxReopens       how often a dissatisfied reporter may reopen a case before it closes unresolved
 */
@ConfigurationProperties("grassroots.handling")
public record HandlingProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("SX") String caseNumberPrefix,
        @DefaultValue("2") int maxReopens) {
}
