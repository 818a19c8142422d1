package cn.grassroots.cases.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;

/** The review model as its people meet it: Chinese task names, their forms, due dates; office tasks in 督办. */
@GrassrootsTest
class PetitionReviewModelTests {

    @Autowired
    RepositoryService repository;
    @Autowired
    FilterService filters;

    @Test
    void everyTaskHasAChineseNameAFormAndADueDateAndTheOfficesTasksAreInTheSupervisionFilter() {
        List<String> inFilter = List.of(((TaskQueryImpl) filters.createFilterQuery().filterName("督办").singleResult()
                .getQuery()).getKeys());
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(PetitionReviewProcess.KEY).latestVersion().singleResult();
        List<String> resources = repository.getDeploymentResourceNames(definition.getDeploymentId());
        var tasks = repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class);
        assertThat(tasks).hasSize(3);
        for (UserTask task : tasks) {
            assertThat(task.getName()).as(task.getId()).matches(".*[\\u4e00-\\u9fa5].*");
            assertThat(resources).as(task.getId())
                    .anyMatch(name -> name.endsWith("forms/" + task.getCamundaFormRef() + ".form"));
            assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
        }
        assertThat(inFilter).contains(PetitionReviewProcess.Elements.TASK_INFORM_REFUSAL,
                PetitionReviewProcess.Elements.TASK_SUPERVISE_REVIEW);
        assertThat(resources).anyMatch(name -> name.endsWith("forms/request-petition-review.form"));
    }
}
