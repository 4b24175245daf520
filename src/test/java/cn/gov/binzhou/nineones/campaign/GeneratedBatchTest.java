package cn.gov.binzhou.nineones.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Jobs;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * The second batch's size (673 enterprises, the notice's Attachment 1) from its fixed list to the
 * December results on H2, every step through the engine as its users take it. It prints the wall time of
 * each stage, a figure for docs/performance.md, and asserts only what the batch must end with.
 */
@ApplicationTest
class GeneratedBatchTest {

    static final int ENTERPRISES = 673;
    static final String BATCH = "2023-G673";

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired Jobs jobs;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired Batches batches;
    @Autowired CampaignRecords records;
    @Autowired SpotChecks checks;
    @Autowired Agencies agencies;

    private long stageStarted;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void a673EnterpriseBatch_runsFromItsFixedListToItsDecemberResults() {
        Users.ensure(identity, "g6city", Groups.CITY_BUREAU);
        for (Agency agency : agencies.all()) {
            Users.ensure(identity, "g6" + agency.id(), agency.groupId());
        }
        for (int n = 1; n <= 3; n++) {
            Users.ensure(identity, "g6group" + n, Groups.cityGroup(n));
        }
        long started = System.nanoTime();
        stageStarted = started;
        jobs.advanceTo(LocalDate.of(2023, 9, 1));
        Map<String, Object> form = new HashMap<>(Map.of(BatchProcess.Var.BATCH_CODE.name(), BATCH,
                BatchProcess.Field.BATCH_NAME, "第二批（生成）", BatchProcess.Var.FROM_FIXED_LIST.name(), true));
        campaign.as("g6city", () -> runtime.startProcessInstanceByKey(BatchProcess.KEY, form));
        List<List<String>> list = new ArrayList<>();
        for (int n = 0; n < ENTERPRISES; n++) {
            Agency agency = agencies.all().get(n % agencies.all().size());
            list.add(Sheets.line(n + 1, agency.name(), "滨州生成企业" + n + "有限公司", CreditCodes.valid(700_000 + n)));
        }
        assertThat(new Api(port, "g6city").importFixedList(BATCH, "附件1.xlsx", Sheets.xlsx(list)).getBody())
                .containsEntry("imported", ENTERPRISES);
        jobs.runDue();
        stage("fixed list imported, accounts opened, list published");

        jobs.advanceTo(LocalDate.of(2023, 10, 16));
        completeAll(CheckKind.PROGRESS);
        stage("October sample drawn and checked");

        for (Task task : open(EnterpriseProcess.SELF_ASSESSMENT)) {
            Map<String, Object> values = new HashMap<>();
            values.put("checklistDone", SpinValues.jsonValue("[\"责任体系\",\"岗位职责清单\"]").create());
            values.put("principalName", "王五");
            values.put("attestedOn", "2023-10-16");
            campaign.complete(candidateUser(task), task, values);
        }
        stage("self-assessments");
        for (Task task : open(EnterpriseProcess.COUNTY_ACCEPTANCE)) {
            campaign.complete(countyUser(task), task, Map.of("acceptanceResult", "PASS"));
        }
        stage("county acceptances");

        jobs.advanceTo(LocalDate.of(2023, 12, 1));
        completeAll(CheckKind.ACCEPTANCE);
        jobs.runDue();
        stage("December sample drawn, checked, batch closed");

        assertThat(batches.require(BATCH).phase()).isEqualTo(BatchPhase.CLOSED);
        assertThat(records.inBatch(BATCH)).hasSize(ENTERPRISES).extracting(CampaignRecord::stage)
                .containsOnly(CampaignStage.ACCEPTED);
        long december = checks.inBatch(BATCH).stream().filter(check -> check.kind() == CheckKind.ACCEPTANCE).count();
        assertThat(december).as("20% of 67 or 68 per agency, rounded up").isBetween(140L, 150L);
        System.out.printf("GENERATED BATCH %d enterprises: whole cycle %.1f s%n", ENTERPRISES,
                (System.nanoTime() - started) / 1e9);
    }

    private void completeAll(CheckKind kind) {
        for (SpotCheck check : checks.inBatch(BATCH)) {
            if (check.kind() != kind || check.done()) {
                continue;
            }
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(check.businessKey()).singleResult();
            Map<String, Object> values = new HashMap<>();
            values.put("spotCheckResult", "EFFECTIVE");
            values.put("staffQuestioned", 5L);
            values.put("staffAnswered", 5L);
            campaign.complete("g6group" + check.groupId().substring(Groups.CITY_GROUP_PREFIX.length()), task, values);
        }
        jobs.runDue();
    }

    private List<Task> open(String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(EnterpriseProcess.KEY).taskDefinitionKey(taskKey)
                .processInstanceBusinessKeyLike(BATCH + "-%").list();
    }

    private String candidateUser(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getUserId() != null)
                .map(link -> link.getUserId()).findFirst().orElseGet(() -> countyUser(task));
    }

    private String countyUser(Task task) {
        String group = tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElseThrow();
        return "g6" + group.substring("county-".length());
    }

    private void stage(String what) {
        long now = System.nanoTime();
        System.out.printf("GENERATED BATCH stage %-55s %6.1f s%n", what, (now - stageStarted) / 1e9);
        stageStarted = now;
    }
}
