package cn.grassroots.cases.intake;

/**
 * Answer to a successful registration: the case number and the query code the reporter follows the case with (both
 * on the receipt, {@code receipt}).
 */
public record RegisteredIssue(String caseNumber, String processInstanceId, String queryCode, String receipt) {
}
