package cn.grassroots.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;

/**
 * The demo year behind the supervisors' pages (here with two stories a month): cases in every month, for every unit,
 * in every state, some late and taken up by the offices, rated in every way; each a real case with its steps.
 */
@GrassrootsTest
class DemoYearTests {

    @Autowired
    DemoYear year;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aYearOfCasesGivesThePagesSomethingToShow() {
        List<String> ids = year.load(2);

        List<Map<String, Object>> rows = ids.stream().map(id -> jdbc.queryForMap(
                "SELECT * FROM case_ledger WHERE process_instance_id = ?", id)).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows).allSatisfy(row -> assertThat((String) value(row, "title")).startsWith("【演示】"));
        assertThat(values(rows, "status")).contains("CLOSED").hasSizeGreaterThanOrEqualTo(2);
        assertThat(values(rows, "responsible_unit")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(values(rows, "satisfaction")).contains("SATISFIED", "BASICALLY_SATISFIED");
        assertThat(rows.stream().filter(row -> ((Number) value(row, "highest_level")).intValue() >= 1)).isNotEmpty();
        assertThat(rows.stream().map(row -> value(row, "registered_at").toString().substring(0, 7))
                .collect(Collectors.toSet())).as("months").hasSizeGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?", Long.class,
                ids.get(0))).as("played through the process").isGreaterThan(5);
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(column)).findFirst()
                .map(Map.Entry::getValue).orElse(null);
    }

    private static Set<Object> values(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(row -> value(row, column)).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
