package cn.grassroots.cases.citizen;

import java.util.List;

/**
 * A case as its reporter may follow it: the stage ({@code status}: ACCEPTED 已受理, ASSIGNED 已交办, HANDLING 办理中,
 * CLOSED 已办结), the responsible unit, the deadline with each extension and its reason, and the reply once closed. An
 * accusation (检举控告) shows its stage and dates only: no title, unit or reply, which could name whom it is about.
 */
public record PublicCase(String caseNumber, String status, String statusName, String registeredOn, String title,
        String unitName, String deadline, List<Extension> extensions, String closedOn, String outcomeName,
        String reply, boolean accusation, String note) {

    /** An approved extension of the handling deadline. */
    public record Extension(String approvedOn, int days, String reason, String newDeadline) {
    }
}
