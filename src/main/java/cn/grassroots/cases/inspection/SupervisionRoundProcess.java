package cn.grassroots.cases.inspection;

/** Names of {@code processes/supervision-round.bpmn}: the monthly supervision round (月度督查通报, 整改反馈). */
public final class SupervisionRoundProcess {

    public static final String KEY = "SupervisionRoundProcess";
    /** Compiles the round now ({@code POST /api/notices/rounds}, for the supervision office). */
    public static final String MESSAGE_ROUND_REQUESTED = "SupervisionRoundRequested";

    private SupervisionRoundProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_MONTH_BEGINS = "StartEvent_MonthBegins";
        public static final String TIMER_FIRST_WORKING_DAY = "Timer_FirstWorkingDay";
        public static final String START_ROUND_REQUESTED = "StartEvent_RoundRequested";
        public static final String TASK_COMPILE_MONTH = "Task_CompileMonth";
        public static final String TASK_PUBLISH_NOTICE = "Task_PublishNotice";
        public static final String SUB_PROCESS_RECTIFICATION = "SubProcess_Rectification";
        public static final String TASK_RECTIFICATION_FEEDBACK = "Task_RectificationFeedback";
        public static final String TIMER_FEEDBACK_LATE = "Timer_FeedbackLate";
        public static final String TASK_MARK_FEEDBACK_LATE = "Task_MarkFeedbackLate";
        public static final String TASK_SUPERVISE_FEEDBACK = "Task_SuperviseFeedback";
        public static final String END_FEEDBACK_RECEIVED = "End_FeedbackReceived";
        public static final String END_NO_UNIT_NAMED = "End_NoUnitNamed";
        public static final String END_ROUND_CLOSED = "End_RoundClosed";

        private Elements() {
        }
    }

    /** Process variables (task-local where said). */
    public static final class Variables {
        public static final String PERIOD_FROM = "roundPeriodFrom";
        public static final String PERIOD_TO = "roundPeriodTo";
        public static final String ROUND_PERIOD = "roundPeriod";
        public static final String ROUND_FIGURES = "roundFigures";
        public static final String NOTICE_TITLE = "noticeTitle";
        public static final String NOTICE_TEXT = "noticeText";
        /** The units named in the notice (unit group ids), proposed by the compilation and chosen by the office. */
        public static final String NAMED_UNITS = "namedUnits";
        /** The units the compilation found under the thresholds, as select options (label and value). */
        public static final String UNIT_OPTIONS = "roundUnitOptions";
        public static final String NOTICE_NUMBER = "noticeNumber";
        public static final String FEEDBACK_UNIT = "feedbackUnit";
        public static final String FEEDBACK_DUE = "feedbackDue";
        public static final String RECTIFICATION_REPORT = "rectificationReport";
        public static final String SUPERVISE_NOTE = "superviseNote";

        private Variables() {
        }
    }
}
