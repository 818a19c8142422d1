package cn.grassroots.cases.open311;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GeoReport v2 answers in the format the path asks for ({@code .json} or {@code .xml}): a list of flat objects, in
 * XML as {@code <root><element><field>…</field></element></root>}; errors as {@code [{"code", "description"}]} with
 * the HTTP status of the code.
 */
final class Open311Formats {

    private Open311Formats() {
    }

    static ResponseEntity<?> answer(String format, HttpStatus status, String root, String element,
            List<Map<String, Object>> items) {
        if ("xml".equals(format)) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
            for (Map<String, Object> item : items) {
                xml.append('<').append(element).append('>');
                item.forEach((name, value) -> xml.append('<').append(name).append('>')
                        .append(value == null ? "" : htmlEscape(String.valueOf(value), "UTF-8"))
                        .append("</").append(name).append('>'));
                xml.append("</").append(element).append('>');
            }
            xml.append("</").append(root).append('>');
            return ResponseEntity.status(status).contentType(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8))
                    .body(xml.toString());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(items);
    }

    static ResponseEntity<?> error(String format, HttpStatus status, String description) {
        return answer(format, status, "errors", "error",
                List.of(Map.of("code", status.value(), "description", description)));
    }
}
