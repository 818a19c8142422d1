package cn.grassroots.cases;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** The running application over HTTP, as one person with their own login (password = id in the demo). */
public final class EngineHttp {

    private final TestRestTemplate rest;

    private EngineHttp(TestRestTemplate rest) {
        this.rest = rest;
    }

    public static EngineHttp as(TestRestTemplate rest, String user) {
        return new EngineHttp(rest.withBasicAuth(user, user));
    }

    public ResponseEntity<JsonNode> get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    /** A download (an export) as its bytes. */
    public ResponseEntity<byte[]> bytes(String path) {
        return rest.exchange(path, HttpMethod.GET, null, byte[].class);
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public ResponseEntity<JsonNode> put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    public ResponseEntity<JsonNode> delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    public ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Engine REST variables: {@code {"name": {"value": …}}}, typed as the engine infers them. */
    public static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", namesAndValues[i + 1]);
            variables.put((String) namesAndValues[i], value);
        }
        return variables;
    }
}
