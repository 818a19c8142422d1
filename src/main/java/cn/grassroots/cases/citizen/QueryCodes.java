package cn.grassroots.cases.citizen;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The query code of each case: six characters without look-alikes (no 0/O, 1/I/L), given at registration in its
 * transaction and printed on the receipt. With the case number it opens the public lookup; 31⁶ ≈ 8.9 × 10⁸ codes and
 * the lookup's rate limit make guessing hopeless. Kept apart from the process, so no variable view shows it.
 */
@Component
public class QueryCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 6;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    QueryCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the newly registered case its code; answers it. */
    public String issue(String caseNumber, String registeredBy) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        jdbc.update("INSERT INTO case_receipt (case_number, query_code, registered_by, created_at) VALUES (?, ?, ?, ?)",
                caseNumber, code.toString(), registeredBy, new Timestamp(ClockUtil.getCurrentTime().getTime()));
        return code.toString();
    }

    public Optional<String> of(String caseNumber) {
        return jdbc.queryForList("SELECT query_code FROM case_receipt WHERE case_number = ?", String.class, caseNumber)
                .stream().findFirst();
    }

    /** Whether the code opens the case: compared in constant time, case-insensitive. */
    boolean opens(String caseNumber, String code) {
        if (code == null) {
            return false;
        }
        return of(caseNumber).map(stored -> java.security.MessageDigest.isEqual(
                stored.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    Optional<String> registeredBy(String caseNumber) {
        return jdbc.queryForList("SELECT registered_by FROM case_receipt WHERE case_number = ?", String.class,
                caseNumber).stream().findFirst();
    }
}
