package cn.grassroots.cases.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.InvalidRequestException;

/**
 * Registrations sent with an {@code Idempotency-Key} (per user): the key is written in the registration's own
 * transaction before the case starts, so of two racing requests with one key the database lets one commit and the other
 * finds the first's answer; a retry after the first answered gets that answer again (200). The same key with a different
 * request is refused (422); a registration that failed leaves no key behind, so it can be retried.
 */
@Service
public class IdempotentIntake {

    /** The answer and whether it is the first one (201) or a repeat (200). */
    public record Answer(RegisteredIssue issue, boolean repeated) {
    }

    public static final String HEADER = "Idempotency-Key";
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final IssueIntake intake;
    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final TransactionTemplate transaction;

    IdempotentIntake(IssueIntake intake, JdbcTemplate jdbc, IdentityService identity,
            PlatformTransactionManager transactionManager) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Registers as the current user; {@code key} may be null (no idempotency). */
    public Answer register(String key, IssueRegistrationRequest request) {
        if (key == null) {
            return new Answer(intake.register(request.toFacts()), false);
        }
        if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidRequestException("幂等键有误", HEADER,
                    FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "须为 1 到 100 个可见的 ASCII 字符"));
        }
        String user = identity.getCurrentAuthentication().getUserId();
        String hash = hash(request);
        Optional<Answer> earlier = earlier(user, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> {
                jdbc.update("""
                        INSERT INTO idempotent_registration (user_id, idempotency_key, request_hash, created_at)
                        VALUES (?, ?, ?, ?)""", user, key, hash, new Timestamp(ClockUtil.getCurrentTime().getTime()));
                RegisteredIssue issue = intake.register(request.toFacts());
                jdbc.update("""
                        UPDATE idempotent_registration SET case_number = ?, process_instance_id = ?
                        WHERE user_id = ? AND idempotency_key = ?""", issue.caseNumber(), issue.processInstanceId(),
                        user, key);
                return new Answer(issue, false);
            });
        } catch (DuplicateKeyException raced) {
            // another request with this key committed first: its answer is this one's
            return earlier(user, key, hash).orElseThrow(() -> raced);
        }
    }

    private Optional<Answer> earlier(String user, String key, String hash) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT request_hash, case_number, process_instance_id FROM idempotent_registration
                WHERE user_id = ? AND idempotency_key = ?""", user, key);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        if (!hash.equals(row.get("request_hash"))) {
            throw new KeyReusedException();
        }
        String caseNumber = (String) row.get("case_number");
        return Optional.of(new Answer(intake.answer(caseNumber, (String) row.get("process_instance_id")), true));
    }

    private static String hash(IssueRegistrationRequest request) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(JSON.convertValue(request, Map.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a registration", e);
        }
    }

    /** The key was used before with a different request. */
    public static class KeyReusedException extends RuntimeException {
        KeyReusedException() {
            super("This Idempotency-Key was used with a different request");
        }
    }
}
