package cn.grassroots.cases.intake;

/**
 * What an API client may read back about a case it registered: {@code place} the town or village it is about,
 * {@code visitNumber} the visit it was raised on (both may be null).
 */
record IssueSummary(String caseNumber, String processInstanceId, String title, String status, String outcome,
        String responsibleUnit, String dueDate, String place, String visitNumber) {
}
