package cn.grassroots.cases.handling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the issue-handling process ({@code grassroots.handling.*}).
 *
 * @param caseNumberPrefix  first part of every case number, e.g. {@code SX} in {@code SX-2026-000123}
 * @param maxReopens        how often a dissatisfied reporter may reopen a case before it closes unresolved
 * @param dueSoonDays       the Tasklist filter 即将到期 shows tasks due within this many days
 * @param officeDays        working days the offices have for their own tasks (a task that arrives today is due at
 *                          the end of the N-th working day after today)
 */
@ConfigurationProperties("grassroots.handling")
public record HandlingProperties(
        @DefaultValue("SX") String caseNumberPrefix,
        @DefaultValue("2") int maxReopens,
        @DefaultValue("3") int dueSoonDays,
        @DefaultValue OfficeDays officeDays) {

    /**
     * @param sort              分办交办 by the dispatch office
     * @param review            审核办理结果 by the dispatch office
     * @param callback          回访评价 (the day after, as 12345 hotlines do)
     * @param supervise         督促签收, 督办 and 通报批评 by the supervision office (催办 the day after the deadline)
     * @param leaderEscalation  领导挂牌督办
     * @param explainUnresolved 未解决办结说明 by the dispatch office
     */
    public record OfficeDays(
            @DefaultValue("1") int sort,
            @DefaultValue("2") int review,
            @DefaultValue("1") int callback,
            @DefaultValue("1") int supervise,
            @DefaultValue("3") int leaderEscalation,
            @DefaultValue("2") int explainUnresolved) {
    }
}
