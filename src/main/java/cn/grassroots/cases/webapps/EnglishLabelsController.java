package cn.grassroots.cases.webapps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serves the webapps' English labels (the fallback of the Chinese ones) without their date words, with the words of
 * the application's own password rules added for Admin.
 * <p>
 * Tasklist, Cockpit and Admin load the browser's label file and the English fallback side by side, and each file's
 * {@code dateLocales} switch the date library to its language when it arrives: whichever arrives last decides whether
 * a Chinese user reads "3 天前" or "3 days ago" (Camunda 7.24). Without {@code dateLocales} the English file leaves
 * the dates alone; English users keep the date library's built-in English, which says the same.
 */
@RestController
class EnglishLabelsController {

    private static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
    private static final String WEBJAR_LABELS = "META-INF/resources/webjars/camunda/app/%s/locales/en.json";

    private final ObjectMapper json;
    private final Map<String, String> served = new ConcurrentHashMap<>();

    EnglishLabelsController(ObjectMapper json) {
        this.json = json;
    }

    @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/{app}/locales/en.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> englishLabels(@PathVariable String app) {
        if (!APPS.contains(app)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(served.computeIfAbsent(app, this::withoutDates));
    }

    private String withoutDates(String app) {
        String path = WEBJAR_LABELS.formatted(app);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the Camunda webjar has no " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            ObjectNode labels = (ObjectNode) json.readTree(text);
            labels.remove("dateLocales");
            if ("admin".equals(app) && labels.get("labels") instanceof ObjectNode own) {
                // the rules of the application's password policy (system/PasswordRules) that Camunda has no words for
                own.put("PASSWORD_POLICY_NOT_WELL_KNOWN", "not a common password");
                own.put("PASSWORD_POLICY_NOT_REPEATED", "not one short piece repeated");
            }
            return json.writeValueAsString(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
