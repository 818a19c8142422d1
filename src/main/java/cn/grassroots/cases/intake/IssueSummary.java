package cn.grassroots.cases.intake;

/** What an API client may read back about a case it registered. */
record IssueSummary(String caseNumber, String processInstanceId, String title, String status, String outcome,
        String responsibleUnit, String dueDate) {
}
