package cn.grassroots.cases.handling;

/** A case ended (resolved, closed unresolved, merged), in the transaction that ends it. */
public record CaseClosed(String processInstanceId, String caseNumber, Outcome outcome) {
}
