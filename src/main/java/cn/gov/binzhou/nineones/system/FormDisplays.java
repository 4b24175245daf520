package cn.gov.binzhou.nineones.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Serves each form's read-only values from our tables when the form is opened, through Camunda's task
 * form handler: a user task whose model names a {@link FormDisplaySource} in its extension property
 * {@value #PROPERTY} gets the source's values as form fields, which {@code GET /task/{id}/form-variables}
 * (Tasklist's Camunda Forms) returns before any variable. Nothing is stored, so a task's creation and
 * completion write no copies of business data, and a form always shows the data as it stands.
 * <p>
 * Tasklist submits a form's read-only fields with its inputs. On submission those the task does not
 * declare ({@link TaskFields}) are dropped: they cannot change anything. The task's declared fields go on
 * as submitted, and anything else is refused by {@link CompletionGuard}.
 */
@Component
class FormDisplays extends UserTaskPlugin {

    static final String PROPERTY = "formDisplay";

    private final List<TaskFields> contracts;

    FormDisplays(List<TaskFields> contracts) {
        this.contracts = List.copyOf(contracts);
    }

    @Override
    protected void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity, TaskDefinition definition) {
        String named = property(element);
        List<String> sources = named != null ? List.of(named) : createListeners(element);
        if (sources.isEmpty()) {
            return;
        }
        String processKey = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
        List<Expression> expressions = sources.stream()
                .map(source -> (Expression) configuration().getExpressionManager().createExpression(source)).toList();
        definition.setTaskFormHandler(new Displaying(definition.getTaskFormHandler(), expressions, named != null,
                declared(processKey, activity.getId())));
    }

    private Set<String> declared(String processKey, String taskKey) {
        return contracts.stream().filter(contract -> contract.processKey().equals(processKey)).findFirst()
                .map(contract -> contract.of(taskKey)).orElse(Set.of());
    }

    /** The value of the user task's extension property {@value #PROPERTY}, or {@code null}. */
    static String property(Element userTask) {
        return extensions(userTask, "properties").stream()
                .flatMap(properties -> properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream())
                .filter(property -> PROPERTY.equals(property.attribute("name"))).map(property -> property.attribute("value"))
                .findFirst().orElse(null);
    }

    /** The delegate expressions of the task's create listeners: where versions deployed before the property named the source. */
    static List<String> createListeners(Element userTask) {
        return extensions(userTask, "taskListener").stream()
                .filter(listener -> TaskListener.EVENTNAME_CREATE.equals(listener.attribute("event")))
                .map(listener -> listener.attribute("delegateExpression")).filter(Objects::nonNull).toList();
    }

    private static List<Element> extensions(Element userTask, String name) {
        Element extensions = userTask.element("extensionElements");
        return extensions == null ? List.of() : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, name);
    }

    /** Camunda's form handler of the task, with the source's values added to the form and dropped from a submission. */
    static final class Displaying implements TaskFormHandler {

        private final TaskFormHandler camunda;
        private final List<Expression> sources;
        private final boolean named;
        private final Set<String> declared;

        /** {@code named}: the sources were named as such, and each must be one; else only those that are count. */
        Displaying(TaskFormHandler camunda, List<Expression> sources, boolean named, Set<String> declared) {
            this.camunda = camunda;
            this.sources = List.copyOf(sources);
            this.named = named;
            this.declared = Set.copyOf(declared);
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            camunda.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            TaskFormData form = camunda.createTaskForm(task);
            display(task).forEach((key, value) -> {
                FormFieldImpl field = new FormFieldImpl();
                field.setId(key);
                field.setValue(typed(value));
                form.getFormFields().add(field);
            });
            return form;
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope task) {
            VariableMapImpl kept = new VariableMapImpl(properties);
            display((DelegateTask) task).keySet().stream().filter(key -> !declared.contains(key))
                    .forEach(kept::remove);
            camunda.submitFormVariables(kept, task);
        }

        /** The value as Camunda would type a variable set to it. */
        private static TypedValue typed(Object value) {
            TypedValue untyped = Variables.untypedValue(value);
            if (untyped instanceof UntypedValueImpl plain) {
                return Context.getProcessEngineConfiguration().getVariableSerializers().findSerializerForValue(plain)
                        .convertToTypedValue(plain);
            }
            return untyped;
        }

        private Map<String, Object> display(DelegateTask task) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Expression source : sources) {
                Object value = source.getValue(task);
                if (value instanceof FormDisplaySource displaySource) {
                    values.putAll(displaySource.display(task).values());
                } else if (named) {
                    throw new IllegalStateException(PROPERTY + " of task " + task.getTaskDefinitionKey()
                            + " is not a form display source: " + source.getExpressionText());
                }
            }
            return values;
        }
    }
}
