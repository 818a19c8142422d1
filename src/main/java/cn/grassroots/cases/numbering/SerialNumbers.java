package cn.grassroots.cases.numbering;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * Hands out readable, unique numbers such as {@code SX-2026-000123} (cases) or {@code HD-2026-000001} (visits),
 * counted per series and year in the table {@code serial_number}. The counter row is incremented in the caller's
 * transaction (the process start), so a start that fails gives its number back and numbers stay without gaps;
 * concurrent starts of one series wait for each other on that row.
 * <p>
 * A number costs the caller's connection only: the counters of this year and the next exist before the application
 * serves, and a counter still missing (a node running past two new years) is created in a transaction of its own
 * once. Taking a second connection for every number would let a full pool deadlock, each request holding one
 * connection and waiting for another.
 */
@Component
public class SerialNumbers {

    /** The series of case numbers. */
    public static final String CASES = "CASE";
    /** The series of visit numbers (下基层活动). */
    public static final String VISITS = "VISIT";

    /** The series of published supervision notices (督查通报). */
    public static final String NOTICES = "NOTICE";
    /** The series of spot checks (不定期抽查). */
    public static final String SPOT_CHECKS = "SPOTCHECK";
    /** The series of special campaigns (专项督查). */
    public static final String CAMPAIGNS = "CAMPAIGN";

    /** The series of petition reviews (复查、复核). */
    public static final String PETITION_REVIEWS = "PETREVIEW";

    private static final List<String> SERIES = List.of(CASES, VISITS, NOTICES, SPOT_CHECKS, CAMPAIGNS,
            PETITION_REVIEWS);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final WorkingCalendar calendar;

    SerialNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Creates the counters of this year and the next before the application serves. */
    @EventListener(BeforeServingEvent.class)
    void prepareCounters() {
        int year = calendar.today().getYear();
        for (String series : SERIES) {
            prepare(series, year);
            prepare(series, year + 1);
        }
    }

    /** The next number of {@code series} in {@code year}, written as {@code <prefix>-<year>-<6 digits>}. */
    public String next(String series, String prefix, int year) {
        if (increment(series, year) == 0) {
            prepare(series, year);
            increment(series, year);
        }
        Long number = jdbc.queryForObject(
                "SELECT last_number FROM serial_number WHERE series = ? AND counter_year = ?", Long.class, series, year);
        return "%s-%d-%06d".formatted(prefix, year, number);
    }

    private int increment(String series, int year) {
        return jdbc.update("UPDATE serial_number SET last_number = last_number + 1 WHERE series = ? AND counter_year = ?",
                series, year);
    }

    /** Creates a counter in its own transaction, so that two nodes creating it at once lose nothing. */
    void prepare(String series, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update("""
                    INSERT INTO serial_number (series, counter_year, last_number)
                    SELECT ?, ?, 0 WHERE NOT EXISTS
                        (SELECT 1 FROM serial_number WHERE series = ? AND counter_year = ?)""",
                    series, year, series, year));
        } catch (DuplicateKeyException concurrentFirstOfYear) {
            // another node created the row at the same moment: it is there now
        }
    }
}
