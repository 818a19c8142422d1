package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.calendar.HolidayCalendarFiles;

/**
 * Issue 9, item 7: in late December 2026 the State Council's 2027 schedule is not yet loaded, so deadlines in 2027 are
 * counted Monday to Friday and the system says so. When holidays-2027.txt is put in the calendar folder, every pending
 * deadline counted through 2027 is counted again: the case's deadline (when the policy counted it), its timers and
 * its tasks' due dates, and the board's copy.
 */
@GrassrootsTest
class HolidayCalendarArrivalTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Path NEXT_YEAR = Path.of("target/test-calendar/holidays-2027.txt");

    @Autowired
    ProcessEngine engine;
    @Autowired
    HolidayCalendarFiles calendarFiles;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void withoutNextYearsCalendar() throws IOException {
        Files.createDirectories(NEXT_YEAR.getParent());
        Files.deleteIfExists(NEXT_YEAR);
        calendarFiles.reload();
    }

    @AfterEach
    void asBefore() throws IOException {
        Files.deleteIfExists(NEXT_YEAR);
        calendarFiles.reload();
        ClockUtil.reset();
    }

    @Test
    void whenNextYearsCalendarArrivesThePendingDeadlinesAreCountedAgain() throws IOException {
        ClockUtil.setCurrentTime(at(2026, 12, 21, 8, 0)); // Monday: 15 working days end on Mon 11 Jan, Mon to Fri
        CaseDriver counted = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        CaseDriver chosen = CaseDriver.register(engine, CaseDriver.roadsIssue()).complete(TASK_SORT_ISSUE,
                "dispatcher", Map.of(RESPONSIBLE_UNIT, "unit-roads", RESOLUTION_PATH, "DIRECT", DUE_DATE, "2027-01-08"));
        ClockUtil.setCurrentTime(at(2026, 12, 31, 10, 0)); // Thursday: 分办 due the next working day
        CaseDriver toSort = CaseDriver.register(engine, CaseDriver.roadsIssue());

        assertThat(counted.variable(DUE_DATE)).isEqualTo("2027-01-11");
        assertThat(counted.timerDue(TIMER_RESOLVE_OVERDUE)).isEqualTo(at(2027, 1, 11, 23, 59, 59));
        assertThat(counted.timerDue(BOUNDARY_RESOLVE_WARNING)).isEqualTo(at(2027, 1, 6, 9, 0));
        assertThat(toSort.task(TASK_SORT_ISSUE).getDueDate()).isEqualTo(at(2027, 1, 1, 23, 59, 59));
        assertThat(health()).as("UP, the missing year in the details for a logged-in person").contains("\"UP\"")
                .contains("missingYears").contains("2027");
        assertThat(cockpitWarnings()).contains("HOLIDAY_CALENDAR_MISSING").contains("缺少2027年的节假日安排");

        Files.writeString(NEXT_YEAR, "holiday 2027-01-01 元旦\n", StandardCharsets.UTF_8);
        assertThat(calendarFiles.reload()).isTrue();

        assertThat(counted.variable(DUE_DATE)).isEqualTo("2027-01-12");
        assertThat(counted.timerDue(TIMER_RESOLVE_OVERDUE)).isEqualTo(at(2027, 1, 12, 23, 59, 59));
        assertThat(counted.timerDue(BOUNDARY_RESOLVE_WARNING)).isEqualTo(at(2027, 1, 7, 9, 0));
        assertThat(counted.timerDue(TIMER_LEADER_ESCALATION)).isEqualTo(at(2027, 1, 19, 23, 59, 59));
        assertThat(counted.task(TASK_RESOLVE_ISSUE).getDueDate()).isEqualTo(at(2027, 1, 12, 23, 59, 59));
        assertThat(counted.task(TASK_RESOLVE_ISSUE).getFollowUpDate()).isEqualTo(at(2027, 1, 7, 9, 0));
        assertThat(engine.getTaskService().getVariableLocal(counted.task(TASK_RESOLVE_ISSUE).getId(), DUE_DATE))
                .isEqualTo("2027-01-12");
        assertThat(jdbc.queryForObject("SELECT due_date FROM case_watch WHERE process_instance_id = ?", String.class,
                counted.instance().getId())).isEqualTo("2027-01-12");
        assertThat(chosen.variable(DUE_DATE)).as("a date the dispatcher chose stays").isEqualTo("2027-01-08");
        assertThat(toSort.task(TASK_SORT_ISSUE).getDueDate()).isEqualTo(at(2027, 1, 4, 23, 59, 59));
        assertThat(health()).doesNotContain("2027");
        assertThat(cockpitWarnings()).isEqualTo("[]");
    }

    @Test
    void aMalformedFileIsReportedAndTheCalendarStaysAsItWas() throws IOException {
        ClockUtil.setCurrentTime(at(2026, 12, 21, 8, 0));
        CaseDriver counted = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");

        Files.writeString(NEXT_YEAR, "holiday 2027-13-01 元旦\n", StandardCharsets.UTF_8);

        assertThat(calendarFiles.reload()).isFalse();
        assertThat(counted.variable(DUE_DATE)).isEqualTo("2027-01-11");
        assertThat(health()).contains("2027");
    }

    private String cockpitWarnings() {
        return EngineHttp.as(rest, "supervisor").get("/api/system/warnings").getBody().toString();
    }

    private String health() {
        return EngineHttp.as(rest, "demo").get("/actuator/health").getBody().toString();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return at(year, month, day, hour, minute, 0);
    }

    private static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI).toInstant());
    }
}
