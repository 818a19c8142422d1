package cn.grassroots.cases.handling;

/**
 * A closed case was reopened under its case number as a new process instance (回头看未通过): published in the
 * transaction that reopened it, so the read models keyed by process instance (ledger, case watch, reporter registry)
 * follow the case to its new instance.
 */
public record CaseReopened(String caseNumber, String previousProcessInstanceId, String processInstanceId) {
}
