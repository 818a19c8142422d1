package cn.grassroots.cases.handling;

/** How a case ended; set by the end event that closes it. */
public enum Outcome implements Labelled {
    /** 已办结: resolved by the responsible unit and accepted by the reporter. */
    RESOLVED("已办结"),
    /** 当场解决: solved during the visit and accepted by the reporter. */
    RESOLVED_ON_SPOT("当场解决"),
    /** 未解决已解释: closed after the reopen limit with an explanation on record. */
    CLOSED_UNRESOLVED("未解决已解释办结"),
    /** 已并单: merged into an open case about the same matter, which its reporter follows. */
    MERGED("已并单");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
