package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.campaign.SpotCheckProcess;
import cn.gov.binzhou.nineones.accounts.AccountMailProcess;
import cn.gov.binzhou.nineones.deduction.DeductionProcess;
import cn.gov.binzhou.nineones.enrollment.NominationProcess;
import cn.gov.binzhou.nineones.reminder.DigestProcess;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Forms;

/** Every element id and form id a contract class names exists in the deployed model and in forms/. */
@ApplicationTest
class ContractTest {

    @Autowired List<TaskFields> taskFields;

    /**
     * A task form's input fields are exactly what its task declares a completion may set; everything
     * else it shows is read-only (its display source's values), without typing hints.
     */
    @org.junit.jupiter.api.Test
    void everyTaskFormsInputs_areItsDeclaredFields_andReadOnlyFieldsCarryNoHints() throws Exception {
        List<String> problems = new ArrayList<>();
        for (org.camunda.bpm.engine.repository.ProcessDefinition definition : repository.createProcessDefinitionQuery()
                .latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (org.camunda.bpm.model.bpmn.instance.UserTask task : model.getModelElementsByType(
                    org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
                String formRef = task.getCamundaFormRef();
                if (formRef == null) {
                    continue;
                }
                java.util.Set<String> declared = taskFields.stream().filter(f -> f.processKey().equals(definition.getKey()))
                        .findFirst().map(f -> f.of(task.getId())).orElse(java.util.Set.of());
                java.util.Set<String> inputs = new java.util.TreeSet<>();
                formFields(formRef, inputs, problems);
                if (!inputs.equals(new java.util.TreeSet<>(declared))) {
                    problems.add(definition.getKey() + "/" + task.getId() + ": form inputs " + inputs + ", declared " + declared);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void formFields(String form, java.util.Set<String> inputs, List<String> problems) {
        for (com.fasterxml.jackson.databind.JsonNode field : Forms.fields(form)) {
            String key = field.get("key").asText();
            boolean readOnly = field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false);
            if (!readOnly) {
                inputs.add(key);
            }
            if (readOnly && (field.has("description") || field.has("placeholder") || field.has("validate"))) {
                problems.add(form + "/" + key + ": read-only field with a typing hint");
            }
        }
    }

    private static final List<String> ELEMENT_PREFIXES = List.of("START", "TASK_", "END_", "GATEWAY_", "TIMER_", "EVENT_",
            "SUBPROCESS_", "CALL_", "COUNTY_REVIEW", "REVISE_NOMINATION", "CITY_APPROVAL", "SELF_ASSESSMENT", "COUNTY_ACCEPTANCE",
            "SUPERVISION_PLAN", "SUPERVISION_VISIT", "CITY_SPOT_CHECK", "DEDUCTION_OBJECTION", "CONFIRM_DEDUCTION", "RECTIFICATION");

    @Autowired RepositoryService repository;

    @ParameterizedTest
    @ValueSource(classes = {BatchProcess.class, EnterpriseProcess.class, NominationProcess.class, SpotCheckProcess.class,
            DeductionProcess.class, ReminderProcess.class, DigestProcess.class, AccountMailProcess.class})
    void everyNamedElementAndForm_exists(Class<?> contract) throws Exception {
        String key = (String) contract.getField("KEY").get(null);
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);

        List<String> missing = new ArrayList<>();
        for (Field field : contract.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String value = (String) field.get(null);
            if (ELEMENT_PREFIXES.stream().anyMatch(field.getName()::startsWith) && model.getModelElementById(value) == null) {
                missing.add(field.getName() + "=" + value);
            }
            if (field.getName().startsWith("FORM_") && !Files.exists(Path.of("forms", value + ".form"))) {
                missing.add(field.getName() + "=" + value + " (forms/)");
            }
            if (field.getName().startsWith("MESSAGE_") && model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class)
                    .stream().noneMatch(message -> value.equals(message.getName()))) {
                missing.add(field.getName() + "=" + value + " (message)");
            }
        }
        assertThat(missing).as("contract names that the model of " + key + " lacks").isEmpty();
    }
}
