package cn.grassroots.cases.handling;

import java.time.LocalDate;

/**
 * A case's deadline was recounted outside its process steps (a holiday calendar arrived): published in the
 * transaction that moved it, so read models (the overdue board's case watch) move with it.
 */
public record CaseDeadlineMoved(String processInstanceId, Stage stage, LocalDate dueDate) {

    /** The stages of a case that have a deadline. */
    public enum Stage {
        SIGN_OFF, RESOLVE
    }
}
