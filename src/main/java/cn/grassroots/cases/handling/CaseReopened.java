package cn.grassroots.cases.handling;

/**
 * A closed case was reopened under its case number as a new process instance (回头看未通过, or 并单 undone): published in the
 * transaction that reopened it, so the read models keyed by process instance (ledger, case watch, reporter registry)
 * follow the case to its new instance.
 */
public record CaseReopened(String caseNumber, String previousProcessInstanceId, String processInstanceId,
        Why why) {

    /** Why the case runs again. */
    public enum Why {
        /** 回头看未通过: back to its unit, a false closure. */
        LOOK_BACK_FAILED,
        /** Taken out of the case it was merged into: back to sorting. */
        UNMERGED
    }
}
