package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * Retention from the settings, not the models: the deployed versions and every newly parsed one take
 * {@code nineones.history.ttl-days.<key>}; Camunda's history cleanup runs in the nightly window and removes
 * a finished instance's history once its time to live has passed since it ended, and not before.
 */
@ApplicationTest
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=retentionTest",
        "nineones.history.ttl-days.nine-ones-reminders=7", "nineones.history.ttl-days.nine-ones-service-times=90",
        "nineones.history.ttl-days.ops-retention-probe=12", "nineones.history.ttl-days.ops-retention-long=10",
        "nineones.history.ttl-days.ops-retention-changed=10"})
class HistoryRetentionTest {

    private static final ZoneId BEIJING = CampaignTime.ZONE;

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired TaskService taskService;

    @AfterEach
    void resetClockAndTheNightlySchedule() {
        ClockUtil.reset();
        history.cleanUpHistoryAsync(false);
    }

    @Test
    void deployedModels_takeTheTimeToLiveOfTheSettings() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ReminderProcess.KEY).latestVersion()
                .singleResult().getHistoryTimeToLive()).as("the model says 30").isEqualTo(7);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("nine-ones-service-times")
                .latestVersion().singleResult().getHistoryTimeToLive()).as("the model says 180").isEqualTo(90);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("nine-ones-enterprise").latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void aModelDeployedLater_takesItsTimeToLiveFromTheSettings_too() {
        var model = Bpmn.createExecutableProcess("ops-retention-probe").camundaHistoryTimeToLive(400)
                .startEvent().endEvent().done();
        repository.createDeployment().name("retention probe").addModelInstance("ops-retention-probe.bpmn", model).deploy();

        ProcessDefinition probe = repository.createProcessDefinitionQuery().processDefinitionKey("ops-retention-probe")
                .singleResult();
        assertThat(probe.getHistoryTimeToLive()).isEqualTo(12);
    }

    @Test
    void historyCleanup_runsInTheNightlyWindow_andRemovesOnlyWhatOutlivedItsTimeToLive() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
        assertThat(history.findHistoryCleanupJobs()).as("the engine schedules the cleanup at the window's start")
                .isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate().toInstant().atZone(BEIJING).toLocalTime())
                        .isEqualTo(java.time.LocalTime.of(1, 0)));

        at(LocalDateTime.of(2025, 3, 3, 10, 0));
        String old = runtime.startProcessInstanceByKey(ReminderProcess.KEY).getId();
        at(LocalDateTime.of(2025, 3, 8, 10, 0));
        String recent = runtime.startProcessInstanceByKey(ReminderProcess.KEY).getId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(java.util.Set.of(old, recent)).finished()
                .count()).as("nothing was due: both sweeps ended").isEqualTo(2);

        // eight days after the first sweep, at 02:00 Beijing time: inside the window
        at(LocalDateTime.of(2025, 3, 11, 2, 0));
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).as("7 days passed").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count()).as("3 days only").isEqualTo(1);
    }

    @Test
    void anInstanceOfMonths_isKeptItsTimeToLive_countedFromItsEnd() {
        String instance = longInstance("ops-retention-long", LocalDateTime.of(2025, 1, 6, 10, 0),
                LocalDateTime.of(2025, 3, 3, 10, 0));

        cleanUpAt(LocalDateTime.of(2025, 3, 11, 2, 0));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count())
                .as("64 days after its start, 8 after its end: kept 10 days from its end").isEqualTo(1);

        cleanUpAt(LocalDateTime.of(2025, 3, 14, 2, 0));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count())
                .as("11 days after its end").isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count())
                .as("its tasks go with it").isZero();
    }

    @Test
    void aLongerTimeToLive_reachesTheInstancesThatEndedBeforeIt() {
        String instance = longInstance("ops-retention-changed", LocalDateTime.of(2025, 5, 5, 10, 0),
                LocalDateTime.of(2025, 5, 6, 10, 0));
        for (ProcessDefinition version : repository.createProcessDefinitionQuery().processDefinitionKey("ops-retention-changed").list()) {
            repository.updateProcessDefinitionHistoryTimeToLive(version.getId(), 30);
        }

        cleanUpAt(LocalDateTime.of(2025, 5, 20, 2, 0));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count())
                .as("14 days after its end: it ended under 10 days, the setting is 30 now").isEqualTo(1);
    }

    /** An instance of a process of one user task (deployed under the key), started and completed at the moments given. */
    private String longInstance(String key, LocalDateTime started, LocalDateTime ended) {
        var model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(400).startEvent().userTask("Task_Wait").endEvent().done();
        repository.createDeployment().name("retention probe " + key).addModelInstance(key + ".bpmn", model).deploy();
        at(started);
        String instance = runtime.startProcessInstanceByKey(key).getId();
        at(ended);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
        return instance;
    }

    private void cleanUpAt(LocalDateTime time) {
        at(time);
        management.executeJob(history.cleanUpHistoryAsync(true).getId());
    }

    private static void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(BEIJING).toInstant()));
    }
}
