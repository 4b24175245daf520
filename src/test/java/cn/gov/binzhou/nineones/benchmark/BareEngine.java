package cn.gov.binzhou.nineones.benchmark;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The reference: a bare Camunda engine on a fresh database of the same kind, with a process of only
 * user tasks (a candidate group each, like ours) and no listeners, forms, mail, authorization or tables
 * of ours. It starts as many instances as the batch has enterprises and completes exactly as many tasks
 * as the application did, round by round, the way the simulation does. Same history level (full) and id
 * generator as the application.
 */
final class BareEngine {

    static final String KEY = "bench-bare";

    private BareEngine() {
    }

    /** Answers the wall time in seconds of starting the instances and completing the tasks. */
    static double run(BenchDatabase database, int instances, long completions) {
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
                    tasks.complete(task.getId());
                }
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            engine.close();
        }
    }

    private static BpmnModelInstance model(int tasks) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180).startEvent();
        for (int t = 1; t <= tasks; t++) {
            flow = flow.userTask("Task_" + t).camundaCandidateGroups("county-bench");
        }
        return flow.endEvent().done();
    }
}
