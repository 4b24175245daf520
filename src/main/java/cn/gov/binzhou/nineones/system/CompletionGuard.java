package cn.gov.binzhou.nineones.system;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A completion sets only its task's declared fields. Camunda lets whoever may work a task send any
 * variables with its completion ({@code TASK_WORK}); this engine plugin puts a built-in listener first
 * on every user task of every process that refuses, before any of our listeners runs, a completion that
 * created, changed or removed a process variable its task does not declare, and any variable change
 * that comes with an update of the task (resolving a delegated task). The refusal rolls the whole
 * command back: nothing changes. A form's read-only values are not variables at all ({@link FormDisplays}
 * drops them from a submission). Variables local to the task are left alone: they end with the task (the
 * copies its Tasklist card shows, {@link TaskCards}; in process versions before the forms read their
 * values when opened, every value the form showed).
 */
@Component
class CompletionGuard extends UserTaskPlugin {

    private final List<TaskFields> contracts;

    CompletionGuard(List<TaskFields> contracts) {
        this.contracts = List.copyOf(contracts);
    }

    @Override
    protected void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity, TaskDefinition definition) {
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::onComplete);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, this::onUpdate);
    }

    private void onComplete(DelegateTask task) {
        refuseUndeclared(task, declaredFields(task));
    }

    private void onUpdate(DelegateTask task) {
        refuseUndeclared(task, Set.of());
    }

    Set<String> declaredFields(DelegateTask task) {
        String processKey = processKey(task);
        return contracts.stream().filter(contract -> contract.processKey().equals(processKey)).findFirst()
                .map(contract -> contract.of(task.getTaskDefinitionKey())).orElse(Set.of());
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':'));
    }

    private static void refuseUndeclared(DelegateTask task, Set<String> declared) {
        Set<String> refused = changedProcessVariables(task).stream().filter(name -> !declared.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        if (refused.isEmpty()) {
            return;
        }
        throw new RefusedException("办理“" + task.getName() + "”时"
                + (declared.isEmpty() ? "不能提交任何变量" : "只能提交本任务的字段（" + String.join("、", new TreeSet<>(declared)) + "）")
                + "，以下内容不允许提交：" + String.join("、", refused) + "。本次未作任何更改。");
    }

    /** Names of the instance's variables that this command created, changed or removed, apart from the task's own. */
    private static Set<String> changedProcessVariables(DelegateTask task) {
        Set<String> names = new TreeSet<>();
        for (CachedDbEntity cached : Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntities()) {
            if (cached.getEntity() instanceof VariableInstanceEntity variable
                    && task.getProcessInstanceId().equals(variable.getProcessInstanceId())
                    && !task.getId().equals(variable.getTaskId())
                    && changed(cached)) {
                names.add(variable.getName());
            }
        }
        return names;
    }

    private static boolean changed(CachedDbEntity cached) {
        return switch (cached.getEntityState()) {
            case PERSISTENT, MERGED -> cached.isDirty();
            default -> true; // created or removed in this command
        };
    }
}
