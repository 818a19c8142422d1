package cn.grassroots.cases.casefile;

import java.util.List;

import cn.grassroots.cases.ledger.LedgerRow;

/**
 * 案件详情: one case as a supervisor reads it. The ledger row (the facts in words), the description, the visit it came
 * from, every tier of the escalation ladder with its date and whether it was reached, the current level, the timeline
 * of every step with who and when, and the texts of 督办, 批示 and 通报.
 */
public record CaseFile(String caseNumber, String processInstanceId, String description, LedgerRow facts,
        Visit visit, String signOffDue, List<Tier> tiers, int currentLevel, String currentLevelName,
        List<Step> timeline, List<String> superviseNotes, List<String> leaderInstructions, List<String> noticeTexts) {

    /** The visit (下基层活动) the case was raised on. */
    public record Visit(String visitNumber, String theme, String cadreName, String typeName, String date) {
    }

    /** A tier of the ladder: WARNING, OVERDUE, LEADER or NOTICE; when it comes and whether (when) it came. */
    public record Tier(String tier, String name, String at, boolean reached, String reachedAt) {
    }

    /** A step of the case: when, what (in words), who. */
    public record Step(String at, String action, String stepName, String who, String whoName) {
    }
}
