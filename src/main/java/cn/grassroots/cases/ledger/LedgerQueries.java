package cn.grassroots.cases.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.handling.Labelled;
import cn.grassroots.cases.handling.Outcome;
import cn.grassroots.cases.handling.ResolutionPath;
import cn.grassroots.cases.handling.Satisfaction;
import cn.grassroots.cases.handling.Urgency;
import cn.grassroots.cases.organization.Directory;

/**
 * Reads the ledger: a page of rows with the total, or every row one by one (exports stream them from a database
 * cursor, so memory stays flat however many there are). Each person reads the rows of his {@link LedgerScope}.
 */
@Service
public class LedgerQueries {

    /** A page of the ledger and how many rows the filters match in all. */
    public record Page(long total, int firstResult, int maxResults, List<LedgerRow> rows) {
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int EXPORT_FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final WorkingCalendar calendar;
    private final Directory directory;

    LedgerQueries(JdbcTemplate jdbc, PlatformTransactionManager transactions, WorkingCalendar calendar,
            Directory directory) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(EXPORT_FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.calendar = calendar;
        this.directory = directory;
    }

    public Page page(LedgerFilter filter, LedgerScope scope) {
        Where where = where(filter, scope);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM case_ledger l" + where.sql(), Long.class,
                where.arguments().toArray());
        Names names = names();
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(filter.maxResults());
        arguments.add(filter.firstResult());
        List<LedgerRow> rows = jdbc.query("SELECT l.* FROM case_ledger l" + where.sql() + order(filter)
                + " LIMIT ? OFFSET ?", (rs, n) -> row(rs, names), arguments.toArray());
        return new Page(total == null ? 0 : total, filter.firstResult(), filter.maxResults(), rows);
    }

    /** Every row the filters match, in their order, one at a time from a cursor (for exports). */
    public void each(LedgerFilter filter, LedgerScope scope, Consumer<LedgerRow> consumer) {
        Where where = where(filter, scope);
        Names names = names();
        // PostgreSQL streams a result in fetch-size pieces only inside a transaction
        readOnly.executeWithoutResult(status -> cursor.query("SELECT l.* FROM case_ledger l" + where.sql()
                + order(filter), (ResultSet rs) -> {
                    consumer.accept(row(rs, names));
                }, where.arguments().toArray()));
    }

    /** The case's row, when the person's scope reads it. */
    public java.util.Optional<LedgerRow> find(String caseNumber, LedgerScope scope) {
        Where where = where(LedgerFilter.period(null, null), scope);
        where.add("l.case_number = ?", caseNumber);
        Names names = names();
        return jdbc.query("SELECT l.* FROM case_ledger l" + where.sql(), (rs, n) -> row(rs, names),
                where.arguments().toArray()).stream().findFirst();
    }

    /**
     * The rows of a query another module composes over the ledger {@code l} (the assessment's drill-down: the same
     * conditions as its figures), oldest first: how many there are, and the first {@code maxResults}.
     */
    public Page select(String from, String condition, List<Object> arguments, int maxResults) {
        Names names = names();
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + from + " WHERE " + condition, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(maxResults);
        List<LedgerRow> rows = jdbc.query("SELECT l.* FROM " + from + " WHERE " + condition
                + " ORDER BY l.registered_at, l.case_number LIMIT ?", (rs, n) -> row(rs, names), paged.toArray());
        return new Page(total == null ? 0 : total, 0, maxResults, rows);
    }

