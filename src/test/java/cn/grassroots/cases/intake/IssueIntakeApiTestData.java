package cn.grassroots.cases.intake;

import java.util.Map;

/** A valid registration body for tests outside this package. */
public final class IssueIntakeApiTestData {

    private IssueIntakeApiTestData() {
    }

    public static Map<String, Object> validIssue() {
        return IssueIntakeApiTests.validIssue();
    }
}
