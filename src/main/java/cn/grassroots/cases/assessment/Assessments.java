package cn.grassroots.cases.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.ledger.LedgerQueries;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.organization.Organization.UnitKind;

/**
 * 三率 and more: computes each unit's figures for a period from the ledger ({@link Measure} says what each counts),
 * scores and ranks them by the policy ({@link AssessmentProperties}), and lists the rows behind any figure.
 */
@Service
public class Assessments {

    private static final int TOP_AND_BOTTOM = 3;
    /** The drill-down lists this many rows at most (with how many there are); the ledger has them all. */
    static final int DRILL_DOWN_ROWS = 500;

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final LedgerQueries ledger;
    private final AssessmentProperties policy;

    Assessments(JdbcTemplate jdbc, WorkingCalendar calendar, Directory directory, LedgerQueries ledger,
            AssessmentProperties policy) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.ledger = ledger;
        this.policy = policy;
    }

    /** Every unit's figures for the period (registration days from..to, inclusive), scored and ranked. */
    public Assessment assess(LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> byUnit = new LinkedHashMap<>();
        directory.units().stream().filter(unit -> unit.kind() != UnitKind.VILLAGE)
                .forEach(unit -> byUnit.put(unit.id(), new HashMap<>()));
        count(byUnit, ledgerCounts(), "FROM case_ledger l WHERE l.responsible_unit IS NOT NULL AND l.registered_at >= ?"
                + " AND l.registered_at < ? GROUP BY l.responsible_unit", "l.responsible_unit", false, from, to);
        count(byUnit, List.of(), "FROM case_handover h WHERE h.handed_over_at >= ? AND h.handed_over_at < ?"
                + " GROUP BY h.unit", "h.unit", true, from, to);
        Map<String, String> names = directory.unitNames();
        List<UnitFigures> figures = new ArrayList<>();
        byUnit.forEach((unit, counts) -> figures.add(figures(unit, names.getOrDefault(unit, unit), counts)));
        List<UnitFigures> ranked = rank(figures);
        List<String> rankedIds = ranked.stream().filter(UnitFigures::ranked).map(UnitFigures::unit).toList();
        int shown = Math.min(TOP_AND_BOTTOM, rankedIds.size() / 2);
        return new Assessment(from.toString(), to.toString(), weights(), satisfactionWeights(), policy.minimumCases(),
                ranked, rankedIds.subList(0, shown), reversed(rankedIds.subList(rankedIds.size() - shown,
                        rankedIds.size())));
    }

    /** The rows behind one figure of one unit: those counted at all (denominator) or those counting (numerator). */
    public LedgerQueries.Page behind(LocalDate from, LocalDate to, String unit, Measure measure, boolean numerator) {
        List<Object> arguments = new ArrayList<>(List.of(unit, startOf(from), startOf(to.plusDays(1))));
        String condition = "(" + measure.denominator + ")";
        if (numerator) {
            condition += " AND (" + measure.numerator + ")";
            for (int i = 0; i < measure.todays(); i++) {
                arguments.add(Date.valueOf(calendar.today()));
            }
        }
        if (measure.handovers) {
            return ledger.select("case_handover h JOIN case_ledger l ON l.process_instance_id = h.process_instance_id",
                    "h.unit = ? AND h.handed_over_at >= ? AND h.handed_over_at < ? AND " + condition, arguments,
                    DRILL_DOWN_ROWS);
        }
        return ledger.select("case_ledger l", "l.responsible_unit = ? AND l.registered_at >= ? AND l.registered_at < ?"
                + " AND " + condition, arguments, DRILL_DOWN_ROWS);
    }

    private void count(Map<String, Map<String, Long>> byUnit, List<String> columns, String fromWhereGroup,
            String unitColumn, boolean handovers, LocalDate from, LocalDate to) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT " + unitColumn + " AS unit_id");
        for (Measure measure : Measure.values()) {
            if (measure.handovers != handovers) {
                continue;
            }
            select.append(", SUM(CASE WHEN ").append(measure.denominator).append(" THEN 1 ELSE 0 END) AS ")
                    .append(measure.name()).append("_D");
            select.append(", SUM(CASE WHEN (").append(measure.denominator).append(") AND (")
                    .append(measure.numerator).append(") THEN 1 ELSE 0 END) AS ").append(measure.name()).append("_N");
            for (int i = 0; i < measure.todays(); i++) {
                arguments.add(Date.valueOf(calendar.today()));
            }
        }
        columns.forEach(column -> select.append(", ").append(column));
        arguments.add(startOf(from));
        arguments.add(startOf(to.plusDays(1)));
        jdbc.query(select + " " + fromWhereGroup, (ResultSet rs) -> {
            Map<String, Long> counts = byUnit.computeIfAbsent(rs.getString("unit_id"), unit -> new HashMap<>());
            var metadata = rs.getMetaData();
            for (int i = 2; i <= metadata.getColumnCount(); i++) {
                counts.put(metadata.getColumnLabel(i).toUpperCase(), rs.getLong(i));
            }
        }, arguments.toArray());
    }

    private static List<String> ledgerCounts() {
        return List.of("SUM(CASE WHEN l.satisfaction = 'SATISFIED' THEN 1 ELSE 0 END) AS SATISFIED",
                "SUM(CASE WHEN l.satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END) AS BASICALLY_SATISFIED",
                "SUM(CASE WHEN l.satisfaction = 'DISSATISFIED' THEN 1 ELSE 0 END) AS DISSATISFIED");
    }

    private UnitFigures figures(String unit, String name, Map<String, Long> counts) {
        long cases = n(counts, "CASES_D");
        long handovers = n(counts, "RESPONSE_D");
        long closed = n(counts, "ON_TIME_D");
        long rated = n(counts, "SATISFACTION_D");
        long satisfied = n(counts, "SATISFIED");
        long basically = n(counts, "BASICALLY_SATISFIED");
        Double response = share(n(counts, "RESPONSE_N"), handovers);
        Double onTime = share(n(counts, "ON_TIME_N"), closed);
        Double resolution = share(n(counts, "RESOLUTION_N"), closed);
        Double satisfaction = rated == 0 ? null
                : (satisfied * policy.satisfiedWeight() + basically * policy.basicallySatisfiedWeight()) / rated;
        Double returns = share(n(counts, "RETURNS_N"), handovers);
        Double redo = share(n(counts, "REDO_N"), n(counts, "REDO_D"));
        double weighted = 0;
        double weights = 0;
        Object[][] rates = {{"response", response}, {"on-time", onTime}, {"resolution", resolution},
            {"satisfaction", satisfaction}, {"returns", returns == null ? null : 1 - returns},
            {"redo", redo == null ? null : 1 - redo}};
        for (Object[] rate : rates) {
            if (rate[1] != null) {
                weighted += policy.weight((String) rate[0]) * (Double) rate[1];
                weights += policy.weight((String) rate[0]);
            }
        }
        Double score = weights == 0 ? null : Math.round(weighted / weights * 1000) / 10.0;
        return new UnitFigures(unit, name, cases, handovers, n(counts, "RESPONSE_N"), n(counts, "RETURNS_N"), closed,
                n(counts, "ON_TIME_N"), n(counts, "RESOLUTION_N"), rated, satisfied, basically,
                n(counts, "DISSATISFIED"), n(counts, "REDO_D"), n(counts, "REDO_N"), n(counts, "OVERDUE_N"),
                n(counts, "SUPERVISED_N"), n(counts, "LEADER_ESCALATED_N"), n(counts, "NOTICED_N"),
                n(counts, "FALSE_CLOSURE_N"), response, onTime,
                resolution, satisfaction, returns, redo, score, null, false, UnitFigures.TOO_FEW);
    }

    /** Ranked units by score (ties share a rank), then the units with too few cases, by name. */
    private List<UnitFigures> rank(List<UnitFigures> figures) {
        List<UnitFigures> ranked = figures.stream()
                .filter(unit -> unit.cases() >= policy.minimumCases() && unit.score() != null)
                .sorted(Comparator.comparing(UnitFigures::score).reversed()
                        .thenComparing(Comparator.comparingLong(UnitFigures::cases).reversed())
                        .thenComparing(UnitFigures::unitName))
                .toList();
        List<UnitFigures> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            UnitFigures unit = ranked.get(i);
            double score = unit.score();
            int rank = 1 + (int) ranked.stream().filter(other -> other.score() > score).count();
            result.add(unit.ranked(rank));
        }
        figures.stream().filter(unit -> !ranked.contains(unit)).sorted(Comparator.comparing(UnitFigures::unitName))
                .forEach(result::add);
        return result;
    }

    private Map<String, Double> weights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("response", policy.weight("response"));
        weights.put("onTime", policy.weight("on-time"));
        weights.put("resolution", policy.weight("resolution"));
        weights.put("satisfaction", policy.weight("satisfaction"));
        weights.put("returns", policy.weight("returns"));
        weights.put("redo", policy.weight("redo"));
        return weights;
    }

    private Map<String, Double> satisfactionWeights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("satisfied", policy.satisfiedWeight());
        weights.put("basicallySatisfied", policy.basicallySatisfiedWeight());
        return weights;
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(calendar.zone()).toInstant());
    }

    private static long n(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
