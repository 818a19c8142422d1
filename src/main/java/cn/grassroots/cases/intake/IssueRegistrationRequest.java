package cn.grassroots.cases.intake;

/**
 * Body of {@code POST /api/issues}. Enumerations travel as their names (channel {@code PETITION}, urgency
 * {@code URGENT}, …) and are checked with the other rules in {@link IssueFactsValidator}. {@code place} is a town or
 * village (unit group id); {@code visitNumber} the visit on which the issue was raised (its type and place are the
 * defaults of channel and place).
 */
public record IssueRegistrationRequest(String title, String description, String channel, String category, String urgency,
        String location, String reporterName, String reporterPhone, Boolean resolvedOnSpot, String resolution,
        Boolean accusation, String place, String visitNumber) {

    IssueFacts toFacts() {
        return new IssueFacts(title, description, channel, category, urgency, location, reporterName, reporterPhone,
                resolvedOnSpot, resolution, accusation, place, visitNumber);
    }
}
