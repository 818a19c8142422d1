package cn.grassroots.cases.assistance;

/** Names shared by {@code processes/case-assistance.bpmn}, its form, its listeners and its tests. */
public final class CaseAssistanceProcess {

    public static final String KEY = "CaseAssistanceProcess";
    public static final String FORM = "provide-assistance";

    private CaseAssistanceProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_ASSISTANCE_REQUESTED = "StartEvent_AssistanceRequested";
        public static final String TASK_PROVIDE_ASSISTANCE = "Task_ProvideAssistance";
        public static final String END_ASSISTED = "End_Assisted";

        private Elements() {
        }
    }

    /** Variables of one assistance (the case's facts come along under the issue process's names). */
    public static final class Variables {
        /** The assisting unit's group id: the task's candidate group. */
        public static final String ASSISTING_UNIT = "assistingUnit";
        public static final String ASSISTING_UNIT_NAME = "assistingUnitName";
        /** The issue process instance the part goes back to. */
        public static final String CASE_INSTANCE_ID = "caseInstanceId";
        public static final String ASSISTANCE_NOTE = "assistanceNote";

        private Variables() {
        }
    }
}
