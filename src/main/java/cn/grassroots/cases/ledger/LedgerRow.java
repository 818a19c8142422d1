package cn.grassroots.cases.ledger;

/**
 * One case of the ledger as the API and the exports show it: codes for machines beside the words people read
 * ({@code …Name}); times as {@code yyyy-MM-dd HH:mm} and days as {@code yyyy-MM-dd} in the county's time zone.
 * {@code overdue}: open past its deadline, or resolved after it. {@code highestLevel}: 0 none, 1 督查室督办,
 * 2 领导挂牌督办, 3 通报批评.
 */
public record LedgerRow(String caseNumber, String title, String channel, String channelName, String category,
        String categoryName, String urgency, String urgencyName, String location, String place, String placeName,
        String town, String townName, String visitNumber, String cadre, String cadreName, String responsibleUnit,
        String responsibleUnitName, String responsiblePerson, String responsiblePersonName, String resolutionPath,
        String resolutionPathName, String status, String statusName, boolean resolvedOnSpot, String registeredBy,
        String registeredAt, String sortedAt, String signedOffAt, Boolean signedOffOnTime, String resolvedAt,
        Boolean resolvedOnTime, String resolvedBy, String reviewedAt, String callbackAt, String closedAt,
        String originalDueDate, String dueDate, int extensionDays, int returnCount, int sendBackCount,
        int reopenCount, int highestLevel, String highestLevelName, int superviseCount, int leaderCount,
        int noticeCount, String satisfaction, String satisfactionName, String outcome, String outcomeName,
        boolean overdue) {

    /** The words for the ledger's statuses. */
    public static final java.util.Map<String, String> STATUS_NAMES = java.util.Map.of("TO_SORT", "待分办", "SIGN_OFF",
            "待签收", "RESOLVING", "办理中", "PAUSED", "已中止", "REVIEW", "待审核", "CALLBACK", "待回访", "CLOSED", "已办结", "MERGED", "已并单");
    static final String[] LEVEL_NAMES = {"无", "督查室督办", "领导挂牌督办", "通报批评"};
}
