package cn.gov.binzhou.nineones.evidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Tasks as the caller sees them in Camunda, and the enterprise nomination a task works on. Visibility is
 * the engine's: the task query runs with the caller's authentication, so a task is found only by those
 * Tasklist would show it to. The nomination comes from the business key of the task's enterprise
 * instance ({@code <batchCode>-<creditCode>}, or that of the instance calling it), never from a variable.
 */
@Component
class EnterpriseTasks {

    private static final int CREDIT_CODE_LENGTH = 18;
    private static final int MAX_CALL_DEPTH = 5;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Nominations nominations;

    EnterpriseTasks(TaskService tasks, RuntimeService runtime, IdentityService identity, Nominations nominations) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.nominations = nominations;
    }

    /** The open task, if the caller may see it. */
    Optional<Task> visibleTask(ApiUser caller, String taskId) {
        return Optional.ofNullable(as(caller, () -> tasks.createTaskQuery().taskId(taskId).singleResult()));
    }

    /** The caller's open tasks of these keys, oldest first (at most {@code limit}). */
    List<Task> visibleTasks(ApiUser caller, List<String> taskKeys, int limit) {
        return as(caller, () -> tasks.createTaskQuery().taskDefinitionKeyIn(taskKeys.toArray(String[]::new))
                .orderByTaskCreateTime().asc().listPage(0, limit));
    }

    /** The nomination that the task's enterprise instance carries, if the task belongs to one. */
    Optional<NominatedEnterprise> nominationOf(Task task) {
        String instanceId = task.getProcessInstanceId();
        for (int depth = 0; instanceId != null && depth < MAX_CALL_DEPTH; depth++) {
            ProcessInstance instance = instance(instanceId);
            if (instance == null) {
                return Optional.empty();
            }
            Optional<NominatedEnterprise> nomination = byBusinessKey(instance.getBusinessKey());
            if (nomination.isPresent()) {
                return nomination;
            }
            ProcessInstance caller = SystemAccess.call(identity,
                    () -> runtime.createProcessInstanceQuery().subProcessInstanceId(instance.getId()).singleResult());
            instanceId = caller == null ? null : caller.getId();
        }
        return Optional.empty();
    }

    private ProcessInstance instance(String id) {
        return SystemAccess.call(identity, () -> runtime.createProcessInstanceQuery().processInstanceId(id).singleResult());
    }

    /** {@code <batchCode>-<creditCode>}: the credit code is the last 18 characters, the batch what precedes their '-'. */
    Optional<NominatedEnterprise> byBusinessKey(String businessKey) {
        if (businessKey == null || businessKey.length() < CREDIT_CODE_LENGTH + 2) {
            return Optional.empty();
        }
        int dash = businessKey.length() - CREDIT_CODE_LENGTH - 1;
        if (businessKey.charAt(dash) != '-') {
            return Optional.empty();
        }
        return nominations.find(businessKey.substring(0, dash), businessKey.substring(dash + 1));
    }

    /** Runs an engine query with the caller's authentication, as Tasklist would; then as before. */
    private <T> T as(ApiUser caller, Supplier<T> query) {
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            return query.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
