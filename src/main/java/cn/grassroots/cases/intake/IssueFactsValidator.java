package cn.grassroots.cases.intake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.handling.Labelled;
import cn.grassroots.cases.handling.TextRules;
import cn.grassroots.cases.handling.Urgency;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

/**
 * The registration rules, in one place for every way an issue comes in. Answers each bad field with a
 * message; an empty answer means the issue can be accepted.
 */
final class IssueFactsValidator {

    static final int TITLE_MAX = 100;
    static final int DESCRIPTION_MAX = 2000;
    static final int LOCATION_MAX = 100;
    static final int REPORTER_NAME_MAX = 50;
    static final int RESOLUTION_MAX = 2000;
    /** Mainland mobile numbers, or landlines with area code (0571-87654321). */
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private IssueFactsValidator() {
    }

    static Map<String, FieldProblem> validate(IssueFacts facts) {
        Map<String, FieldProblem> errors = new LinkedHashMap<>();
        required(errors, TITLE, facts.title(), TITLE_MAX);
        required(errors, DESCRIPTION, facts.description(), DESCRIPTION_MAX);
        oneOf(errors, CHANNEL, facts.channel(), Channel.class);
        oneOf(errors, CATEGORY, facts.category(), Category.class);
        oneOf(errors, URGENCY, facts.urgency(), Urgency.class);
        required(errors, LOCATION, facts.location(), LOCATION_MAX);
        optional(errors, REPORTER_NAME, facts.reporterName(), REPORTER_NAME_MAX);
        if (!isBlank(facts.reporterPhone()) && !PHONE.matcher(facts.reporterPhone().strip()).matches()) {
            // the pattern also keeps control characters out
            errors.put(REPORTER_PHONE, FieldProblem.of(Code.INVALID_FORMAT,
                    "须为手机号码（以 1 开头的 11 位数字）或带区号的固定电话（如 0571-87654321）"));
        }
        flag(errors, RESOLVED_ON_SPOT, facts.resolvedOnSpot());
        flag(errors, ACCUSATION, facts.accusation());
        if (facts.isResolvedOnSpot()) {
            required(errors, RESOLUTION, facts.resolution(), RESOLUTION_MAX);
        }
        return errors;
    }

    private static void flag(Map<String, FieldProblem> errors, String field, Object value) {
        if (value != null && !(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
            errors.put(field, FieldProblem.notAFlag());
        }
    }

    private static void required(Map<String, FieldProblem> errors, String field, String value, int max) {
        if (value != null && TextRules.problem(value) != null) {
            errors.put(field, TextRules.problem(value));
        } else if (isBlank(value)) {
            errors.put(field, FieldProblem.required());
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(Map<String, FieldProblem> errors, String field, String value, int max) {
        if (value != null && TextRules.problem(value) != null) {
            errors.put(field, TextRules.problem(value));
        } else if (value != null && value.strip().length() > max) {
            errors.put(field, FieldProblem.tooLong(max));
        }
    }

    private static <E extends Enum<E> & Labelled> void oneOf(Map<String, FieldProblem> errors, String field,
            String value, Class<E> type) {
        String allowed = "（可选：" + String.join("、", Arrays.stream(type.getEnumConstants())
                .map(c -> c.name() + " " + c.label()).toList()) + "）";
        if (isBlank(value)) {
            errors.put(field, FieldProblem.of(Code.REQUIRED, "不能为空" + allowed));
        } else if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(value.strip()))) {
            errors.put(field, FieldProblem.of(Code.UNKNOWN_VALUE, "“" + value + "”不是可选的值" + allowed));
        }
    }

    private static boolean isBlank(String value) {
        return TextRules.isBlank(value);
    }
}
