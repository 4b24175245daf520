package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;

/**
 * A form's read-only values are read when the form is opened. Process versions deployed before the
 * {@code formDisplay} property named the source as the task's create listener; their tasks get the same.
 */
@ApplicationTest
class FormDisplaysTest {

    private static final String KEY = "form-display-before-the-property";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    private Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aTaskOfAnOlderVersion_whoseCreateListenerIsTheSource_showsTheValuesAsTheyStand() {
        BpmnModelInstance older = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("supervisionPlan").camundaTaskListenerDelegateExpression("create", "${showSupervisionPlan}")
                .endEvent().done();
        deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn", older).deploy();

        ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, "2099-FD", Map.of("agencyId", "bincheng"));
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        assertThat(runtime.createVariableInstanceQuery().taskIdIn(task.getId()).count()).as("nothing stored with the task").isZero();
        assertThat((Map<String, Object>) forms.getTaskFormVariables(task.getId()))
                .containsEntry("batchCode", "2099-FD").containsEntry("agency", "滨城区").containsEntry("enterpriseCount", 0);
    }
}
