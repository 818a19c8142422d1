package cn.grassroots.cases.handling;

import java.util.Set;

/**
 * Names shared by {@code processes/issue-handling.bpmn}, its forms, its delegates and its tests, so that no
 * string literal is repeated. Variable names are part of the system's contract: forms, filters, reports and
 * API clients rely on them.
 */
public final class IssueHandlingProcess {

    public static final String KEY = "IssueHandlingProcess";
    public static final String RESOURCE = "processes/issue-handling.bpmn";
    /** A spot check (回头看) found a case closed as resolved not really solved: the case comes back to its unit. */
    public static final String MESSAGE_LOOK_BACK_FAILED = "CaseFailedLookBack";
    /** A merged case (并单) is taken out of its master before the master closes: it goes back to sorting. */
    public static final String MESSAGE_UNMERGED = "CaseUnmerged";

    private IssueHandlingProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String START_ISSUE_REGISTERED = "StartEvent_IssueRegistered";
        public static final String GATEWAY_RESOLVED_ON_SPOT = "Gateway_ResolvedOnSpot";
        public static final String TASK_APPLY_DEADLINE_POLICY = "Task_ApplyDeadlinePolicy";
        public static final String TASK_SORT_ISSUE = "Task_SortIssue";
        public static final String TASK_ACCEPT_ISSUE = "Task_AcceptIssue";
        public static final String GATEWAY_ACCEPTED_BY_UNIT = "Gateway_AcceptedByUnit";
        public static final String SUB_PROCESS_SIGN_OFF = "SubProcess_SignOff";
        public static final String TIMER_SIGN_OFF_OVERDUE = "Timer_SignOffOverdue";
        public static final String TASK_MARK_SIGN_OFF_OVERDUE = "Task_MarkSignOffOverdue";
        public static final String TASK_SUPERVISE_SIGN_OFF = "Task_SuperviseSignOff";
        public static final String SUB_PROCESS_RESOLVE = "SubProcess_Resolve";
        public static final String TASK_RESOLVE_ISSUE = "Task_ResolveIssue";
        public static final String GATEWAY_EXTENSION_REQUESTED = "Gateway_ExtensionRequested";
        public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
        public static final String GATEWAY_EXTENSION_APPROVED = "Gateway_ExtensionApproved";
        public static final String TASK_EXTEND_DEADLINE = "Task_ExtendDeadline";
        /** On 办理 itself: re-armed whenever the unit gets the task back, e.g. after an extension. */
        public static final String BOUNDARY_RESOLVE_WARNING = "Boundary_ResolveWarning";
        public static final String TASK_RECORD_WARNING = "Task_RecordWarning";
        public static final String TIMER_RESOLVE_OVERDUE = "Timer_ResolveOverdue";
        public static final String TASK_MARK_OVERDUE = "Task_MarkOverdue";
        public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
        public static final String TIMER_LEADER_ESCALATION = "Timer_LeaderEscalation";
        public static final String TASK_ESCALATE_TO_LEADERS = "Task_EscalateToLeaders";
        public static final String TASK_LEADER_ESCALATION = "Task_LeaderEscalation";
        public static final String TIMER_PUBLIC_NOTICE = "Timer_PublicNotice";
        public static final String GATEWAY_NOTICE_IN_POLICY = "Gateway_NoticeInPolicy";
        public static final String END_NO_NOTICE_IN_POLICY = "End_NoNoticeInPolicy";
        public static final String TASK_MARK_PUBLIC_NOTICE = "Task_MarkPublicNotice";
        public static final String TASK_ISSUE_PUBLIC_NOTICE = "Task_IssuePublicNotice";
        public static final String END_PUBLIC_NOTICE_ISSUED = "End_PublicNoticeIssued";
        public static final String TASK_REVIEW_RESOLUTION = "Task_ReviewResolution";
        public static final String GATEWAY_RESOLUTION_APPROVED = "Gateway_ResolutionApproved";
        public static final String TASK_CALLBACK = "Task_Callback";
        public static final String GATEWAY_SATISFACTION = "Gateway_Satisfaction";
        public static final String GATEWAY_HOW_RESOLVED = "Gateway_HowResolved";
        public static final String GATEWAY_REOPEN_ALLOWED = "Gateway_ReopenAllowed";
        public static final String TASK_REOPEN_CASE = "Task_ReopenCase";
        public static final String GATEWAY_REOPEN_TARGET = "Gateway_ReopenTarget";
        public static final String TASK_EXPLAIN_UNRESOLVED = "Task_ExplainUnresolved";
        public static final String END_ISSUE_RESOLVED = "End_IssueResolved";
        public static final String END_RESOLVED_ON_SPOT = "End_ResolvedOnSpot";
        public static final String END_CLOSED_UNRESOLVED = "End_ClosedUnresolved";
        public static final String TASK_APPROVE_PAUSE = "Task_ApprovePause";
        public static final String GATEWAY_PAUSE_APPROVED = "Gateway_PauseApproved";
        /** The case is paused (中止计时): the unit resumes the clock when what it waited for has come. */
        public static final String TASK_RESUME_CLOCK = "Task_ResumeClock";
        public static final String BOUNDARY_PAUSE_LIMIT_REACHED = "Boundary_PauseLimitReached";
        public static final String GATEWAY_MERGE = "Gateway_MergeIntoOpenCase";
        public static final String TASK_MERGE_CASE = "Task_MergeCase";
        public static final String END_MERGED = "End_Merged";
        public static final String START_UNMERGED = "StartEvent_Unmerged";
        public static final String TASK_UNMERGE_CASE = "Task_UnmergeCase";
        public static final String START_LOOK_BACK_FAILED = "StartEvent_LookBackFailed";
        public static final String TASK_REOPEN_AFTER_LOOK_BACK = "Task_ReopenAfterLookBack";

