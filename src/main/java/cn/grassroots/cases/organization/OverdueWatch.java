package cn.grassroots.cases.organization;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;

/**
 * Whose late tasks a person's 已逾期 lists, called by that filter's query ({@code ${overdueWatch.groups(
 * currentUserGroups())}}): a unit's or an office's own; for the offices that supervise (督查室, county leaders,
 * administrators) every group's, since watching every late case is their work.
 */
@Component("overdueWatch")
public class OverdueWatch {

    static final Set<String> SUPERVISING = Set.of(Groups.SUPERVISION, Groups.LEADERS, Groups.ADMINISTRATORS);
    /** The 已逾期 filter's candidate groups. */
    static final String EXPRESSION = "${overdueWatch.groups(currentUserGroups())}";

    private final IdentityService identityService;

    OverdueWatch(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Whether a person with these groups watches only their own groups' tasks. */
    static boolean watchesOwnOnly(Collection<String> groups) {
        return groups == null || groups.stream().noneMatch(SUPERVISING::contains);
    }

    public List<String> groups(Collection<String> ownGroups) {
        Set<String> groups = new LinkedHashSet<>(ownGroups == null ? List.of() : ownGroups);
        if (!watchesOwnOnly(groups)) {
            identityService.createGroupQuery().list().stream().map(Group::getId).forEach(groups::add);
        }
        return List.copyOf(groups);
    }
}
