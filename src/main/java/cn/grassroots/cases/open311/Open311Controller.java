package cn.grassroots.cases.open311;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.intake.IdempotentIntake;

/**
 * Open311 GeoReport v2: {@code GET /open311/v2/services.json|xml} (the categories as services, open to all);
 * {@code POST /open311/v2/requests.json|xml} (form fields of the spec, {@code api_key} of a configured client;
 * {@code Idempotency-Key} honoured); {@code GET /open311/v2/requests.json|xml} and
 * {@code GET /open311/v2/requests/{id}.json|xml} (the client's own requests, {@code api_key} required). Errors in the
 * spec's format: {@code [{"code": 400, "description": "…"}]}.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private final Open311Properties properties;
    private final Open311Requests requests;

    Open311Controller(Open311Properties properties, Open311Requests requests) {
        this.properties = properties;
        this.requests = requests;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<?> services(@PathVariable String format) {
        if (!known(format)) {
            return Open311Formats.error("json", HttpStatus.NOT_FOUND, "format：请使用 .json 或 .xml");
        }
        List<Map<String, Object>> services = Arrays.stream(Category.values()).map(category -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.name());
            service.put("service_name", category.label());
            service.put("description", category.label() + "方面的问题");
            service.put("metadata", false);
            service.put("type", "realtime");
            service.put("keywords", category.label());
            service.put("group", "四下基层问题办理");
            return service;
        }).toList();
        return Open311Formats.answer(format, HttpStatus.OK, "services", "service", services);
    }

    @PostMapping(value = "/requests.{format}", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE,
        MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<?> submit(@PathVariable String format, @RequestParam Map<String, String> params,
            @RequestHeader(value = IdempotentIntake.HEADER, required = false) String idempotencyKey) {
        if (!known(format)) {
            return Open311Formats.error("json", HttpStatus.NOT_FOUND, "format：请使用 .json 或 .xml");
        }
        Optional<Open311Properties.Client> client = client(params.get("api_key"));
        if (client.isEmpty()) {
            return Open311Formats.error(format, HttpStatus.FORBIDDEN, "api_key：缺失或无效");
        }
        try {
            IdempotentIntake.Answer answer = requests.submit(client.get(), params, idempotencyKey);
            return Open311Formats.answer(format, answer.repeated() ? HttpStatus.OK : HttpStatus.CREATED,
                    "service_requests", "request", List.of(requests.submitted(answer.issue())));
        } catch (Open311Requests.Refused refused) {
            return Open311Formats.error(format, HttpStatus.BAD_REQUEST, refused.getMessage());
        } catch (IdempotentIntake.KeyReusedException reused) {
            return Open311Formats.error(format, HttpStatus.UNPROCESSABLE_ENTITY,
                    "Idempotency-Key：已用于内容不同的请求");
        }
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<?> list(@PathVariable String format, @RequestParam Map<String, String> params) {
        if (!known(format)) {
            return Open311Formats.error("json", HttpStatus.NOT_FOUND, "format：请使用 .json 或 .xml");
        }
        Optional<Open311Properties.Client> client = client(params.get("api_key"));
        if (client.isEmpty()) {
            return Open311Formats.error(format, HttpStatus.FORBIDDEN, "api_key：缺失或无效");
        }
        String status = params.get("status");
        if (status != null && !status.isBlank() && !List.of("open", "closed").contains(status)) {
            return Open311Formats.error(format, HttpStatus.BAD_REQUEST, "status：须为 open 或 closed");
        }
        OffsetDateTime start;
        OffsetDateTime end;
        try {
            start = dateTime(params.get("start_date"));
            end = dateTime(params.get("end_date"));
        } catch (DateTimeParseException e) {
            return Open311Formats.error(format, HttpStatus.BAD_REQUEST,
                    "start_date/end_date：须为 W3C 日期时间，如 2026-12-01T00:00:00+08:00");
        }
        String ids = params.get("service_request_id");
        List<String> wanted = ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).limit(1000).toList();
        String serviceCode = params.get("service_code");
        return Open311Formats.answer(format, HttpStatus.OK, "service_requests", "request", requests.find(
                client.get().name(), wanted, serviceCode == null || serviceCode.isBlank() ? null : serviceCode,
                status == null || status.isBlank() ? null : status, start, end));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<?> one(@PathVariable String id, @PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        if (!known(format)) {
            return Open311Formats.error("json", HttpStatus.NOT_FOUND, "format：请使用 .json 或 .xml");
        }
        Optional<Open311Properties.Client> client = client(apiKey);
        if (client.isEmpty()) {
            return Open311Formats.error(format, HttpStatus.FORBIDDEN, "api_key：缺失或无效");
        }
        List<Map<String, Object>> found = requests.find(client.get().name(), List.of(id), null, null, null, null);
        if (found.isEmpty()) {
            return Open311Formats.error(format, HttpStatus.NOT_FOUND, "service_request_id: no such request of this client");
        }
        return Open311Formats.answer(format, HttpStatus.OK, "service_requests", "request", found);
    }

    private Optional<Open311Properties.Client> client(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        byte[] given = apiKey.getBytes(StandardCharsets.UTF_8);
        return properties.clients().stream().filter(client -> client.apiKey() != null && !client.apiKey().isBlank()
                && MessageDigest.isEqual(client.apiKey().getBytes(StandardCharsets.UTF_8), given)).findFirst();
    }

    private static boolean known(String format) {
        return "json".equals(format) || "xml".equals(format);
    }

    private static OffsetDateTime dateTime(String value) {
        return value == null || value.isBlank() ? null : OffsetDateTime.parse(value.strip());
    }
}
