package cn.grassroots.cases.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline policy table (processes/deadline-policy.dmn), row by row. */
class DeadlinePolicyTests {

    static DmnDecision decision;
    static DmnEngine dmnEngine;

    @BeforeAll
    static void parseDecision() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = DeadlinePolicyTests.class.getResourceAsStream("/processes/deadline-policy.dmn")) {
            decision = dmnEngine.parseDecision(DeadlinePolicy.DECISION_KEY, dmn);
        }
    }

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}, {4} {5} days, sign off {6} {7}, warn {8}, escalate {9}, extend {10}, notice {11}")
    @CsvSource({
            // channel, urgency, category,            unit,               limit, type,  signOff, type, warn, grace, ext, notice
            "RESEARCH,  NORMAL, ROADS_TRAFFIC,         unit-roads,         15, WORKING, 2, WORKING, 3,  5, 10, 5",
            "ONSITE,    URGENT, WATER,                 unit-water,         3,  WORKING, 1, WORKING, 1,  1, 2, 2",
            "PETITION,  URGENT, CIVIL_AFFAIRS,         unit-civil,         3,  WORKING, 1, WORKING, 1,  1, 2, 2",
            "PETITION,  NORMAL, CIVIL_AFFAIRS,         unit-civil,         60, NATURAL, 5, WORKING, 10, 7, 30, 7",
            "PETITION,  NORMAL, LAND_HOUSING,          unit-land,          60, NATURAL, 5, WORKING, 10, 7, 30, 7",
            "PUBLICIZE, NORMAL, POLICY_INQUIRY,        unit-town-qingshan, 3,  WORKING, 1, WORKING, 1,  2, 3, ",
            "RESEARCH,  NORMAL, LAND_HOUSING,          unit-land,          20, WORKING, 2, WORKING, 3,  5, 10, 5",
            "ONSITE,    NORMAL, LABOR_SOCIAL_SECURITY, unit-hrss,          20, WORKING, 2, WORKING, 3,  5, 10, 5",
            "PUBLICIZE, NORMAL, ENVIRONMENT,           unit-town-qingshan, 15, WORKING, 2, WORKING, 3,  5, 10, 5",
            "ONSITE,    NORMAL, AGRICULTURE,           unit-town-qingshan, 15, WORKING, 2, WORKING, 3,  5, 10, 5",
            "RESEARCH,  NORMAL, OTHER,                 unit-town-qingshan, 15, WORKING, 2, WORKING, 3,  5, 10, 5",
    })
    void decidesUnitAndLimits(String channel, String urgency, String category, String unit, int limitDays,
            String limitType, int signOffDays, String signOffType, int warningDays, int graceDays,
            int extensionDays, Integer noticeDays) {
        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision,
                Map.<String, Object>of("channel", channel, "urgency", urgency, "category", category))
                .getSingleResult();

        assertThat(result.<String>getEntry("responsibleUnit")).isEqualTo(unit);
        assertThat(result.<Number>getEntry("limitDays").intValue()).isEqualTo(limitDays);
        assertThat(result.<String>getEntry("limitDayType")).isEqualTo(limitType);
        assertThat(result.<Number>getEntry("signOffDays").intValue()).isEqualTo(signOffDays);
        assertThat(result.<String>getEntry("signOffDayType")).isEqualTo(signOffType);
        assertThat(result.<Number>getEntry("warningLeadDays").intValue()).isEqualTo(warningDays);
        assertThat(result.<Number>getEntry("escalationGraceDays").intValue()).isEqualTo(graceDays);
        assertThat(result.<Number>getEntry("maxExtensionDays").intValue()).isEqualTo(extensionDays);
        Number notice = (Number) result.getEntryMap().get("noticeGraceDays");
        assertThat(notice == null ? null : notice.intValue()).as("通报批评 after the leaders (none: no such level)")
                .isEqualTo(noticeDays);
    }

    @ParameterizedTest
    @CsvSource({"ROADS_TRAFFIC", "WATER", "CIVIL_AFFAIRS", "LABOR_SOCIAL_SECURITY", "LAND_HOUSING", "ENVIRONMENT",
            "AGRICULTURE", "POLICY_INQUIRY", "OTHER"})
    void everyCategoryHasADefaultUnitForEveryChannelAndUrgency(Category category) {
        for (Channel channel : Channel.values()) {
            for (Urgency urgency : Urgency.values()) {
                DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Map.<String, Object>of(
                        "channel", channel.name(), "urgency", urgency.name(), "category", category.name()))
                        .getFirstResult();
                assertThat(result.<String>getEntry("responsibleUnit")).startsWith("unit-");
                assertThat(result.<Number>getEntry("warningLeadDays").intValue())
                        .isLessThanOrEqualTo(result.<Number>getEntry("limitDays").intValue());
            }
        }
    }
}
