package cn.grassroots.cases.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out readable, unique numbers such as {@code SX-2026-000123} (cases) or {@code HD-2026-000001} (visits),
 * counted per series and year in the table {@code serial_number}. The counter row is incremented in the caller's
 * transaction (the process start), so a start that fails gives its number back and numbers stay without gaps;
 * concurrent starts of one series wait for each other on that row.
 */
@Component
public class SerialNumbers {

    /** The series of case numbers. */
    public static final String CASES = "CASE";
    /** The series of visit numbers (下基层活动). */
    public static final String VISITS = "VISIT";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    SerialNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of {@code series} in {@code year}, written as {@code <prefix>-<year>-<6 digits>}. */
    public String next(String series, String prefix, int year) {
        ensureCounterFor(series, year);
        jdbc.update("UPDATE serial_number SET last_number = last_number + 1 WHERE series = ? AND counter_year = ?",
                series, year);
        Long number = jdbc.queryForObject(
                "SELECT last_number FROM serial_number WHERE series = ? AND counter_year = ?", Long.class, series, year);
        return "%s-%d-%06d".formatted(prefix, year, number);
    }

    /** The first number of a series in a year creates its counter, in its own transaction so a race loses nothing. */
    private void ensureCounterFor(String series, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update("""
                    INSERT INTO serial_number (series, counter_year, last_number)
                    SELECT ?, ?, 0 WHERE NOT EXISTS
                        (SELECT 1 FROM serial_number WHERE series = ? AND counter_year = ?)""",
                    series, year, series, year));
        } catch (DuplicateKeyException concurrentFirstOfYear) {
            // another start created the row at the same moment: it is there now
        }
    }
}
