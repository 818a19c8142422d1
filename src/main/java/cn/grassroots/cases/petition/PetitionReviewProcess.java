package cn.grassroots.cases.petition;

/** Names of {@code processes/petition-review.bpmn}: one request for 复查 or 复核 of a closed petition case. */
public final class PetitionReviewProcess {

    public static final String KEY = "PetitionReviewProcess";
    public static final String DECISION = "PetitionReviewPolicy";

    private PetitionReviewProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_REVIEW_REQUESTED = "StartEvent_ReviewRequested";
        public static final String TASK_CHECK_REQUEST = "Task_CheckRequest";
        public static final String TASK_INFORM_REFUSAL = "Task_InformRefusal";
        public static final String END_REFUSED = "End_Refused";
        public static final String SUB_PROCESS_REVIEW = "SubProcess_Review";
        public static final String TASK_DECIDE_REVIEW = "Task_DecideReview";
        public static final String TIMER_REVIEW_OVERDUE = "Timer_ReviewOverdue";
        public static final String TASK_SUPERVISE_REVIEW = "Task_SuperviseReview";
        public static final String END_DECIDED = "End_Decided";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String CASE_NUMBER = "originalCaseNumber";
        public static final String STAGE = "reviewStage";
        public static final String STAGE_NAME = "reviewStageName";
        public static final String REQUESTED_ON = "requestedOn";
        public static final String REQUEST_REASON = "requestReason";
        public static final String REGISTERED_BY = "reviewRegisteredBy";
        public static final String REVIEW_NUMBER = "reviewNumber";
        public static final String ADMISSIBLE = "admissible";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String INFORM_NOTE = "informNote";
        public static final String REVIEWING_UNIT = "reviewingUnit";
        public static final String DUE_DATE = "reviewDueDate";
        public static final String ORIGINAL_REPLY = "originalReply";
        public static final String PREVIOUS_OPINION = "previousOpinion";
        public static final String DECISION = "reviewDecision";
        public static final String OPINION = "reviewOpinion";
        public static final String SUPERVISE_NOTE = "superviseNote";

        private Variables() {
        }
    }

    /** 复查 or 复核. */
    public enum Stage {
        REVIEW("复查"), RECHECK("复核");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
