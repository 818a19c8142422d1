package cn.grassroots.cases.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The webapps' Chinese labels (our zh.json) against the English ones shipped in the Camunda webjar on the classpath:
 * after a Camunda upgrade, a label the webapps gained or a placeholder they changed fails here, not in front of a
 * county's handler.
 */
class ChineseLocalesTests {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    /** Values that are the same in every language: technical tokens and product names. */
    private static final Set<String> UNTRANSLATED = Set.of("<definition>", "<version>", "CSV", "JSON",
            "YYYY-MM-DDTHH:mm:ss", "null", "requestPayload", "Optimize");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void everyLabelOfTheWebappIsInChineseWithItsPlaceholders(String app) throws IOException {
        Map<String, String> english = labels(app, "en");
        Map<String, String> chinese = labels(app, "zh");

        assertThat(chinese.keySet()).as("labels of %s without Chinese", app).containsAll(english.keySet());
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = chinese.get(key);
            if (!placeholders(text).equals(placeholders(translated))) {
                problems.add(key + ": placeholders " + placeholders(text) + " became " + placeholders(translated));
            }
            if (LATIN_WORD.matcher(translated).find() && !CHINESE.matcher(translated).find()
                    && !UNTRANSLATED.contains(translated.strip())) {
                problems.add(key + ": still English: " + translated);
            }
        });
        assertThat(problems).as("labels of %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void datesAreShownInChinese(String app) throws IOException {
        JsonNode dates = read(app, "zh").get("dateLocales");

        assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
        assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("星期一");
        assertThat(dates.get("longDateFormat").get("LL").asText()).isEqualTo("YYYY年M月D日");
    }

    private Map<String, String> labels(String app, String language) throws IOException {
        Map<String, String> labels = new TreeMap<>();
        read(app, language).get("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private JsonNode read(String app, String language) throws IOException {
        String path = LOCALES.formatted(app, language);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            byte[] bytes = in.readAllBytes();
            int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0; // Camunda's en.json starts with a BOM
            return json.readTree(new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s", ""));
        }
        found.sort(null);
        return found;
    }
}
