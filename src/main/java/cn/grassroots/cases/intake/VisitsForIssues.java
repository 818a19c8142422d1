package cn.grassroots.cases.intake;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;

/** The visits (下基层活动) issues can be registered on, as the registration needs to know them. */
public interface VisitsForIssues {

    /** The offices that register issues for any cadre's visit; a cadre registers only for his own. */
    Set<String> OFFICES = Groups.OFFICES;

    /**
     * A visit as registration sees it.
     *
     * @param type    the visit's type, one of the four channels
     * @param open    whether its issues are still being collected and followed (it has not closed)
     */
    record Visit(String visitNumber, String cadre, String type, String place, LocalDate plannedDate, boolean open) {
    }

    Optional<Visit> find(String visitNumber);
}
