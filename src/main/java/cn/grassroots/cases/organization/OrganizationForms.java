package cn.grassroots.cases.organization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * Start forms get the organisation's places, units and cadres as choices. Tasklist gives a start form no variables
 * (only task forms get them), so a select of a start form cannot take its options from {@code valuesKey}. At every
 * start, after the organisation file is synchronised, each form of {@code forms/} whose selects name one of the
 * organisation's option lists ({@code placeOptions}, {@code unitOptions}, {@code cadreOptions}) is deployed again
 * with those options written in, when they changed. Start events bind their form with {@code formRefBinding="latest"},
 * so they show this version; task forms keep the version of their own deployment and their options from variables.
 */
@Component
class OrganizationForms {

    static final String DEPLOYMENT_NAME = "organisation-options";
    private static final Logger LOG = LoggerFactory.getLogger(OrganizationForms.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final Directory directory;

    OrganizationForms(ProcessEngine engine, Directory directory) {
        this.engine = engine;
        this.directory = directory;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 6)
    public void publish() throws IOException {
        Map<String, List<Map<String, String>>> options = options();
        var deployment = engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME);
        int changed = 0;
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            ObjectNode schema = (ObjectNode) JSON.readTree(form.getInputStream());
            if (fill(schema.path("components"), options)) {
                String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
                if (!text.equals(latest(schema.path("id").asText()))) {
                    deployment.addString("forms/" + form.getFilename(), text);
                    changed++;
                }
            }
        }
        if (changed > 0) {
            deployment.deploy();
            LOG.info("{} start forms deployed again with the organisation's choices", changed);
        }
    }

    private Map<String, List<Map<String, String>>> options() {
        Map<String, List<Map<String, String>>> options = new LinkedHashMap<>();
        options.put("placeOptions", directory.places().stream()
                .map(place -> option(place.name(), place.id())).toList());
        options.put("unitOptions", directory.units().stream().map(unit -> option(unit.name(), unit.id())).toList());
        options.put("cadreOptions", directory.cadres().stream()
                .map(cadre -> option(cadre.name() + "（" + cadre.rank().label() + "）", cadre.id())).toList());
        return options;
    }

    /** Writes the options into every select that names one of the lists; answers whether any did. */
    private static boolean fill(JsonNode components, Map<String, List<Map<String, String>>> options) {
        boolean filled = false;
        for (JsonNode component : components) {
            String key = component.path("valuesKey").asText(null);
            if (key != null && options.containsKey(key) && component instanceof ObjectNode select) {
                select.remove("valuesKey");
                ArrayNode values = select.putArray("values");
                options.get(key).forEach(option -> values.addObject().put("label", option.get("label"))
                        .put("value", option.get("value")));
                filled = true;
            }
            filled |= fill(component.path("components"), options);
        }
        return filled;
    }

    private String latest(String formKey) {
        var configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        CamundaFormDefinitionEntity latest = configuration.getCommandExecutorTxRequired().execute(
                context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey));
        if (latest == null) {
            return null;
        }
        try (InputStream text = engine.getRepositoryService().getResourceAsStream(latest.getDeploymentId(),
                latest.getResourceName())) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> option(String label, String value) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }
}
