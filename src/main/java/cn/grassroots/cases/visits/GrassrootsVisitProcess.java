package cn.grassroots.cases.visits;

import java.util.Set;

/**
 * Names shared by {@code processes/grassroots-visit.bpmn}, its forms, its listeners and its tests. A visit (下基层活动)
 * is planned, briefed (带着问题下基层), carried out, reported, and followed until every issue raised on it has ended
 * (成果转化). Variable names are part of the contract: forms, filters and API clients rely on them.
 */
public final class GrassrootsVisitProcess {

    public static final String KEY = "GrassrootsVisitProcess";

    private GrassrootsVisitProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_VISIT_PLANNED = "StartEvent_VisitPlanned";
        public static final String TASK_COMPILE_BRIEFING = "Task_CompileBriefing";
        public static final String TASK_CARRY_OUT_VISIT = "Task_CarryOutVisit";
        public static final String BOUNDARY_VISIT_REMINDER = "Boundary_VisitReminder";
        public static final String TASK_REMIND_CADRE = "Task_RemindCadre";
        public static final String BOUNDARY_VISIT_OVERDUE = "Boundary_VisitOverdue";
        public static final String TASK_MARK_VISIT_OVERDUE = "Task_MarkVisitOverdue";
        public static final String TASK_SUPERVISE_VISIT = "Task_SuperviseVisit";
        public static final String TASK_WRITE_REPORT = "Task_WriteReport";
        public static final String BOUNDARY_REPORT_OVERDUE = "Boundary_ReportOverdue";
        public static final String TASK_MARK_REPORT_OVERDUE = "Task_MarkReportOverdue";
        public static final String TASK_SUPERVISE_REPORT = "Task_SuperviseReport";
        public static final String TASK_COUNT_VISIT_ISSUES = "Task_CountVisitIssues";
        public static final String GATEWAY_ISSUES_OPEN = "Gateway_IssuesOpen";
        public static final String GATEWAY_WAIT_FOR_ISSUES = "Gateway_WaitForIssues";
        public static final String EVENT_ISSUE_ENDED = "Event_IssueEnded";
        /** Counts again once a day, in case an issue's message was missed. */
        public static final String TIMER_RECOUNT_ISSUES = "Timer_RecountIssues";
        public static final String TASK_RECORD_RESULTS = "Task_RecordResults";
        public static final String END_VISIT_CLOSED = "End_VisitClosed";

        private Elements() {
        }
    }

    /** The message an issue raised on the visit sends when it ends. */
    public static final String MESSAGE_ISSUE_ENDED = "VisitIssueEnded";

    /** Camunda Form ids. */
    public static final class Forms {
        public static final String PLAN_VISIT = "plan-visit";
        public static final String CARRY_OUT_VISIT = "carry-out-visit";
        public static final String VISIT_REPORT = "visit-report";
        public static final String SUPERVISE_VISIT = "supervise-visit";

        private Forms() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        // plan
        public static final String VISIT_NUMBER = "visitNumber";
        public static final String CADRE = "cadre";
        public static final String VISIT_TYPE = "visitType";
        public static final String PLANNED_DATE = "plannedDate";
        public static final String PLACE = "place";
        public static final String THEME = "theme";
        public static final String ACCOMPANYING_UNITS = "accompanyingUnits";
        public static final String UNANNOUNCED = "unannounced";
        public static final String PLANNED_BY = "plannedBy";
        // what people read instead of ids
        public static final String CADRE_NAME = "cadreName";
        public static final String CADRE_RANK = "cadreRank";
        public static final String PLACE_NAME = "placeName";
        public static final String ACCOMPANYING_UNIT_NAMES = "accompanyingUnitNames";
        // policy
        public static final String REMINDER_GRACE_DAYS = "reminderGraceDays";
        public static final String SUPERVISE_GRACE_DAYS = "superviseGraceDays";
        public static final String REPORT_DAYS = "reportDays";
        // brief
        public static final String BRIEFING_TEXT = "briefingText";
        // carry out
        public static final String ACTUAL_DATE = "actualDate";
        public static final String PEOPLE_MET = "peopleMet";
        public static final String VISIT_SUMMARY = "visitSummary";
        // report
        public static final String REPORT_DUE_DATE = "reportDueDate";
        public static final String REPORT_TEXT = "reportText";
        // supervision
        public static final String VISIT_REMINDED = "visitReminded";
        public static final String VISIT_OVERDUE = "visitOverdue";
        public static final String REPORT_OVERDUE = "reportOverdue";
        public static final String SUPERVISE_NOTE = "superviseNote";
        // results
        public static final String OPEN_ISSUES = "openIssues";
        public static final String ISSUES_RAISED = "issuesRaised";
        public static final String RESULTS_TEXT = "resultsText";

        /** What a plan may carry: the start form's fields. */
        public static final Set<String> PLAN = Set.of(CADRE, VISIT_TYPE, PLANNED_DATE, PLACE, THEME, ACCOMPANYING_UNITS,
                UNANNOUNCED);

        private Variables() {
        }
    }

    /** Where a visit stands, as the register keeps it. */
    public enum Stage {
        /** Planned, not yet carried out. */
        PLANNED,
        /** Carried out, the report not yet filed. */
        AWAITING_REPORT,
        /** Reported; its issues are being followed (成果转化). */
        FOLLOWING_RESULTS,
        /** Every issue ended; the results are recorded. */
        CLOSED
    }
}
