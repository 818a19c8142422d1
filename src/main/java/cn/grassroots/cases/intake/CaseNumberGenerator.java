package cn.grassroots.cases.intake;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out readable, unique case numbers such as {@code SX-2026-000123}, counted per year in the table
 * {@code case_number_counter}. The counter row is incremented in the caller's transaction (the process start),
 * so a registration that fails gives its number back and numbers stay without gaps; concurrent registrations
 * wait for each other on that row.
 */
@Component
class CaseNumberGenerator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    CaseNumberGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String prefix, int year) {
        ensureCounterFor(year);
        jdbc.update("UPDATE case_number_counter SET last_number = last_number + 1 WHERE counter_year = ?", year);
        Long number = jdbc.queryForObject(
                "SELECT last_number FROM case_number_counter WHERE counter_year = ?", Long.class, year);
        return "%s-%d-%06d".formatted(prefix, year, number);
    }

    /** The first registration of a year creates its counter, in its own transaction so a race loses nothing. */
    private void ensureCounterFor(int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update("""
                    INSERT INTO case_number_counter (counter_year, last_number)
                    SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM case_number_counter WHERE counter_year = ?)""",
                    year, year));
        } catch (DuplicateKeyException concurrentFirstOfYear) {
            // another registration created the row at the same moment: it is there now
        }
    }
}
