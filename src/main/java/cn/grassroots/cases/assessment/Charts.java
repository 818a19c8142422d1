package cn.grassroots.cases.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.ledger.LedgerQueries;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.organization.Organization.UnitKind;

/**
 * The figures of the charts page for a period, from the ledger: intake per month and channel, the on-time and
 * satisfaction rates per month (of the cases registered that month), cases per town and category, and the units with
 * the most overdue cases. Months are counted in the county's time zone.
 */
@Service
class Charts {

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final AssessmentProperties policy;

    Charts(JdbcTemplate jdbc, WorkingCalendar calendar, Directory directory, AssessmentProperties policy) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.policy = policy;
    }

    Map<String, Object> charts(Period period) {
        Map<YearMonth, long[]> months = new TreeMap<>(); // per channel, then closed, on time, rated, weighted ×1000
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            months.put(month, new long[Channel.values().length + 4]);
        }
        Map<String, Map<String, Long>> heat = new LinkedHashMap<>();
        Map<String, Long> overdue = new LinkedHashMap<>();
        LocalDate today = calendar.today();
        jdbc.query("""
                SELECT l.registered_at, l.channel, l.category, l.town, l.responsible_unit, l.status, l.resolved_on_time,
                       l.satisfaction, CASE WHEN (""" + LedgerQueries.OVERDUE + """
                ) THEN 1 ELSE 0 END AS late
                FROM case_ledger l WHERE l.registered_at >= ? AND l.registered_at < ? AND l.merged_into IS NULL""", (ResultSet rs) -> {
                    YearMonth month = YearMonth.from(rs.getTimestamp("registered_at").toInstant().atZone(calendar.zone()));
                    long[] counts = months.get(month);
                    if (counts == null) {
                        return;
                    }
                    int channel = channelIndex(rs.getString("channel"));
                    if (channel >= 0) {
                        counts[channel]++;
                    }
                    int base = Channel.values().length;
                    boolean closed = "CLOSED".equals(rs.getString("status"));
                    if (closed && rs.getString("responsible_unit") != null) {
                        counts[base]++;
                        if (rs.getBoolean("resolved_on_time")) {
                            counts[base + 1]++;
                        }
                    }
                    String satisfaction = rs.getString("satisfaction");
                    if (satisfaction != null) {
                        counts[base + 2]++;
                        counts[base + 3] += Math.round(1000 * ("SATISFIED".equals(satisfaction) ? policy.satisfiedWeight()
                                : "BASICALLY_SATISFIED".equals(satisfaction) ? policy.basicallySatisfiedWeight() : 0));
                    }
                    if (rs.getString("town") != null) {
                        heat.computeIfAbsent(rs.getString("town"), town -> new LinkedHashMap<>())
                                .merge(rs.getString("category"), 1L, Long::sum);
                    }
                    if (rs.getInt("late") == 1 && rs.getString("responsible_unit") != null) {
                        overdue.merge(rs.getString("responsible_unit"), 1L, Long::sum);
                    }
                }, Date.valueOf(today), Date.valueOf(today), startOf(period.from()), startOf(period.to().plusDays(1)));

        Map<String, String> names = directory.unitNames();
        Map<String, Object> charts = new LinkedHashMap<>();
        List<Map<String, Object>> intake = new ArrayList<>();
        List<Map<String, Object>> trend = new ArrayList<>();
        months.forEach((month, counts) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", month.toString());
            for (Channel channel : Channel.values()) {
                row.put(channel.name(), counts[channel.ordinal()]);
            }
            intake.add(row);
            int base = Channel.values().length;
            Map<String, Object> rates = new LinkedHashMap<>();
            rates.put("month", month.toString());
            rates.put("onTimeRate", counts[base] == 0 ? null : (double) counts[base + 1] / counts[base]);
            rates.put("satisfactionRate", counts[base + 2] == 0 ? null : counts[base + 3] / 1000.0 / counts[base + 2]);
            trend.add(rates);
        });
        charts.put("intakeByMonth", intake);
        charts.put("channels", java.util.Arrays.stream(Channel.values())
                .map(channel -> Map.of("code", channel.name(), "name", channel.label())).toList());
        charts.put("trend", trend);
        charts.put("heat", heat(heat, names));
        charts.put("mostOverdue", overdue.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(entry -> Map.of("unit", entry.getKey(), "unitName", names.getOrDefault(entry.getKey(),
                        entry.getKey()), "overdue", entry.getValue())).toList());
        return charts;
    }

    /** Every town of the organisation (and any other place with cases) × every category. */
    private Map<String, Object> heat(Map<String, Map<String, Long>> counts, Map<String, String> names) {
        List<String> towns = new ArrayList<>(directory.places().stream()
                .filter(place -> place.kind() == UnitKind.TOWN).map(Directory.OrgPlace::id).toList());
        counts.keySet().stream().filter(town -> !towns.contains(town)).sorted().forEach(towns::add);
        List<Category> categories = List.of(Category.values());
        List<List<Object>> cells = new ArrayList<>();
        for (int t = 0; t < towns.size(); t++) {
            for (int c = 0; c < categories.size(); c++) {
                long n = counts.getOrDefault(towns.get(t), Map.of()).getOrDefault(categories.get(c).name(), 0L);
                cells.add(List.of(t, c, n));
            }
        }
        Map<String, Object> heat = new LinkedHashMap<>();
        heat.put("towns", towns.stream().map(town -> Map.of("id", town, "name", names.getOrDefault(town, town)))
                .toList());
        heat.put("categories", categories.stream()
                .map(category -> Map.of("code", category.name(), "name", category.label())).toList());
        heat.put("cells", cells);
        return heat;
    }

    private static int channelIndex(String channel) {
        for (Channel each : Channel.values()) {
            if (each.name().equals(channel)) {
                return each.ordinal();
            }
        }
        return -1;
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(calendar.zone()).toInstant());
    }
}
