package cn.grassroots.cases.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;

/** The label files a browser gets: Chinese with Chinese dates; the English fallback without dates of its own. */
@GrassrootsTest
class WebappLabelFilesTests {

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin" })
    void theEnglishFallbackCarriesLabelsButLeavesTheDatesToTheChineseFile(String app) {
        ResponseEntity<JsonNode> english = http.getForEntity("/camunda/app/" + app + "/locales/en.json?bust=7.24.0",
                JsonNode.class);
        ResponseEntity<JsonNode> chinese = http.getForEntity("/camunda/app/" + app + "/locales/zh.json",
                JsonNode.class);

        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(english.getBody().get("labels").get("APP_VENDOR").asText()).isEqualTo("Camunda");
        assertThat(english.getBody().has("dateLocales")).isFalse();
        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chinese.getBody().get("dateLocales").get("relativeTime").get("past").asText()).isEqualTo("%s前");
    }

    @Test
    void noOtherLabelFileIsMadeUp() {
        assertThat(http.getForEntity("/camunda/app/nonsense/locales/en.json", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
