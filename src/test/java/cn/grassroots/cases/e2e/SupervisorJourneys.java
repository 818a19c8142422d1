package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * The supervisors' workspace in Cockpit, in a real browser against the packaged application with its demo year: the
 * supervision office filters the 问题台账 to one unit and opens the Excel it downloads; a county leader follows a unit's
 * 满意率 in 考核排名 to the cases behind it and on to one case; the supervision office reads a case's deadline tiers
 * and finds them on the dates the engine's timers are set for.
 */
class SupervisorJourneys extends Journeys {

    private static final String ROADS = "县交通运输局";
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void theSupervisionOfficeFiltersTheLedgerToOneUnitAndOpensItsExcel() throws Exception {
        EngineRest rest = rest();
        Browser supervisor = browser("cockpit", "supervisor");
        supervisor.go("/camunda/app/cockpit/default/#/ledger");
        supervisor.waitForText("问题台账").waitForElement(".gc-ledger-table");

        supervisor.select("select[name='unit']", ROADS);
        long total = rest.get("supervisor", "/api/ledger?unit=unit-roads&maxResults=1", 200).get("total").asLong();
        assertThat(total).as("the demo year gave the roads bureau cases").isPositive();
        supervisor.waitForText("共 " + total + " 件");
        supervisor.until(() -> !supervisor.texts(".gc-ledger-table tbody tr").isEmpty()
                && unitColumn(supervisor).stream().allMatch(ROADS::equals));
        assertThat(unitColumn(supervisor)).as("the first page").hasSize((int) Math.min(total, 20));
        supervisor.screenshot("17-ledger-unit");

        Path excel = supervisor.download(".gc-export-xlsx", ".xlsx");
        assertThat(excel.getFileName().toString()).as("saved under its Chinese name").startsWith("问题清单-");
        try (InputStream in = Files.newInputStream(excel); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = header(sheet.getRow(0));
            assertThat(columns).containsKeys("案件编号", "问题标题", "责任单位", "登记时间", "现办理期限");
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the header row stays in view").isTrue();
            assertThat(sheet.getLastRowNum()).as("every case of the filter, not one page").isEqualTo((int) total);
            List<String> units = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                units.add(row.getCell(columns.get("责任单位")).getStringCellValue());
                Cell registered = row.getCell(columns.get("登记时间"));
                assertThat(registered.getCellType()).as("registration is a date cell").isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(registered)).isTrue();
            }
            assertThat(units).containsOnly(ROADS);
        }
    }

    @Test
    void aCountyLeaderFollowsAUnitsSatisfactionRateToTheCasesBehindIt() {
        EngineRest rest = rest();
        Browser leader = browser("cockpit", "leader");
        leader.go("/camunda/app/cockpit/default/#/assessment");
        leader.waitForText("考核排名").waitForElement(".gc-assessment-table a.gc-drill[data-measure='satisfaction']");
        leader.screenshot("18-assessment");

        String unitId = leader.attribute(".gc-assessment-table tr:has(a.gc-drill[data-measure='satisfaction'])", "data-unit");
        String unitName = leader.texts(".gc-assessment-table tr[data-unit='" + unitId + "'] td").get(1);
        leader.clickElement(".gc-assessment-table tr[data-unit='" + unitId + "'] a.gc-drill[data-measure='satisfaction']");
        leader.waitForElement(".gc-drill-panel .gc-drill-table");

        String year = String.valueOf(java.time.LocalDate.now(COUNTY).getYear());
        JsonNode behind = rest.get("leader", "/api/assessment/cases?from=" + year + "-01-01&to=" + year + "-12-31&unit="
                + unitId + "&measure=satisfaction&part=numerator", 200);
        long count = behind.get("count").asLong();
        assertThat(leader.text()).contains(unitName + " · 满意率").contains("计入该项的案件：共 " + count + " 件");
        List<String> listed = leader.texts(".gc-drill-table tbody tr td:first-child");
        assertThat(listed).hasSize(behind.get("rows").size()).allMatch(number -> number.matches("SX-\\d{4}-\\d{6}"));
        assertThat(leader.texts(".gc-drill-table tbody tr td:nth-child(6)")).containsOnly(unitName);
        assertThat(leader.texts(".gc-drill-table tbody tr td:last-child")).isNotEmpty()
                .allMatch(rating -> rating.equals("满意") || rating.equals("基本满意"));
        leader.screenshot("18-assessment-drill");

        // the denominator: every rated case of the unit in the period
        leader.click("参与统计的全部案件").waitForText("参与统计的全部案件：共 ");
        leader.until(() -> leader.text().contains("参与统计的全部案件：共 " + rest.get("leader", "/api/assessment/cases?from="
                + year + "-01-01&to=" + year + "-12-31&unit=" + unitId + "&measure=satisfaction&part=denominator", 200)
                .get("count").asLong() + " 件"));

        String first = leader.texts(".gc-drill-table tbody tr td:first-child").get(0);
        leader.clickLink(first);
        leader.waitForText("案件详情 · " + first).waitForText("办理过程");
        assertThat(leader.text()).contains(unitName).contains("群众评价");
    }

    @Test
    void theSupervisionOfficeFindsTheCasesTiersOnTheDatesItsTimersAreSetFor() {
        EngineRest rest = rest();
        JsonNode registered = rest.sortedToTheRoadsBureau(roadsIssue("乡道护坡垮塌 " + System.nanoTime(), "护坡垮塌约五米，雨季可能阻断道路。"));
        String instanceId = registered.get("processInstanceId").asText();
        String caseNumber = registered.get("caseNumber").asText();
        rest.signedOffByTheRoadsBureau(instanceId);

        Browser supervisor = browser("cockpit", "supervisor");
        supervisor.go("/camunda/app/cockpit/default/#/case/" + caseNumber);
        supervisor.waitForText("办理时限与督办层级").waitForElement(".gc-tier[data-tier='WARNING']");
        assertThat(tierDate(supervisor, "WARNING")).isEqualTo(timerDate(rest, instanceId, Elements.BOUNDARY_RESOLVE_WARNING));
        assertThat(tierDate(supervisor, "OVERDUE")).isEqualTo(timerDate(rest, instanceId, Elements.TIMER_RESOLVE_OVERDUE));
        assertThat(supervisor.texts(".gc-tier-reached")).isEmpty();
        supervisor.screenshot("19-case-tiers");

        // the unit lets the deadline pass: the timers fire, the leaders' tier is now a timer of its own
        rest.executeJob(instanceId, Elements.BOUNDARY_RESOLVE_WARNING);
        rest.executeJob(instanceId, Elements.TIMER_RESOLVE_OVERDUE);
        String leaders = timerDate(rest, instanceId, Elements.TIMER_LEADER_ESCALATION);
        supervisor.go("/camunda/app/cockpit/default/#/ledger");
        supervisor.go("/camunda/app/cockpit/default/#/case/" + caseNumber);
        supervisor.waitForText("办理时限与督办层级").waitForElement(".gc-tier-current[data-tier='OVERDUE']");
        assertThat(tierDate(supervisor, "LEADER")).as("the page's date is the timer's").isEqualTo(leaders);
        assertThat(supervisor.texts(".gc-tier-reached").size()).isEqualTo(2);
        assertThat(supervisor.text()).contains("当前督办级别：").contains("督查室督办");
        supervisor.screenshot("19-case-tiers-overdue");
    }

    private static List<String> unitColumn(Browser browser) {
        return browser.texts(".gc-ledger-table tbody tr td:nth-child(6)");
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        row.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    /** The date and minute the case page shows for a tier ("时限：2026-12-03 09:00"). */
    private static String tierDate(Browser browser, String tier) {
        String text = String.join("\n", browser.texts(".gc-tier[data-tier='" + tier + "'] p"));
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("时限：(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})")
                .matcher(text);
        assertThat(date.find()).as("a date on tier " + tier + ": " + text).isTrue();
        return date.group(1);
    }

    /** When the engine's timer at {@code activityId} is due, in the county's time, to the minute. */
    private static String timerDate(EngineRest rest, String instanceId, String activityId) {
        JsonNode job = rest.pendingJob(instanceId, activityId);
        return OffsetDateTime.parse(job.get("dueDate").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                .atZoneSameInstant(COUNTY).format(MINUTES);
    }

}
