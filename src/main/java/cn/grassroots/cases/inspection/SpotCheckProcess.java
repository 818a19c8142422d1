package cn.grassroots.cases.inspection;

/** Names of {@code processes/spot-check.bpmn}: a random spot check of cases closed as resolved (不定期抽查, 回头看). */
public final class SpotCheckProcess {

    public static final String KEY = "SpotCheckProcess";
    /** Starts the engine's next check, which waits for its random moment. */
    public static final String MESSAGE_SCHEDULED = "SpotCheckScheduled";

    private SpotCheckProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_BY_SUPERVISION = "StartEvent_StartedBySupervision";
        public static final String START_SCHEDULED = "StartEvent_Scheduled";
        public static final String TIMER_RANDOM_MOMENT = "Timer_RandomMoment";
        public static final String TASK_DRAW_SAMPLE = "Task_DrawSample";
        public static final String TASK_LOOK_BACK = "Task_LookBack";
        public static final String TASK_RECORD_FINDINGS = "Task_RecordFindings";
        public static final String TASK_SCHEDULE_NEXT = "Task_ScheduleNext";
        public static final String END_CHECKED = "End_Checked";
        public static final String END_NEXT_SCHEDULED = "End_NextScheduled";

        private Elements() {
        }
    }

    /** Process variables (task-local where said). */
    public static final class Variables {
        public static final String PERIOD_FROM = "checkPeriodFrom";
        public static final String PERIOD_TO = "checkPeriodTo";
        public static final String SHARE_PERCENT = "sharePercent";
        public static final String STARTED_BY = "checkStartedBy";
        /** The engine's own check: when it comes (the random moment) and that it was scheduled. */
        public static final String DUE_AT = "checkDueAt";
        public static final String SCHEDULED = "checkScheduled";
        public static final String CHECK_NUMBER = "checkNumber";
        public static final String SAMPLED_CASES = "sampledCases";
        public static final String SAMPLE_SIZE = "sampleSize";
        /** The element variable of the 回头看 tasks: one sampled case number each. */
        public static final String SAMPLED_CASE = "sampledCase";
        public static final String REALLY_SOLVED = "reallySolved";
        public static final String LOOK_BACK_METHOD = "lookBackMethod";
        public static final String LOOK_BACK_FINDINGS = "lookBackFindings";
        public static final String FINDINGS = "checkFindings";

        private Variables() {
        }
    }
}
