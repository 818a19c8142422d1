package cn.grassroots.cases.supervision;

/**
 * A step of the escalation ladder was recorded for a case (once per case, kind and deadline), published in the
 * transaction that took it, so read models (the ledger) count it with the step.
 */
public record CaseEscalated(String processInstanceId, EscalationKind kind, int level) {
}
