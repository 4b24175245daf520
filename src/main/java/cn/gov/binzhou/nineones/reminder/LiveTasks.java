package cn.gov.binzhou.nineones.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Reads what the sweep needs of a task it listed earlier, which users and jobs may have ended since. Camunda's
 * services fail on an ended task or execution, and the engine logs every failed command at ERROR: a sweep
 * racing normal work filled the log with errors that were none. These reads answer "ended" instead.
 */
@Component
class LiveTasks {

    private final CommandExecutor commands;

    LiveTasks(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    /** The task's stored identity links (its candidates); empty once the task has ended. */
    Optional<List<IdentityLink>> links(String taskId) {
        return commands.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task == null ? Optional.<List<IdentityLink>>empty() : Optional.<List<IdentityLink>>of(List.copyOf(task.getIdentityLinks()));
        });
    }

    /** The execution's variables of these names (its own or its parents'); empty once the execution has ended. */
    Optional<Map<String, Object>> variables(String executionId, List<String> names) {
        return commands.execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            if (execution == null) {
                return Optional.<Map<String, Object>>empty();
            }
            Map<String, Object> values = new HashMap<>();
            names.forEach(name -> values.put(name, execution.getVariable(name)));
            return Optional.<Map<String, Object>>of(values);
        });
    }
}
