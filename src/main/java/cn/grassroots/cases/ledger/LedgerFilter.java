package cn.grassroots.cases.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;
import cn.grassroots.cases.system.InvalidRequestException;
import cn.grassroots.cases.system.QueryParameters;

/**
 * The filters of the ledger (问题清单), as query parameters: {@code from}/{@code to} (registration day, inclusive),
 * {@code unit}, {@code town} (a town covers its villages), {@code category}, {@code channel}, {@code status}
 * (TO_SORT, SIGN_OFF, RESOLVING, REVIEW, CALLBACK, CLOSED, or OPEN for all but closed), {@code overdue},
 * {@code escalated}, {@code q} (case number or words of the title), {@code visitNumber}, {@code cadre};
 * {@code sort} (registeredAt, caseNumber, dueDate, closedAt, unit, status) and {@code order} (asc, desc); paging by
 * {@code firstResult} and {@code maxResults} (at most {@value #MAX_PAGE}). Null means any.
 */
public record LedgerFilter(LocalDate from, LocalDate to, String unit, String town, String category, String channel,
        String status, Boolean overdue, Boolean escalated, String query, String visitNumber, String cadre,
        String sort, boolean descending, int firstResult, int maxResults) {

    public static final int MAX_PAGE = 500;
    static final Set<String> STATUSES = Set.of("TO_SORT", "SIGN_OFF", "RESOLVING", "PAUSED", "REVIEW", "CALLBACK", "CLOSED", "MERGED",
            "OPEN");
    static final Map<String, String> SORT_COLUMNS = Map.of("registeredAt", "l.registered_at", "caseNumber",
            "l.case_number", "dueDate", "l.due_date", "closedAt", "l.closed_at", "unit", "l.responsible_unit",
            "status", "l.status");

    /** Every case in the period, the first page: the assessment's drill-down and the tests start from here. */
    public static LedgerFilter period(LocalDate from, LocalDate to) {
        return new LedgerFilter(from, to, null, null, null, null, null, null, null, null, null, null, "registeredAt",
                true, 0, 50);
    }

    /** Reads the query parameters; every bad one is named in one 400. */
    public static LedgerFilter parse(Map<String, String> parameters) {
        Map<String, FieldProblem> errors = new LinkedHashMap<>();
        QueryParameters read = new QueryParameters(parameters, errors);
        LocalDate from = read.date("from");
        LocalDate to = read.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", FieldProblem.of(Code.OUT_OF_RANGE, "不能早于起始日期"));
        }
        String category = read.oneOf("category", names(Category.values()));
        String channel = read.oneOf("channel", names(Channel.values()));
        String status = read.oneOf("status", STATUSES);
        String sort = read.oneOf("sort", SORT_COLUMNS.keySet());
        String order = read.oneOf("order", Set.of("asc", "desc"));
        int firstResult = read.number("firstResult", 0, 0, Integer.MAX_VALUE);
        int maxResults = read.number("maxResults", 50, 1, MAX_PAGE);
        LedgerFilter filter = new LedgerFilter(from, to, read.text("unit"), read.text("town"), category, channel,
                status, read.flag("overdue"), read.flag("escalated"), read.text("q"), read.text("visitNumber"),
                read.text("cadre"), sort == null ? "registeredAt" : sort, !"asc".equals(order), firstResult,
                maxResults);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("台账查询条件有误", errors);
        }
        return filter;
    }

    /** The same filters for every row (an export), without paging. */
    public LedgerFilter unpaged() {
        return new LedgerFilter(from, to, unit, town, category, channel, status, overdue, escalated, query,
                visitNumber, cadre, sort, descending, 0, Integer.MAX_VALUE);
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new java.util.HashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
