package cn.gov.binzhou.nineones.benchmark;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

import cn.gov.binzhou.nineones.operations.AuthorizedGroups;

/**
 * The reference: a bare Camunda engine on a fresh database of the same kind, with a process of only
 * user tasks (a candidate group each, like ours) and no listeners, forms, mail or tables of ours. It starts
 * as many instances as the batch has enterprises and completes exactly as many tasks as the application
 * did, round by round, the way the simulation does. Same history level (full) and id generator as the
 * application.
 * <p>
 * {@linkplain #run Plain}, it checks no authorization. {@linkplain #runAuthorized Authorized}, it runs Camunda's authorization
 * as the application's engine does: each task grants its candidate group {@code TASK_WORK}, and each task
 * is completed by a member of that group, whose right Camunda checks (with the application's own
 * {@link AuthorizedGroups}: the person's groups taken as they are).
 */
final class BareEngine {

    static final String KEY = "bench-bare";
    private static final String GROUP = "county-bench";
    private static final String USER = "bench-clerk";

    private BareEngine() {
    }

    /** Answers the wall time in seconds of starting the instances and completing the tasks, checking no rights. */
    static double run(BenchDatabase database, int instances, long completions) {
        return run(database, instances, completions, false);
    }

    /** The same, with Camunda's authorization on and every task completed by a member of its candidate group. */
    static double runAuthorized(BenchDatabase database, int instances, long completions) {
        return run(database, instances, completions, true);
    }

    private static double run(BenchDatabase database, int instances, long completions, boolean authorized) {
        int tasksPerInstance = (int) Math.max(1, (completions + instances - 1) / instances);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(database.url()).setJdbcUsername(database.user()).setJdbcPassword(database.password())
                .setJdbcDriver(database.h2File() != null ? "org.h2.Driver" : "org.postgresql.Driver")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("bare");
        configuration.setIdGenerator(new StrongUuidGenerator());
        if (authorized) {
            configuration.setAuthorizationEnabled(true);
            configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
            configuration.setProcessEnginePlugins(List.of(new AuthorizedGroups()));
        }
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model(tasksPerInstance)).deploy();
            long started = System.nanoTime();
            for (int i = 0; i < instances; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(KEY, "bare-" + i);
            }
            long completed = 0;
            TaskService tasks = engine.getTaskService();
            for (int round = 1; round <= tasksPerInstance && completed < completions; round++) {
                List<Task> open = tasks.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey("Task_" + round)
                        .orderByTaskCreateTime().asc().list();
                for (Task task : open) {
                    if (completed++ == completions) {
                        break;
                    }
                    complete(engine, task.getId(), authorized);
                }
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            engine.close();
        }
    }

    private static void complete(ProcessEngine engine, String taskId, boolean authorized) {
        if (!authorized) {
            engine.getTaskService().complete(taskId);
            return;
        }
        engine.getIdentityService().setAuthentication(USER, List.of(GROUP));
        try {
            engine.getTaskService().complete(taskId);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static BpmnModelInstance model(int tasks) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180).startEvent();
        for (int t = 1; t <= tasks; t++) {
            flow = flow.userTask("Task_" + t).camundaCandidateGroups(GROUP);
        }
        return flow.endEvent().done();
    }
}
