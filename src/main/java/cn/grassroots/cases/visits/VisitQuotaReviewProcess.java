package cn.grassroots.cases.visits;

/** Names of {@code processes/visit-quota-review.bpmn}: the monthly check of the cadres' visit quotas (常态长效). */
public final class VisitQuotaReviewProcess {

    public static final String KEY = "VisitQuotaReviewProcess";
    /** Starts a check now ({@code POST /api/visits/quota-reviews}, for the supervision office). */
    public static final String MESSAGE_REVIEW_REQUESTED = "VisitQuotaReviewRequested";

    private VisitQuotaReviewProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_MONTH_BEGINS = "StartEvent_MonthBegins";
        public static final String TIMER_FIRST_WORKING_DAY = "Timer_FirstWorkingDay";
        public static final String START_REVIEW_REQUESTED = "StartEvent_ReviewRequested";
        public static final String TASK_CHECK_QUOTAS = "Task_CheckQuotas";
        public static final String TASK_URGE_VISITS = "Task_UrgeVisits";
        public static final String END_CADRES_URGED = "End_CadresUrged";
        public static final String END_ALL_ON_QUOTA = "End_AllOnQuota";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String PERIOD_START = "periodStart";
        public static final String PERIOD_END = "periodEnd";
        public static final String REVIEW_PERIOD = "reviewPeriod";
        public static final String BEHIND_COUNT = "behindCount";
        public static final String BEHIND_TEXT = "behindText";
        public static final String URGE_NOTE = "urgeNote";

        private Variables() {
        }
    }
}
