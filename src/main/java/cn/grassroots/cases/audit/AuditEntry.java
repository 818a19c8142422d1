package cn.grassroots.cases.audit;

import java.time.OffsetDateTime;

/**
 * One line of a case's audit trail.
 *
 * @param at     when it happened
 * @param action REGISTERED, COMPLETE, CLAIM, ASSIGN, ESCALATED, VIEWED_REPORTER, CLOSED, … (Camunda's operation types are kept)
 * @param step   the task or escalation step, in Chinese as users see it
 * @param userId who did it; {@code null} for the engine's own timers
 */
public record AuditEntry(OffsetDateTime at, String action, String step, String userId) {
}
