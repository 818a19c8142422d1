package cn.grassroots.cases.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Numbers taken inside a process start, on a pool of one connection: a number must not need a second connection
 * (issue 12: at ten concurrent registrations every request held one connection and waited for another, and the
 * pool deadlocked), and a start that fails gives its number back.
 */
class SerialNumbersTests {

    private HikariDataSource pool;
    private JdbcTemplate jdbc;
    private TransactionTemplate start;
    private SerialNumbers numbers;

    @BeforeEach
    void onePooledConnection() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:serial-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        pool = new HikariDataSource(config);
        jdbc = new JdbcTemplate(pool);
        jdbc.execute("""
                CREATE TABLE serial_number (series VARCHAR(16) NOT NULL, counter_year INTEGER NOT NULL,
                    last_number BIGINT NOT NULL, PRIMARY KEY (series, counter_year))""");
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(pool);
        start = new TransactionTemplate(transactions);
        numbers = new SerialNumbers(jdbc, transactions, null);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void numbersTakenInsideAStartUseOnlyTheStartsConnection() {
        numbers.prepare(SerialNumbers.CASES, 2026);

        String both = start.execute(status -> numbers.next(SerialNumbers.CASES, "SX", 2026) + " "
                + numbers.next(SerialNumbers.CASES, "SX", 2026));

        assertThat(both).isEqualTo("SX-2026-000001 SX-2026-000002");
    }

    @Test
    void aStartThatFailsGivesItsNumberBack() {
        numbers.prepare(SerialNumbers.CASES, 2026);
        start.executeWithoutResult(status -> {
            numbers.next(SerialNumbers.CASES, "SX", 2026);
            status.setRollbackOnly();
        });

        String again = start.execute(status -> numbers.next(SerialNumbers.CASES, "SX", 2026));

        assertThat(again).isEqualTo("SX-2026-000001");
    }

    @Test
    void aYearWithoutACounterGetsOneOnItsFirstNumber() {
        assertThat(numbers.next(SerialNumbers.VISITS, "HD", 2031)).isEqualTo("HD-2031-000001");
        assertThat(numbers.next(SerialNumbers.VISITS, "HD", 2031)).isEqualTo("HD-2031-000002");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM serial_number", Integer.class)).isEqualTo(1);
    }
}
