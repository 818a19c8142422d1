package cn.grassroots.cases.ledger;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.Satisfaction;

/**
 * 问题清单 over HTTP (the contract of issue 11): filters, paging and sort, who reads which rows, bad filters, and the
 * CSV and Excel exports re-read and checked row by row. Three cases share a marker in their titles: a closed roads
 * case, an overdue water case under 督办, and one still to be sorted.
 */
@GrassrootsTest
class LedgerApiTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    String marker;
    CaseDriver closedRoads;
    CaseDriver overdueWater;
    CaseDriver toSort;

    @BeforeEach
    void threeCasesOnMonday7December() {
        ClockUtil.setCurrentTime(CaseLedgerTests.at(2026, 12, 7, 8, 0, 0));
        marker = "台账" + System.nanoTime();
        closedRoads = CaseDriver.register(engine, titled(marker + " 路灯损坏")).sortTo("unit-roads")
                .accept("handler-roads").resolve("handler-roads").approve().callback(Satisfaction.SATISFIED);
        Map<String, Object> water = titled(marker + " 供水管道漏水");
        water.put(CATEGORY, "WATER");
        overdueWater = CaseDriver.register(engine, water).sortTo("unit-water").accept("handler-water");
        ClockUtil.setCurrentTime(CaseLedgerTests.at(2026, 12, 7, 9, 0, 0));
        toSort = CaseDriver.register(engine, titled(marker + " 咨询补贴政策"));
        overdueWater.fireTimer(TIMER_RESOLVE_OVERDUE); // and the clock stays past its deadline
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSupervisionOfficeReadsEveryCaseInWordsAndNarrowsItDown() {
        JsonNode all = ledger("supervisor", "q=" + marker);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        JsonNode roads = row(all, closedRoads);
        assertThat(roads.path("responsibleUnitName").asText()).isEqualTo("县交通运输局");
        assertThat(roads.path("statusName").asText()).isEqualTo("已办结");
        assertThat(roads.path("categoryName").asText()).isEqualTo("道路交通");
        assertThat(roads.path("satisfactionName").asText()).isEqualTo("满意");
        assertThat(roads.path("registeredAt").asText()).isEqualTo("2026-12-07 08:00");
        assertThat(roads.path("dueDate").asText()).isEqualTo("2026-12-28");
        assertThat(row(all, overdueWater).path("highestLevelName").asText()).isEqualTo("督查室督办");
        assertThat(row(all, overdueWater).path("overdue").asBoolean()).isTrue();

        assertThat(numbers(ledger("supervisor", "q=" + marker + "&unit=unit-roads"))).containsExactly(number(closedRoads));
        assertThat(numbers(ledger("supervisor", "q=" + marker + "&status=CLOSED"))).containsExactly(number(closedRoads));
        assertThat(numbers(ledger("supervisor", "q=" + marker + "&status=OPEN")))
                .containsExactlyInAnyOrder(number(overdueWater), number(toSort));
        assertThat(numbers(ledger("supervisor", "q=" + marker + "&escalated=true"))).containsExactly(number(overdueWater));
        assertThat(numbers(ledger("supervisor", "q=" + marker + "&overdue=true"))).containsExactly(number(overdueWater));
        assertThat(numbers(ledger("supervisor", "q=" + marker + "&category=WATER"))).containsExactly(number(overdueWater));
        assertThat(numbers(ledger("supervisor", "q=" + number(toSort)))).containsExactly(number(toSort));
        assertThat(ledger("supervisor", "q=" + marker + "&from=2026-12-08").path("total").asLong()).isZero();
        assertThat(ledger("supervisor", "q=" + marker + "&from=2026-12-07&to=2026-12-07").path("total").asLong())
                .isEqualTo(3);
        JsonNode page = ledger("supervisor", "q=" + marker + "&sort=caseNumber&order=asc&firstResult=1&maxResults=1");
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(numbers(page)).containsExactly(number(overdueWater));
    }

    @Test
    void aUnitReadsTheCasesItHoldsAndSomeoneWithoutAUnitOrOfficeNothing() {
        assertThat(numbers(ledger("handler-roads", "q=" + marker))).containsExactly(number(closedRoads));
        assertThat(numbers(ledger("handler-water", "q=" + marker))).containsExactly(number(overdueWater));
        assertThat(numbers(ledger("handler-qingshan", "q=" + marker))).isEmpty();
        assertThat(ledger("dispatcher", "q=" + marker).path("total").asLong()).isEqualTo(3);
        assertThat(ledger("leader", "q=" + marker).path("total").asLong()).isEqualTo(3);

        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("visitor-ledger").count() == 0) {
            var visitor = identity.newUser("visitor-ledger");
            visitor.setPassword("visitor-ledger");
            identity.saveUser(visitor);
        }
        assertThat(EngineHttp.as(rest, "visitor-ledger").get("/api/ledger").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineHttp.as(rest, "visitor-ledger").bytes("/api/ledger.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/ledger", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theFilterListsNameTheOrganisationsUnitsAndTowns() {
        JsonNode choices = EngineHttp.as(rest, "supervisor").get("/api/ledger/choices").getBody();

        assertThat(choices.path("units").findValuesAsText("name")).contains("县交通运输局", "青山镇人民政府")
                .doesNotContain("石桥村民委员会");
        assertThat(choices.path("towns").findValuesAsText("id")).containsExactlyInAnyOrder("unit-town-qingshan",
                "unit-town-baishui");
    }

    @Test
    void aCaseSignedOffLateIsOverdueToo() {
        ClockUtil.setCurrentTime(CaseLedgerTests.at(2026, 12, 7, 8, 0, 0));
        CaseDriver late = CaseDriver.register(engine, titled(marker + " 签收迟了")).sortTo("unit-roads");
        late.fireTimer(TIMER_SIGN_OFF_OVERDUE);
        assertThat(numbers(ledger("supervisor", "q=" + marker + "&overdue=true"))).as("still to be signed off")
                .contains(number(late));

        late.accept("handler-roads");

        assertThat(numbers(ledger("supervisor", "q=" + marker + "&overdue=true"))).as("signed off late")
                .contains(number(late));
        assertThat(row(ledger("supervisor", "q=" + number(late)), late).path("signedOffOnTime").asBoolean()).isFalse();
    }

    @Test
    void badFiltersAreNamedAndAnswered400() {
        ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "supervisor")
                .get("/api/ledger?from=yesterday&status=LOST&maxResults=100000&overdue=maybe&sort=colour");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field"))
                .containsExactly("from", "maxResults", "overdue", "sort", "status");
    }

    @Test
    void theCsvExportHasEveryRowWithChineseHeadersForExcel() {
        ResponseEntity<byte[]> csv = EngineHttp.as(rest, "supervisor").bytes("/api/ledger.csv?q=" + marker + "&sort=caseNumber&order=asc");

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        byte[] body = csv.getBody();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(lines.get(0)).startsWith("案件编号", "问题标题", "来源渠道", "问题类别");
        assertThat(lines).hasSize(4);
        List<String> roads = lines.get(1);
        assertThat(roads.get(0)).isEqualTo(number(closedRoads));
        assertThat(roads.get(1)).isEqualTo(marker + " 路灯损坏");
        assertThat(roads.get(lines.get(0).indexOf("责任单位"))).isEqualTo("县交通运输局");
        assertThat(roads.get(lines.get(0).indexOf("按期办结"))).isEqualTo("是");
        assertThat(roads.get(lines.get(0).indexOf("登记时间"))).isEqualTo("2026-12-07 08:00");
        assertThat(lines.get(2).get(lines.get(0).indexOf("最高督办级别"))).isEqualTo("督查室督办");
        assertThat(lines.get(3).get(lines.get(0).indexOf("状态"))).isEqualTo("待分办");
    }

    @Test
    void theExcelExportHasEveryRowWithRealDatesUnderAFrozenHeader() throws Exception {
        ResponseEntity<byte[]> xlsx = EngineHttp.as(rest, "supervisor").bytes("/api/ledger.xlsx?q=" + marker + "&sort=caseNumber&order=asc");

        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).startsWith("问题清单-").endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheet("问题清单");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("案件编号", "问题标题");
            Row roads = sheet.getRow(1);
            assertThat(roads.getCell(0).getStringCellValue()).isEqualTo(number(closedRoads));
            Cell registered = roads.getCell(headers.indexOf("登记时间"));
            assertThat(registered.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(registered)).isTrue();
            assertThat(registered.getLocalDateTimeCellValue()).isEqualTo("2026-12-07T08:00");
            Cell due = roads.getCell(headers.indexOf("现办理期限"));
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-12-28");
            assertThat(roads.getCell(headers.indexOf("延期天数")).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(2).getCell(headers.indexOf("督办次数")).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getColumnWidth(headers.indexOf("问题标题"))).isEqualTo(40 * 256);
        }
    }

    private JsonNode ledger(String user, String query) {
        ResponseEntity<JsonNode> answer = EngineHttp.as(rest, user).get("/api/ledger?" + query);
        assertThat(answer.getStatusCode()).as(user + " " + query).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static JsonNode row(JsonNode page, CaseDriver issue) {
        for (JsonNode row : page.path("rows")) {
            if (row.path("caseNumber").asText().equals(number(issue))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + number(issue));
    }

    private static List<String> numbers(JsonNode page) {
        return page.path("rows").findValuesAsText("caseNumber");
    }

    private static String number(CaseDriver issue) {
        return issue.instance().getBusinessKey();
    }

    private static Map<String, Object> titled(String title) {
        Map<String, Object> facts = CaseDriver.roadsIssue();
        facts.put(TITLE, title);
        return facts;
    }

    /** RFC 4180, as Excel reads it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return lines;
    }
}
