package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseDeadlines;
import cn.grassroots.cases.handling.CaseInput;

/**
 * What the people on either side of an extension (延期) see before they act: the unit, in 办理, who will decide its
 * request (its heads by name, or the supervision office when it has none); the approver, in 审批延期申请, the deadline
 * that approving would set.
 */
@Component("extensionPreview")
public class ExtensionPreview {

    static final String SUPERVISION_OFFICE = "督查室";

    private final ExtensionApprovers approvers;
    private final IdentityService identityService;
    private final WorkingCalendar calendar;

    ExtensionPreview(ExtensionApprovers approvers, IdentityService identityService, WorkingCalendar calendar) {
        this.approvers = approvers;
        this.identityService = identityService;
        this.calendar = calendar;
    }

    /** 办理 arrives: the request form names who decides (a head asking himself is decided by the others or 督查室). */
    public void tellUnit(DelegateTask task) {
        List<String> heads = approvers.headsOf((String) task.getVariable(RESPONSIBLE_UNIT));
        task.setVariable(EXTENSION_APPROVER, heads.isEmpty() ? SUPERVISION_OFFICE
                : "本单位负责人（" + namesOf(heads) + "）或" + SUPERVISION_OFFICE);
    }

    /** 审批延期申请 arrives: the deadline approval would set, shown in the form. */
    public void previewDeadline(DelegateTask task) {
        task.setVariable(EXTENDED_DUE_DATE, extendedDeadline(task, calendar).toString());
    }

    /** The deadline moved by the days asked, counted like the handling limit (working or calendar days). */
    static LocalDate extendedDeadline(VariableScope scope, WorkingCalendar calendar) {
        return calendar.addDays(CaseInput.requiredDate(scope, DUE_DATE), CaseInput.requiredCount(scope, EXTENSION_DAYS),
                CaseDeadlines.limitDayType(scope));
    }

    private String namesOf(List<String> userIds) {
        return Context.getCommandContext().runWithoutAuthorization(() -> identityService.createUserQuery()
                .userIdIn(userIds.toArray(String[]::new)).list().stream()
                .map(user -> user.getFirstName() == null ? user.getId() : fullName(user))
                .collect(Collectors.joining("、")));
    }

    private static String fullName(User user) {
        return (user.getLastName() == null ? "" : user.getLastName()) + user.getFirstName();
    }
}
