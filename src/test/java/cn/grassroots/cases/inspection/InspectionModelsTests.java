package cn.grassroots.cases.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;

/**
 * The rounds' models as their people meet them: every user task has a Chinese name, its own Camunda Form deployed with
 * the model, a due date, and is in the Tasklist filter 督办.
 */
@GrassrootsTest
class InspectionModelsTests {

    private static final List<String> PROCESSES = List.of(SupervisionRoundProcess.KEY, SpotCheckProcess.KEY,
            SupervisionCampaignProcess.KEY);

    @Autowired
    RepositoryService repository;
    @Autowired
    FilterService filters;

    @Test
    void everyTaskHasAChineseNameAFormADueDateAndIsInTheSupervisionFilter() {
        var supervision = filters.createFilterQuery().filterName("督办").singleResult();
        List<String> inFilter = List.of(((TaskQueryImpl) supervision.getQuery()).getKeys());
        int tasks = 0;
        for (String key : PROCESSES) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            List<String> resources = repository.getDeploymentResourceNames(definition.getDeploymentId());
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                tasks++;
                assertThat(task.getName()).as(task.getId()).matches(".*[\\u4e00-\\u9fa5].*");
                assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
                assertThat(resources).as(task.getId())
                        .anyMatch(name -> name.endsWith("forms/" + task.getCamundaFormRef() + ".form"));
                assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
                assertThat(inFilter).as(task.getId()).contains(task.getId());
            }
        }
        assertThat(tasks).isEqualTo(5);
    }
}
