package cn.grassroots.cases.inspection;

/** Names of {@code processes/supervision-campaign.bpmn}: a special campaign (专项督查) on a category and/or place. */
public final class SupervisionCampaignProcess {

    public static final String KEY = "SupervisionCampaignProcess";

    private SupervisionCampaignProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_CAMPAIGN_OPENED = "StartEvent_CampaignOpened";
        public static final String TASK_TAG_CASES = "Task_TagCases";
        public static final String TIMER_CAMPAIGN_ENDS = "Timer_CampaignEnds";
        public static final String TASK_TAG_NEW_CASES = "Task_TagNewCases";
        public static final String TASK_WRITE_REPORT = "Task_WriteReport";
        public static final String END_CAMPAIGN_CLOSED = "End_CampaignClosed";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String TITLE = "campaignTitle";
        public static final String CATEGORY = "campaignCategory";
        public static final String PLACE = "campaignPlace";
        public static final String PERIOD_FROM = "campaignFrom";
        public static final String PERIOD_TO = "campaignTo";
        public static final String OPENED_BY = "campaignOpenedBy";
        public static final String CAMPAIGN_NUMBER = "campaignNumber";
        public static final String PROGRESS = "campaignProgress";
        public static final String REPORT = "campaignReport";

        private Variables() {
        }
    }
}
