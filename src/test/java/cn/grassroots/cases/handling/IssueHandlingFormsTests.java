package cn.grassroots.cases.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.grassroots.cases.GrassrootsTest;

/** Every user task and the start event have a Camunda Form, deployed with the process, binding only known variables. */
@GrassrootsTest
class IssueHandlingFormsTests {

    @Autowired
    RepositoryService repositoryService;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyUserTaskAndTheStartEventHaveAFormDeployedWithTheProcess() throws Exception {
        ProcessDefinition definition = latestDefinition();
        List<String> deployedForms = repositoryService.getDeploymentResourceNames(definition.getDeploymentId())
                .stream().filter(name -> name.endsWith(".form")).toList();

        for (FlowNode node : formNodes(definition)) {
            String formRef = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            String binding = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
            assertThat(formRef).as("form of %s", node.getId()).isNotBlank();
            // the start form is the organisation's latest (its place options written in); task forms go with the model
            assertThat(binding).as("form binding of %s", node.getId())
                    .isEqualTo(node instanceof StartEvent ? "latest" : "deployment");
            String resource = "forms/" + formRef + ".form";
            assertThat(deployedForms).as("deployed form for %s", node.getId()).anyMatch(name -> name.endsWith(resource));
            JsonNode form = readForm(definition.getDeploymentId(), deployedForms, resource);
            assertThat(form.path("id").asText()).isEqualTo(formRef);
        }
    }

    @Test
    void formsBindOnlyVariablesTheProcessKnowsAndEachKeyOnce() throws Exception {
        ProcessDefinition definition = latestDefinition();
        List<String> deployedForms = repositoryService.getDeploymentResourceNames(definition.getDeploymentId())
                .stream().filter(name -> name.endsWith(".form")).toList();
        Set<String> ownForms = new HashSet<>();
        formNodes(definition).forEach(node -> ownForms.add("forms/"
                + node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef") + ".form"));
        assertThat(ownForms).hasSize(13);

        List<String> checked = deployedForms.stream()
                .filter(name -> ownForms.stream().anyMatch(name::endsWith)).toList();
        assertThat(checked).hasSize(ownForms.size());
        for (String resource : checked) {
            JsonNode form = readForm(definition.getDeploymentId(), deployedForms, resource);
            List<String> keys = new ArrayList<>();
            form.path("components").forEach(component -> {
                if (component.has("key")) {
                    keys.add(component.get("key").asText());
                }
            });
            assertThat(keys).as("keys of %s", resource).isNotEmpty().doesNotHaveDuplicates();
            assertThat(IssueHandlingProcess.Variables.ALL).as("variables bound by %s", resource).containsAll(keys);
            assertThat(resource).endsWith(form.path("id").asText() + ".form");
        }
    }

    @Test
    void decisionsTheProcessBranchesOnAreRequiredOrCheckedInTheirForms() throws Exception {
        ProcessDefinition definition = latestDefinition();
        List<String> forms = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
        assertThat(field(definition, forms, "register-issue", "title").path("validate").path("required").asBoolean()).isTrue();
        assertThat(field(definition, forms, "register-issue", "reporterPhone").path("validate").path("pattern").asText())
                .isNotBlank();
        assertThat(field(definition, forms, "accept-issue", "accepted").path("type").asText()).isEqualTo("checkbox");
        assertThat(field(definition, forms, "accept-issue", "returnReason").path("conditional").path("hide").asText())
                .isEqualTo("=accepted = true");
        assertThat(field(definition, forms, "review-resolution", "approved").path("type").asText()).isEqualTo("checkbox");
        assertThat(field(definition, forms, "callback", "satisfaction").path("validate").path("required").asBoolean())
                .isTrue();
        assertThat(field(definition, forms, "sort-issue", "dueDate").path("subtype").asText()).isEqualTo("date");
        assertThat(field(definition, forms, "issue-public-notice", "noticeText").path("validate").path("required")
                .asBoolean()).isTrue();
    }

    private JsonNode field(ProcessDefinition definition, List<String> resources, String form, String key)
            throws Exception {
        for (JsonNode component : readForm(definition.getDeploymentId(), resources, "forms/" + form + ".form")
                .path("components")) {
            if (key.equals(component.path("key").asText()) && !component.path("disabled").asBoolean()) {
                return component;
            }
        }
        throw new AssertionError("no editable field " + key + " in " + form);
    }

    private ProcessDefinition latestDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(IssueHandlingProcess.KEY)
                .latestVersion().singleResult();
    }

    private Collection<FlowNode> formNodes(ProcessDefinition definition) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        Set<FlowNode> nodes = new HashSet<>(model.getModelElementsByType(UserTask.class));
        // the process's own none start event; the sub-processes' start events and the reopening after a failed 回头看
        // (a message the application sends) take no input
        model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                .filter(start -> start.getEventDefinitions().isEmpty())
                .forEach(nodes::add);
        assertThat(nodes).hasSize(14);
        return nodes;
    }

    private JsonNode readForm(String deploymentId, List<String> resources, String resource) throws Exception {
        String name = resources.stream().filter(r -> r.endsWith(resource)).findFirst().orElseThrow();
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
            return json.readTree(in);
        }
    }
}
