package cn.grassroots.cases.handling;

import java.time.LocalDate;

/**
 * The clock of a case stopped ({@code paused} true, {@code dueDate} the deadline as it stood) or started again
 * ({@code paused} false, {@code dueDate} the deadline moved by the paused working days): published in the transaction
 * that did it, so the ledger and the overdue board follow.
 */
public record CasePaused(String processInstanceId, String caseNumber, boolean paused, LocalDate dueDate,
        int pausedDays, String reason) {
}