        private Elements() {
        }
    }

    /** Camunda Form ids, equal to the {@code camunda:formRef} of the element that shows them. */
    public static final class Forms {
        public static final String REGISTER_ISSUE = "register-issue";
        public static final String SORT_ISSUE = "sort-issue";
        public static final String ACCEPT_ISSUE = "accept-issue";
        public static final String RESOLVE_ISSUE = "resolve-issue";
        public static final String REVIEW_RESOLUTION = "review-resolution";
        public static final String CALLBACK = "callback";
        public static final String CLOSE_UNRESOLVED = "close-unresolved";
        public static final String APPROVE_EXTENSION = "approve-extension";
        public static final String SUPERVISE_OVERDUE = "supervise-overdue";
        public static final String LEADER_ESCALATION = "leader-escalation";
        public static final String ISSUE_PUBLIC_NOTICE = "issue-public-notice";
        public static final String APPROVE_PAUSE = "approve-pause";
        public static final String RESUME_CLOCK = "resume-clock";

        private Forms() {
        }
    }

    /** Candidate groups that are fixed in the model (unit groups come from {@link Variables#RESPONSIBLE_UNIT}). */
    public static final class Groups {
        public static final String DISPATCH = "dispatch";
        public static final String SUPERVISION = "supervision";
        public static final String LEADERS = "leaders";
        /** Heads of units: approve their units' extension requests. */
        public static final String HEADS = "heads";
        /** Camunda's administrators. */
        public static final String ADMINISTRATORS = "camunda-admin";
        /** The offices that work on every case (and every visit's issues); units and cadres see their own. */
        public static final Set<String> OFFICES = Set.of(DISPATCH, SUPERVISION, LEADERS, ADMINISTRATORS);
        /** Identity-service group type of the responsible units, whose ids start with {@code unit-}. */
        public static final String UNIT_GROUP_TYPE = "UNIT";

        private Groups() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        // registration (collect)
        public static final String CASE_NUMBER = "caseNumber";
        public static final String TITLE = "title";
        public static final String DESCRIPTION = "description";
        public static final String CHANNEL = "channel";
        public static final String CATEGORY = "category";
        public static final String URGENCY = "urgency";
        public static final String LOCATION = "location";
        /** The town or village (unit group id) the issue is about, beside the free-text location. */
        public static final String PLACE = "place";
        /** The visit (下基层活动, e.g. HD-2026-000001) on which the issue was raised, if any. */
        public static final String VISIT_NUMBER = "visitNumber";
        public static final String REPORTER_NAME = "reporterName";
        public static final String REPORTER_PHONE = "reporterPhone";
        public static final String RESOLVED_ON_SPOT = "resolvedOnSpot";
        /** 检举控告: the reporter is never revealed to a unit. */
        public static final String ACCUSATION = "accusation";
        public static final String REGISTERED_BY = "registeredBy";
        public static final String REGISTERED_AT = "registeredAt";
        /**
         * The deadline policy's decision for the case, as one JSON text ({@code DeadlineRules}): its unit, limits and
         * ladder. {@code maxExtensionDays} stays a variable of its own, for the forms. Cases registered before it was
         * kept this way carry the decision as the eight variables below, which are still read.
         */
        public static final String DEADLINE_POLICY = "deadlinePolicy";
        // the deadline policy's decision, one variable each (cases registered before deadlinePolicy)
        public static final String POLICY_UNIT = "policyUnit";
        public static final String LIMIT_DAYS = "limitDays";
        public static final String LIMIT_DAY_TYPE = "limitDayType";
        public static final String SIGN_OFF_DAYS = "signOffDays";
        public static final String SIGN_OFF_DAY_TYPE = "signOffDayType";
        public static final String WARNING_LEAD_DAYS = "warningLeadDays";
        public static final String ESCALATION_GRACE_DAYS = "escalationGraceDays";
        public static final String MAX_EXTENSION_DAYS = "maxExtensionDays";
        /** Days after the leader escalation until 通报批评; null when the policy has no such level. */
        public static final String NOTICE_GRACE_DAYS = "noticeGraceDays";
        // deadlines enforced by timers
        public static final String SIGN_OFF_DUE_DATE = "signOffDueDate";
        /** The day the sign-off limit is counted from (the deadline is {@code signOffDays} after it). */
        public static final String SIGN_OFF_COUNTED_FROM = "signOffCountedFrom";
        /**
         * The day the handling deadline is counted from, and the days counted before extensions: {@code dueDate} is
         * {@code deadlineBaseDays + totalExtensionDays} days after it. The policy's proposal counts {@code limitDays}
         * from the day of sorting; a date the dispatcher chose counts 0 days from itself. Kept so that the deadline can
         * be counted again when a holiday calendar arrives.
         */
        public static final String DEADLINE_COUNTED_FROM = "deadlineCountedFrom";
        public static final String DEADLINE_BASE_DAYS = "deadlineBaseDays";
        public static final String WARNING = "warning";
        public static final String OVERDUE = "overdue";
        public static final String ESCALATION_LEVEL = "escalationLevel";
        /** The escalation level in words (未督办, 督查室督办, …), as forms and Tasklist cards show it. */
        public static final String ESCALATION_LEVEL_NAME = "escalationLevelName";
        public static final String SUPERVISE_NOTE = "superviseNote";
        public static final String COMMITMENT_DATE = "commitmentDate";
        public static final String LEADER_INSTRUCTION = "leaderInstruction";
        public static final String NOTICE_TEXT = "noticeText";
        // extension
        public static final String REQUEST_EXTENSION = "requestExtension";
        public static final String EXTENSION_DAYS = "extensionDays";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String EXTENSION_APPROVED = "extensionApproved";
        public static final String EXTENSION_DECISION_NOTE = "extensionDecisionNote";
        /** Who asked for the extension: never the one who decides it. */
        public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
        public static final String TOTAL_EXTENSION_DAYS = "totalExtensionDays";
        /** Who decides the unit's extension request, in words (its heads by name, or 督查室), shown in 办理. */
        public static final String EXTENSION_APPROVER = "extensionApprover";
        /** The deadline that approving the pending request would set, shown in 审批延期申请. */
        public static final String EXTENDED_DUE_DATE = "extendedDueDate";
        // sort
        public static final String RESPONSIBLE_UNIT = "responsibleUnit";
        /** The responsible unit's name, as forms and Tasklist cards show it. */
        public static final String RESPONSIBLE_UNIT_NAME = "responsibleUnitName";
        public static final String RESPONSIBLE_PERSON = "responsiblePerson";
        public static final String RESOLUTION_PATH = "resolutionPath";
        public static final String DUE_DATE = "dueDate";
        public static final String SORT_NOTE = "sortNote";
        /** 协办单位: units that assist the responsible unit (their group ids, a list chosen in the sort form). */
        public static final String ASSISTING_UNITS = "assistingUnits";
        /** The assisting units' parts, each with the unit and day, for the responsible unit's 办理 and the review. */
        public static final String ASSISTANCE_NOTES = "assistanceNotes";
        /** The units a case can be given to, as Camunda Forms select options (JSON list of label and value). */
        public static final String UNIT_OPTIONS = "unitOptions";
        // accept or return
        public static final String ACCEPTED = "accepted";
        public static final String RETURN_REASON = "returnReason";
        /** Times units returned the case (退单); absent until the first return. */
        public static final String RETURN_COUNT = "returnCount";
        /** The unit that returned the case last (退单): not proposed again as the policy's unit. */
        public static final String RETURNED_BY_UNIT = "returnedByUnit";
        public static final String RETURNED_BY_UNIT_NAME = "returnedByUnitName";
        // resolve and review
        public static final String RESOLUTION = "resolution";
        public static final String MEASURES_TAKEN = "measuresTaken";
        /** Whether a unit handled the case (not resolved on the spot); absent until the unit submits. */
        public static final String UNIT_HANDLED = "unitHandled";
        public static final String APPROVED = "approved";
        public static final String SEND_BACK_REASON = "sendBackReason";
        /** Times the review sent the resolution back (退回重办); absent until the first. */
        public static final String SEND_BACK_COUNT = "sendBackCount";
        // callback and close
        public static final String SATISFACTION = "satisfaction";
        public static final String CALLBACK_NOTE = "callbackNote";
        /** Times the case was handled again after a dissatisfied callback (重办); absent until the first. */
        public static final String REOPEN_COUNT = "reopenCount";
        /** The reopen limit as a case registered before {@code ReopenLimit} read the settings carries it. */
        public static final String MAX_REOPENS = "maxReopens";
        public static final String CLOSING_NOTE = "closingNote";
        public static final String OUTCOME = "outcome";
        public static final String CLOSED_AT = "closedAt";
        // merging (并单): the open case this one is merged into; the sort form's similar open cases
        public static final String MERGE_INTO = "mergeInto";
        public static final String SIMILAR_CASES = "similarCases";
        public static final String MERGE_OPTIONS = "mergeOptions";
        // pausing the clock (中止计时)
        public static final String REQUEST_PAUSE = "requestPause";
        public static final String PAUSE_REASON = "pauseReason";
        public static final String PAUSE_APPROVED = "pauseApproved";
        public static final String PAUSE_DECISION_NOTE = "pauseDecisionNote";
        public static final String PAUSED_SINCE = "pausedSince";
        /** Working days paused over the case's life: the policy caps them. */
        public static final String TOTAL_PAUSED_DAYS = "totalPausedDays";
        /** Working days paused since the current deadline was counted: they move it on (absent until a pause). */
        public static final String DEADLINE_PAUSED_DAYS = "deadlinePausedDays";
        public static final String MAX_PAUSED_DAYS = "maxPausedDays";
        public static final String RESUME_NOTE = "resumeNote";
        // 回头看 (spot check): the case was closed as resolved but found not solved, and reopened
        public static final String LOOK_BACK_FAILED = "lookBackFailed";
        public static final String LOOK_BACK_NOTE = "lookBackNote";
        public static final String LOOK_BACK_CHECK_NUMBER = "lookBackCheckNumber";

        /** Every variable the process knows; forms may only bind these keys. */
        public static final Set<String> ALL = Set.of(CASE_NUMBER, TITLE, DESCRIPTION, CHANNEL, CATEGORY, URGENCY,
                LOCATION, PLACE, VISIT_NUMBER, REPORTER_NAME, REPORTER_PHONE, RESOLVED_ON_SPOT, ACCUSATION, REGISTERED_BY, REGISTERED_AT, DEADLINE_POLICY, POLICY_UNIT,
                LIMIT_DAYS, LIMIT_DAY_TYPE, SIGN_OFF_DAYS, SIGN_OFF_DAY_TYPE, WARNING_LEAD_DAYS, ESCALATION_GRACE_DAYS,
                MAX_EXTENSION_DAYS, SIGN_OFF_DUE_DATE, SIGN_OFF_COUNTED_FROM, DEADLINE_COUNTED_FROM, DEADLINE_BASE_DAYS,
                WARNING, OVERDUE, ESCALATION_LEVEL, ESCALATION_LEVEL_NAME, SUPERVISE_NOTE,
                COMMITMENT_DATE, LEADER_INSTRUCTION, NOTICE_GRACE_DAYS, NOTICE_TEXT, REQUEST_EXTENSION, EXTENSION_DAYS, EXTENSION_REASON,
                EXTENSION_APPROVED, EXTENSION_DECISION_NOTE, EXTENSION_REQUESTED_BY, TOTAL_EXTENSION_DAYS, EXTENSION_APPROVER, EXTENDED_DUE_DATE, RESPONSIBLE_UNIT,
                RESPONSIBLE_UNIT_NAME, RESPONSIBLE_PERSON, ASSISTING_UNITS, ASSISTANCE_NOTES, RESOLUTION_PATH, DUE_DATE, SORT_NOTE, UNIT_OPTIONS, ACCEPTED, RETURN_REASON, RETURN_COUNT, RETURNED_BY_UNIT, RETURNED_BY_UNIT_NAME,
                RESOLUTION, MEASURES_TAKEN, UNIT_HANDLED, APPROVED, SEND_BACK_REASON, SEND_BACK_COUNT, SATISFACTION,
                CALLBACK_NOTE, REOPEN_COUNT, MAX_REOPENS, CLOSING_NOTE, OUTCOME, CLOSED_AT, LOOK_BACK_FAILED,
                LOOK_BACK_NOTE, LOOK_BACK_CHECK_NUMBER, MERGE_INTO, SIMILAR_CASES, MERGE_OPTIONS, REQUEST_PAUSE, PAUSE_REASON, PAUSE_APPROVED, PAUSE_DECISION_NOTE,
                PAUSED_SINCE, TOTAL_PAUSED_DAYS, DEADLINE_PAUSED_DAYS, MAX_PAUSED_DAYS, RESUME_NOTE);

        private Variables() {
        }
    }
}
