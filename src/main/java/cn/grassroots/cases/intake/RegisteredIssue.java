package cn.grassroots.cases.intake;

/** Answer to a successful registration. */
record RegisteredIssue(String caseNumber, String processInstanceId) {
}
