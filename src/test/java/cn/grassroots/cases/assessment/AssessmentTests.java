package cn.grassroots.cases.assessment;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.Satisfaction;
import cn.grassroots.cases.ledger.LedgerQueries;
import cn.grassroots.cases.organization.Directory;

/**
 * 三率 and the ranking on a small data set whose figures are worked out by hand below, in a week of March 2031 no
 * other test uses. Registered Monday 3 March 2031; the assessment is read on Monday 10 March.
 *
 * <pre>
 * 县交通运输局 (unit-roads), 7 cases, 7 handovers:
 *   R1 signed off, resolved in time, 满意         R2 the same, 基本满意
 *   R3 sent back once, then resolved in time, 满意   R4 resolved after its deadline (督办), 基本满意
 *   R5 signed off, in hand                        R6 signed off late (签收督办), in hand
 *   W1 returned by the water bureau, then signed off by roads, in hand
 *   响应率 6/7   按期办结率 3/4   解决率 4/4   满意率 (2×1.0 + 2×0.8)/4 = 0.9   退单率 0/7   重办率 1/4
 *   逾期 2 (R4 resolved late, R6 signed off late)   督办 2 (R4, R6)
 *   score = 100 × (0.15×6/7 + 0.25×0.75 + 0.20×1 + 0.30×0.9 + 0.05×1 + 0.05×0.75) = 87.4
 * 县水利局 (unit-water), 1 case (W2), 2 handovers (W1 returned, W2 signed off):
 *   W2 resolved, 不满意, reopened: 响应率 2/2, 退单率 1/2, 满意率 0/1, 重办率 1/1, nothing closed
 *   score = 100 × (0.15×1 + 0.30×0 + 0.05×0.5 + 0.05×0) / 0.55 = 31.8; 1 case &lt; 5: 样本不足, not ranked
 * </pre>
 */
@GrassrootsTest
class AssessmentTests {

