package cn.grassroots.cases.visits;

import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DeadlineHorizon;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.organization.Organization.CadreRank;

/** The longest count of working days the visit policy sets: the 督办 grace after a visit, or its report. */
@Component
class VisitDeadlineHorizon implements DeadlineHorizon {

    private final VisitPolicy policy;

    VisitDeadlineHorizon(VisitPolicy policy) {
        this.policy = policy;
    }

    @Override
    public int longestWorkingDays() {
        int longest = 0;
        for (CadreRank rank : CadreRank.values()) {
            for (Channel type : Channel.values()) {
                VisitPolicy.Limits limits = policy.limits(rank, type.name());
                longest = Math.max(longest, Math.max(limits.superviseGraceDays(), limits.reportDays()));
            }
        }
        return longest;
    }
}
