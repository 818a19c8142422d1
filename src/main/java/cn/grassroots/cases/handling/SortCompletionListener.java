package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 分办: checks the dispatcher's decision before the case leaves the dispatch office. The unit must be a known
 * unit group, the named person one of its members, and the deadline between today and the policy's deadline (a
 * shorter one is the dispatcher's to set; a longer one needs an extension, decided by the unit head or supervision).
 */
@Component("sortCompletion")
class SortCompletionListener implements ExecutionListener {

    private final IdentityService identityService;
    private final WorkingCalendar calendar;
    private final Places places;

    SortCompletionListener(IdentityService identityService, WorkingCalendar calendar, Places places) {
        this.identityService = identityService;
        this.calendar = calendar;
        this.places = places;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String mergeInto = CaseInput.optionalText(execution, MERGE_INTO, 32);
        if (mergeInto != null) {
            // 并单: the case joins an open case about the same matter instead of going to a unit (checked by
            // Task_MergeCase in this transaction)
            execution.setVariable(MERGE_INTO, mergeInto);
            return;
        }
        execution.removeVariable(MERGE_INTO);
        CaseInput.requiredEnum(execution, CATEGORY, Category.class);
        CaseInput.requiredEnum(execution, RESOLUTION_PATH, ResolutionPath.class);
        CaseInput.optionalText(execution, SORT_NOTE, 500);
        String place = CaseInput.optionalText(execution, PLACE, 64);
        if (place != null && !places.isPlace(place)) {
            throw new InvalidCaseInputException(PLACE, Code.UNKNOWN_VALUE, "“" + place + "”不是本县的镇或村");
        }
        execution.setVariable(PLACE, place);
        String unit = CaseInput.requiredText(execution, RESPONSIBLE_UNIT, 64);
        if (identityService.createGroupQuery().groupId(unit).groupType(IssueHandlingProcess.Groups.UNIT_GROUP_TYPE).count() == 0) {
            throw new InvalidCaseInputException(RESPONSIBLE_UNIT, Code.UNKNOWN_VALUE, "“" + unit + "”不是责任单位");
        }
        String person = CaseInput.optionalText(execution, RESPONSIBLE_PERSON, 64);
        execution.setVariable(RESPONSIBLE_PERSON, person);
        if (person != null && identityService.createUserQuery().userId(person).memberOfGroup(unit).count() == 0) {
            Group group = identityService.createGroupQuery().groupId(unit).singleResult();
            throw new InvalidCaseInputException(RESPONSIBLE_PERSON, Code.UNKNOWN_VALUE, "“" + person + "”不是"
                    + (group == null || group.getName() == null ? unit : group.getName()) + "的人员");
        }
        LocalDate due = CaseInput.requiredDate(execution, DUE_DATE);
        if (due.isBefore(calendar.today())) {
            throw new InvalidCaseInputException(DUE_DATE, Code.OUT_OF_RANGE, "不能早于今天");
        }
        LocalDate policyDeadline = DeadlineRules.countedDeadline(execution, calendar);
        if (policyDeadline != null && due.isAfter(policyDeadline)) {
            throw new InvalidCaseInputException(DUE_DATE, Code.OUT_OF_RANGE, "不能晚于 " + policyDeadline
                    + "（按时限政策本案应办结的日期）；需要更多时间的，由责任单位申请延期");
        }
        if (!due.equals(policyDeadline)) {
            // the dispatcher chose the date: it is a date, not a count of days
            execution.setVariable(DEADLINE_COUNTED_FROM, due.toString());
            execution.setVariable(DEADLINE_BASE_DAYS, 0);
        }
    }
}