    static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);
    static final String PERIOD = "from=2031-03-03&to=2031-03-09";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Assessments assessments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Directory directory;
    @Autowired
    LedgerQueries ledger;

    static boolean built;

    @BeforeEach
    void theWeekOfThirdMarch2031() {
        if (!built) {
            build();
            built = true;
        }
        ClockUtil.setCurrentTime(at(2031, 3, 10, 9));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyRateIsWhatTheLedgerRowsGiveWorkedOutByHand() {
        Assessment assessment = assessments.assess(MONDAY, MONDAY.plusDays(6));

        UnitFigures roads = unit(assessment, "unit-roads");
        assertThat(roads.unitName()).isEqualTo("县交通运输局");
        assertThat(roads.cases()).isEqualTo(7);
        assertThat(roads.handovers()).isEqualTo(7);
        assertThat(roads.answeredInTime()).isEqualTo(6);
        assertThat(roads.responseRate()).isCloseTo(6.0 / 7, within(1e-9));
        assertThat(roads.closed()).isEqualTo(4);
        assertThat(roads.onTimeRate()).isEqualTo(0.75);
        assertThat(roads.resolutionRate()).isEqualTo(1.0);
        assertThat(roads.rated()).isEqualTo(4);
        assertThat(roads.satisfactionRate()).isCloseTo(0.9, within(1e-9));
        assertThat(roads.returnRate()).isZero();
        assertThat(roads.redoRate()).isEqualTo(0.25);
        assertThat(roads.overdue()).isEqualTo(2);
        assertThat(roads.supervised()).isEqualTo(2);
        assertThat(roads.score()).isEqualTo(87.4);
        assertThat(roads.ranked()).isTrue();
        assertThat(roads.rank()).isEqualTo(1);

        UnitFigures water = unit(assessment, "unit-water");
        assertThat(water.cases()).isEqualTo(1);
        assertThat(water.handovers()).isEqualTo(2);
        assertThat(water.responseRate()).isEqualTo(1.0);
        assertThat(water.returnRate()).isEqualTo(0.5);
        assertThat(water.satisfactionRate()).isZero();
        assertThat(water.redoRate()).isEqualTo(1.0);
        assertThat(water.onTimeRate()).as("nothing closed: no rate").isNull();
        assertThat(water.score()).isEqualTo(31.8);
        assertThat(water.ranked()).isFalse();
        assertThat(water.note()).isEqualTo("样本不足");
        assertThat(assessment.units().indexOf(water)).as("unranked after the ranked")
                .isGreaterThan(assessment.units().indexOf(roads));
    }

    @Test
    void theWeightsAndTheMinimumAreTheCountysPolicy() {
        AssessmentProperties satisfactionOnly = new AssessmentProperties(1, Map.of("satisfaction", 1.0),
                Map.of("satisfied", 1.0, "basically-satisfied", 0.5));
        Assessments byThatPolicy = new Assessments(jdbc, calendar, directory, ledger, satisfactionOnly);

        Assessment assessment = byThatPolicy.assess(MONDAY, MONDAY.plusDays(6));

        assertThat(unit(assessment, "unit-roads").satisfactionRate()).isEqualTo((2 * 1.0 + 2 * 0.5) / 4);
        assertThat(unit(assessment, "unit-roads").score()).isEqualTo(75.0);
        assertThat(unit(assessment, "unit-water").ranked()).as("one case is enough now").isTrue();
        assertThat(unit(assessment, "unit-water").rank()).isEqualTo(2);
    }

    @Test
    void theCasesBehindEachFigureAreThoseItCounts() {
        assertThat(drill("unit-roads", "satisfaction", "numerator").path("count").asInt()).isEqualTo(4);
        assertThat(drill("unit-roads", "onTime", "numerator").path("rows").findValuesAsText("resolvedOnTime"))
                .containsOnly("true").hasSize(3);
        assertThat(drill("unit-roads", "onTime", "denominator").path("count").asInt()).isEqualTo(4);
        assertThat(drill("unit-roads", "response", "denominator").path("count").asInt()).isEqualTo(7);
        JsonNode late = drill("unit-roads", "response", "denominator");
        assertThat(late.path("measureName").asText()).startsWith("响应率");
        assertThat(drill("unit-roads", "redo", "numerator").path("rows").get(0).path("sendBackCount").asInt())
                .isEqualTo(1);
        assertThat(drill("unit-water", "returns", "numerator").path("count").asInt()).isEqualTo(1);
        assertThat(drill("unit-roads", "overdue", "numerator").path("count").asInt()).isEqualTo(2);
        assertThat(drill("unit-roads", "supervised", "numerator").path("count").asInt()).isEqualTo(2);
    }

    @Test
    void theApiReadsTheSameFiguresAndEachPersonHisOwn() {
        JsonNode all = get("supervisor", "/api/assessment?" + PERIOD).getBody();
        JsonNode roads = unitNode(all, "unit-roads");
        assertThat(roads.path("unitName").asText()).isEqualTo("县交通运输局");
        assertThat(roads.path("score").asDouble()).isEqualTo(87.4);
        assertThat(all.path("weights").path("onTime").asDouble()).isEqualTo(0.25);
        assertThat(all.path("minimumCases").asInt()).isEqualTo(5);

        JsonNode own = get("handler-roads", "/api/assessment?" + PERIOD).getBody();
        assertThat(own.path("units").findValuesAsText("unit")).containsExactly("unit-roads");
        assertThat(get("handler-roads", "/api/assessment/cases?" + PERIOD + "&unit=unit-water&measure=cases")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("leader", "/api/assessment?" + PERIOD).getBody().path("units").size())
                .isGreaterThanOrEqualTo(2);
        ResponseEntity<JsonNode> missing = get("supervisor", "/api/assessment?from=2031-03-09&to=2031-03-01");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().path("errors").findValuesAsText("field")).containsExactly("to");
        assertThat(get("supervisor", "/api/assessment").getBody().path("errors").findValuesAsText("field"))
                .containsExactly("from", "to");
        assertThat(get("supervisor", "/api/assessment/cases?" + PERIOD + "&unit=unit-roads&measure=speed")
                .getBody().path("errors").findValuesAsText("field")).containsExactly("measure");
    }

    @Test
    void theExportsCarryTheTable() throws Exception {
        ResponseEntity<byte[]> xlsx = EngineHttp.as(rest, "supervisor").bytes("/api/assessment.xlsx?" + PERIOD);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getBody()))) {
            var sheet = workbook.getSheet("考核排名");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("单位");
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("县交通运输局");
            int satisfaction = java.util.stream.IntStream.range(0, sheet.getRow(0).getLastCellNum())
                    .filter(i -> sheet.getRow(0).getCell(i).getStringCellValue().equals("满意率")).findFirst()
                    .orElseThrow();
            assertThat(first.getCell(satisfaction).getNumericCellValue()).isCloseTo(0.9, within(1e-9));
            assertThat(first.getCell(satisfaction).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(workbook.getSheet("干部下基层")).isNotNull();
        }
        ResponseEntity<byte[]> csv = EngineHttp.as(rest, "supervisor").bytes("/api/assessment.csv?" + PERIOD);
        String text = new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF排名,单位,案件数").contains("1,县交通运输局,7,7,6,0,4,3,4,4,2,2,0,1,2,2,0,0,0,85.7%,75.0%,100.0%,90.0%,0.0%,25.0%,87.4,");
    }

    private JsonNode drill(String unit, String measure, String part) {
        ResponseEntity<JsonNode> answer = get("supervisor", "/api/assessment/cases?" + PERIOD + "&unit=" + unit
                + "&measure=" + measure + "&part=" + part);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("count").asInt()).isEqualTo(answer.getBody().path("rows").size());
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return EngineHttp.as(rest, user).get(path);
    }

    private static UnitFigures unit(Assessment assessment, String unit) {
        return assessment.units().stream().filter(figures -> figures.unit().equals(unit)).findFirst().orElseThrow();
    }

    private static JsonNode unitNode(JsonNode assessment, String unit) {
        for (JsonNode figures : assessment.path("units")) {
            if (figures.path("unit").asText().equals(unit)) {
                return figures;
            }
        }
        throw new AssertionError("no " + unit);
    }

    /** The data set of the class comment, built once for all its tests. */
    private void build() {
        ClockUtil.setCurrentTime(at(2031, 3, 3, 8));
        for (Satisfaction rating : new Satisfaction[] {Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED}) {
            roads().accept("handler-roads").resolve("handler-roads").approve().callback(rating);
        }
        CaseDriver r3 = roads().accept("handler-roads").resolve("handler-roads");
        r3.complete(TASK_REVIEW_RESOLUTION, "dispatcher", Map.of(APPROVED, false, SEND_BACK_REASON, "未附现场照片。"));
        r3.resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        ClockUtil.setCurrentTime(at(2031, 3, 3, 8));
        CaseDriver r4 = roads().accept("handler-roads").fireTimer(TIMER_RESOLVE_OVERDUE);
        r4.resolve("handler-roads").approve().callback(Satisfaction.BASICALLY_SATISFIED);
        ClockUtil.setCurrentTime(at(2031, 3, 3, 8));
        roads().accept("handler-roads");
        CaseDriver r6 = roads().fireTimer(TIMER_SIGN_OFF_OVERDUE);
        r6.accept("handler-roads");
        ClockUtil.setCurrentTime(at(2031, 3, 3, 8));
        CaseDriver w1 = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-water");
        w1.complete(TASK_ACCEPT_ISSUE, "handler-water", Map.of(ACCEPTED, false, RETURN_REASON, "不归水利局管理。"));
        w1.sortTo("unit-roads").accept("handler-roads");
        CaseDriver w2 = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-water").accept("handler-water")
                .resolve("handler-water").approve().callback(Satisfaction.DISSATISFIED);
        assertThat(w2.variable(REOPEN_COUNT)).isEqualTo(1);
    }

    private CaseDriver roads() {
        return CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
    }

    static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
