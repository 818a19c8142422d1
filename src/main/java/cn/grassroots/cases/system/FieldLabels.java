package cn.grassroots.cases.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Chinese name of a variable as the forms label it, for messages that name a field: read once from the
 * {@code forms/*.form} files on the class path (by file name; the label of a field a person fills in wins over that of
 * a field that only shows a fact, then the first non-blank {@code label} or {@code dateLabel}). Fields only the API
 * takes have a short table of their own; anything else is called by its name.
 */
public final class FieldLabels {

    private static final Map<String, String> API_FIELDS = Map.ofEntries(
            Map.entry("from", "起始日期"), Map.entry("to", "截止日期"), Map.entry("reason", "发布说明"),
            Map.entry("unit", "责任单位"), Map.entry("town", "镇村"), Map.entry("measure", "考核项目"),
            Map.entry("part", "统计口径"), Map.entry("status", "办理状态"), Map.entry("sort", "排序字段"),
            Map.entry("order", "排序方向"), Map.entry("firstResult", "起始条数"), Map.entry("maxResults", "每页条数"),
            Map.entry("overdue", "是否超期"), Map.entry("escalated", "是否已督办"), Map.entry("q", "关键词"),
            Map.entry("checkPeriodFrom", "办结日期自"), Map.entry("checkPeriodTo", "办结日期至"),
            Map.entry("campaignCategory", "问题类别（或镇村）"), Map.entry("campaignPlace", "镇村"),
            Map.entry("instruction", "批示"), Map.entry("type", "活动类型"), Map.entry("Idempotency-Key", "幂等键"),
            Map.entry("body", "请求内容"),
            // a case fact the process writes, which the forms show in words under another name (escalationLevelName)
            Map.entry("escalationLevel", "督办级别"));

    private FieldLabels() {
    }

    /** The label of {@code field}, or {@code field} itself when no form or table names it. */
    public static String of(String field) {
        String label = Loaded.LABELS.get(field);
        return label != null ? label : API_FIELDS.getOrDefault(field, field);
    }

    /** The label with the variable name after it ("督办级别（escalationLevel）"), or the name alone if it has no label. */
    public static String named(String field) {
        String label = of(field);
        return label.equals(field) ? field : label + "（" + field + "）";
    }

    /** Read on first use. */
    private static final class Loaded {

        static final Map<String, String> LABELS = read();

        private static Map<String, String> read() {
            Map<String, String> filled = new HashMap<>();
            Map<String, String> shown = new HashMap<>();
            try {
                Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
                Arrays.sort(forms, Comparator.comparing(form -> String.valueOf(form.getFilename())));
                ObjectMapper json = new ObjectMapper();
                for (Resource form : forms) {
                    try (InputStream in = form.getInputStream()) {
                        collect(json.readTree(in).path("components"), filled, shown);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the forms' labels", e);
            }
            shown.forEach(filled::putIfAbsent);
            return Map.copyOf(filled);
        }

        private static void collect(JsonNode components, Map<String, String> filled, Map<String, String> shown) {
            for (JsonNode component : components) {
                String label = component.path("label").asText("").strip();
                if (label.isEmpty()) {
                    label = component.path("dateLabel").asText("").strip();
                }
                if (component.hasNonNull("key") && !label.isEmpty()) {
                    boolean locked = component.path("disabled").asBoolean(false)
                            || component.path("readonly").asBoolean(false);
                    (locked ? shown : filled).putIfAbsent(component.get("key").asText(), label);
                }
                collect(component.path("components"), filled, shown);
            }
        }
    }
}
