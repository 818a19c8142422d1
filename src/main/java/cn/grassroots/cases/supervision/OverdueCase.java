package cn.grassroots.cases.supervision;

/**
 * One row of the overdue board. {@code daysOverdue} counts calendar days past the deadline (0 if not yet due);
 * {@code stoppedTimer} names a deadline timer of the case that the engine has stopped (its job failed until no retry
 * was left), null when all run; {@code visitNumber} the visit (下基层活动) the case was raised on, if any.
 */
record OverdueCase(String caseNumber, String processInstanceId, String title, String responsibleUnit,
        String unitName, String stage, String dueDate, long daysOverdue, boolean warning, boolean overdue,
        int escalationLevel, String stoppedTimer, String visitNumber) {
}
