package cn.grassroots.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess;

/**
 * Open311 GeoReport v2 as another system (the demo's 12345 hotline) uses it: the services, a request submitted with
 * the spec's form fields and its key, its status as the case moves, errors in the spec's format.
 */
@GrassrootsTest
class Open311Tests {

    private static final String KEY = "demo-open311-key";
    /** The fields of a service request in GeoReport v2, in the spec's order. */
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
            "long", "media_url");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @Test
    void theCategoriesAreTheServicesInJsonAndXml() throws Exception {
        JsonNode services = rest.getForEntity("/open311/v2/services.json", JsonNode.class).getBody();
        assertThat(services).hasSize(9);
        assertThat(services.findValuesAsText("service_code")).contains("WATER", "ROADS_TRAFFIC");
        assertThat(services.findValuesAsText("service_name")).contains("供水排水与水利");
        assertThat(services.get(0).path("type").asText()).isEqualTo("realtime");

        ResponseEntity<String> xml = rest.getForEntity("/open311/v2/services.xml", String.class);
        assertThat(xml.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_XML)).isTrue();
        Document document = parse(xml.getBody());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(document.getElementsByTagName("service").getLength()).isEqualTo(9);
    }

    @Test
    void aSubmittedRequestBecomesACaseAndItsStatusFollowsTheCase() {
        MultiValueMap<String, String> form = request("石桥村自来水管爆裂，路面积水严重，需尽快抢修。");
        form.add("lat", "28.123456");
        form.add("long", "115.654321");
        form.add("first_name", "秀英");
        form.add("last_name", "李");
        form.add("phone", "13700002222");

        ResponseEntity<JsonNode> submitted = post("json", form, null);

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = submitted.getBody().get(0).path("service_request_id").asText();
        assertThat(id).matches("SX-\\d{4}-\\d{6}");
        assertThat(submitted.getBody().get(0).path("service_notice").asText()).contains("查询码");
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult();
        var variables = engine.getRuntimeService().getVariables(instance.getId());
        assertThat(variables.get(IssueHandlingProcess.Variables.CATEGORY)).isEqualTo("WATER");
        assertThat(variables.get(IssueHandlingProcess.Variables.CHANNEL)).isEqualTo("PETITION");
        assertThat(variables.get(IssueHandlingProcess.Variables.REGISTERED_BY)).isEqualTo("dispatcher");
        assertThat(variables.get(IssueHandlingProcess.Variables.REPORTER_NAME)).isEqualTo("李**");
        assertThat((String) variables.get(IssueHandlingProcess.Variables.TITLE)).startsWith("石桥村自来水管爆裂");

        JsonNode open = one(id);
        assertThat(fields(open)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(open.path("status").asText()).isEqualTo("open");
        assertThat(open.path("status_notes").asText()).isEqualTo("已受理");
        assertThat(open.path("lat").asDouble()).isEqualTo(28.123456);
        assertThat(open.path("agency_responsible").isNull()).isTrue();
        assertThat(open.toString()).doesNotContain("李秀英", "13700002222");

        CaseDriver.of(engine, instance).executeJobs().sortTo("unit-water");
        JsonNode assigned = one(id);
        assertThat(assigned.path("agency_responsible").asText()).isEqualTo("县水利局");
        assertThat(assigned.path("expected_datetime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T23:59:59\\+08:00");
        JsonNode listed = rest.getForEntity("/open311/v2/requests.json?api_key=" + KEY + "&status=open&service_code=WATER",
                JsonNode.class).getBody();
        assertThat(listed.findValuesAsText("service_request_id")).contains(id);
        JsonNode closedOnly = rest.getForEntity("/open311/v2/requests.json?api_key=" + KEY + "&status=closed",
                JsonNode.class).getBody();
        assertThat(closedOnly.findValuesAsText("service_request_id")).doesNotContain(id);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstRequest() {
        MultiValueMap<String, String> form = request("白水镇垃圾清运不及时 " + System.nanoTime());
        form.add("address_string", "白水镇白水村");
        String key = "open311-" + System.nanoTime();

        ResponseEntity<JsonNode> first = post("json", form, key);
        ResponseEntity<JsonNode> again = post("json", form, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get(0).path("service_request_id").asText())
                .isEqualTo(first.getBody().get(0).path("service_request_id").asText());
    }

    @Test
    void errorsComeInTheSpecsFormatAndChangeNothing() throws Exception {
        MultiValueMap<String, String> noKey = request("无密钥提交");
        noKey.remove("api_key");
        noKey.add("address_string", "青山镇");
        ResponseEntity<JsonNode> forbidden = post("json", noKey, null);
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forbidden.getBody().get(0).path("code").asInt()).isEqualTo(403);
        assertThat(forbidden.getBody().get(0).path("description").asText()).contains("api_key");

        MultiValueMap<String, String> unknownService = request("未知服务");
        unknownService.set("service_code", "PARKING");
        unknownService.add("address_string", "青山镇");
        assertThat(post("json", unknownService, null).getBody().get(0).path("description").asText())
                .contains("service_code");

        MultiValueMap<String, String> nowhere = request("没有地点");
        assertThat(post("json", nowhere, null).getBody().get(0).path("description").asText())
                .contains("address_string");

        MultiValueMap<String, String> offTheMap = request("坐标错误");
        offTheMap.add("lat", "95");
        offTheMap.add("long", "115");
        ResponseEntity<String> xml = postXml(offTheMap);
        assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Document error = parse(xml.getBody());
        assertThat(error.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(error.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("400");
        assertThat(error.getElementsByTagName("description").item(0).getTextContent()).startsWith("lat");

        ResponseEntity<JsonNode> unknown = rest.getForEntity("/open311/v2/requests/SX-1999-000001.json?api_key=" + KEY,
                JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get(0).path("code").asInt()).isEqualTo(404);
        assertThat(rest.getForEntity("/open311/v2/requests.json", JsonNode.class).getStatusCode())
                .as("listing needs the key").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRequestAnswersInXmlToo() throws Exception {
        MultiValueMap<String, String> form = request("青山镇东街井盖缺失 " + System.nanoTime());
        form.add("address_string", "青山镇东街");
        ResponseEntity<String> submitted = postXml(form);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = parse(submitted.getBody()).getElementsByTagName("service_request_id").item(0).getTextContent();

        Document one = parse(rest.getForEntity("/open311/v2/requests/" + id + ".xml?api_key=" + KEY, String.class)
                .getBody());
        assertThat(one.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(one.getElementsByTagName("status").item(0).getTextContent()).isEqualTo("open");
        assertThat(one.getElementsByTagName("address").item(0).getTextContent()).isEqualTo("青山镇东街");
    }

    private JsonNode one(String id) {
        ResponseEntity<JsonNode> answer = rest.getForEntity("/open311/v2/requests/" + id + ".json?api_key=" + KEY,
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody().get(0);
    }

    private static List<String> fields(JsonNode request) {
        List<String> names = new ArrayList<>();
        request.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static MultiValueMap<String, String> request(String description) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", KEY);
        form.add("service_code", "WATER");
        form.add("description", description);
        return form;
    }

    private ResponseEntity<JsonNode> post(String format, MultiValueMap<String, String> form, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return rest.exchange("/open311/v2/requests." + format, HttpMethod.POST, new HttpEntity<>(form, headers),
                JsonNode.class);
    }

    private ResponseEntity<String> postXml(MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/open311/v2/requests.xml", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