    private Where where(LedgerFilter filter, LedgerScope scope) {
        Where where = new Where();
        if (!scope.everything()) {
            List<String> parts = new ArrayList<>();
            List<Object> arguments = new ArrayList<>();
            if (!scope.units().isEmpty()) {
                parts.add("l.responsible_unit IN (" + marks(scope.units().size()) + ")");
                arguments.addAll(scope.units());
            }
            if (scope.cadre() != null) {
                parts.add("l.cadre = ?");
                arguments.add(scope.cadre());
            }
            where.add(parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")", arguments.toArray());
        }
        if (filter.from() != null) {
            where.add("l.registered_at >= ?", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.add("l.registered_at < ?", startOf(filter.to().plusDays(1)));
        }
        where.addIf(filter.unit(), "l.responsible_unit = ?");
        where.addIf(filter.town(), "l.town = ?");
        where.addIf(filter.category(), "l.category = ?");
        where.addIf(filter.channel(), "l.channel = ?");
        where.addIf(filter.visitNumber(), "l.visit_number = ?");
        where.addIf(filter.cadre(), "l.cadre = ?");
        if ("OPEN".equals(filter.status())) {
            where.add(OPEN);
        } else {
            where.addIf(filter.status(), "l.status = ?");
        }
        if (filter.overdue() != null) {
            where.add((filter.overdue() ? "" : "NOT ") + "(" + OVERDUE + ")", Date.valueOf(calendar.today()),
                    Date.valueOf(calendar.today()));
        }
        if (filter.escalated() != null) {
            where.add(filter.escalated() ? "l.highest_level >= 1" : "l.highest_level = 0");
        }
        if (filter.query() != null) {
            where.add("(l.case_number = ? OR l.title LIKE ?)", filter.query(),
                    "%" + filter.query().replace("%", "").replace("_", "") + "%");
        }
        return where;
    }

    /** Not closed, written so that the database can use the status index. */
    static final String OPEN = "l.status IN ('TO_SORT', 'SIGN_OFF', 'RESOLVING', 'REVIEW', 'CALLBACK')";

    /** Open past its handling or sign-off deadline (before today), or signed off or resolved after it. */
    public static final String OVERDUE = "(l.status <> 'CLOSED' AND (l.due_date < ? OR (l.status = 'SIGN_OFF' AND l.sign_off_due < ?)))"
            + " OR COALESCE(l.resolved_on_time, TRUE) = FALSE OR COALESCE(l.signed_off_on_time, TRUE) = FALSE";

    private static String order(LedgerFilter filter) {
        String direction = filter.descending() ? " DESC" : " ASC";
        String column = LedgerFilter.SORT_COLUMNS.get(filter.sort());
        return " ORDER BY " + column + direction + (column.equals("l.case_number") ? "" : ", l.case_number" + direction);
    }

    private LedgerRow row(ResultSet rs, Names names) throws SQLException {
        String status = rs.getString("status");
        LocalDate due = day(rs.getDate("due_date"));
        Boolean resolvedOnTime = flag(rs, "resolved_on_time");
        LocalDate signOffDue = day(rs.getDate("sign_off_due"));
        Boolean signedOffOnTime = flag(rs, "signed_off_on_time");
        boolean overdue = (!"CLOSED".equals(status) && (due != null && due.isBefore(calendar.today())
                || "SIGN_OFF".equals(status) && signOffDue != null && signOffDue.isBefore(calendar.today())))
                || Boolean.FALSE.equals(resolvedOnTime) || Boolean.FALSE.equals(signedOffOnTime);
        int level = rs.getInt("highest_level");
        return new LedgerRow(rs.getString("case_number"), rs.getString("title"), rs.getString("channel"),
                Labelled.labelOf(Channel.class, rs.getString("channel")), rs.getString("category"),
                Labelled.labelOf(Category.class, rs.getString("category")), rs.getString("urgency"),
                Labelled.labelOf(Urgency.class, rs.getString("urgency")), rs.getString("location"),
                rs.getString("place"), names.unit(rs.getString("place")), rs.getString("town"),
                names.unit(rs.getString("town")), rs.getString("visit_number"), rs.getString("cadre"),
                names.person(rs.getString("cadre")), rs.getString("responsible_unit"),
                names.unit(rs.getString("responsible_unit")), rs.getString("responsible_person"),
                names.person(rs.getString("responsible_person")), rs.getString("resolution_path"),
                Labelled.labelOf(ResolutionPath.class, rs.getString("resolution_path")), status,
                LedgerRow.STATUS_NAMES.getOrDefault(status, status), rs.getBoolean("resolved_on_spot"),
                rs.getString("registered_by"), time(rs.getTimestamp("registered_at")),
                time(rs.getTimestamp("sorted_at")), time(rs.getTimestamp("signed_off_at")),
                signedOffOnTime, time(rs.getTimestamp("resolved_at")), resolvedOnTime,
                rs.getString("resolved_by"), time(rs.getTimestamp("reviewed_at")),
                time(rs.getTimestamp("callback_at")), time(rs.getTimestamp("closed_at")),
                text(day(rs.getDate("original_due_date"))), text(due), rs.getInt("extension_days"),
                rs.getInt("return_count"), rs.getInt("send_back_count"), rs.getInt("reopen_count"), level,
                level >= 0 && level < LedgerRow.LEVEL_NAMES.length ? LedgerRow.LEVEL_NAMES[level] : String.valueOf(level),
                rs.getInt("supervise_count"), rs.getInt("leader_count"), rs.getInt("notice_count"),
                rs.getString("satisfaction"), Labelled.labelOf(Satisfaction.class, rs.getString("satisfaction")),
                rs.getString("outcome"), Labelled.labelOf(Outcome.class, rs.getString("outcome")), overdue);
    }

    /** The start of a day in the county's time zone, as the ledger's timestamps store instants. */
    Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(calendar.zone()).toInstant());
    }

    private String time(Timestamp timestamp) {
        return timestamp == null ? null : MINUTES.format(timestamp.toInstant().atZone(calendar.zone()));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private Names names() {
        return new Names(directory.unitNames(), directory.personNames());
    }

    static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** The names people read, loaded once per request. */
    private record Names(Map<String, String> units, Map<String, String> people) {
        String unit(String id) {
            return id == null ? null : units.getOrDefault(id, id);
        }

        String person(String id) {
            return id == null ? null : people.getOrDefault(id, id);
        }
    }

    /** A WHERE clause and its arguments, built condition by condition. */
    static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> arguments = new ArrayList<>();

        void add(String condition, Object... values) {
            conditions.add(condition);
            arguments.addAll(List.of(values));
        }

        void addIf(String value, String condition) {
            if (value != null) {
                add(condition, value);
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        List<Object> arguments() {
            return arguments;
        }
    }
}
