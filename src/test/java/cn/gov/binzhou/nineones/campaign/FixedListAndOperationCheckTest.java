package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.support.EngineRest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.EngineRest;
import cn.gov.binzhou.nineones.support.Jobs;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * A batch started from its fixed list, as the second batch really began, and the October operation check
 * of the previous batch's enterprises after their own cycle ended; over HTTP as the city, an agency, an
 * enterprise and the inspection groups.
 */
@ApplicationTest
class FixedListAndOperationCheckTest {

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired Jobs jobs;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Batches batches;
    @Autowired Nominations nominations;
    @Autowired CampaignRecords records;
    @Autowired SpotChecks checks;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void aBatchStartsFromItsFixedList_andChecksThePreviousBatchsOperationInOctober() {
        Users.ensure(identity, "fxcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "fxbc", "county-bincheng");
        Users.ensure(identity, "fxwd", "county-wudi");
        for (int n = 1; n <= 3; n++) {
            Users.ensure(identity, "fxgroup" + n, Groups.cityGroup(n));
        }
        List<String> previous = List.of(CreditCodes.valid(9301), CreditCodes.valid(9302), CreditCodes.valid(9303));
        runPreviousBatchToAcceptance(previous);

        jobs.advanceTo(LocalDate.of(2023, 9, 1));
        startFromFixedList("2023-FX", "2022-PV", 20, 2);
        Batch started = batches.require("2023-FX");
        assertThat(started.calendar().nominationCloses()).as("void").isNull();
        assertThat(started.calendar().cityApprovalBy()).as("void").isNull();
        List<List<String>> list = List.of(Sheets.line(1, "无棣县", "确定名单企业甲", CreditCodes.valid(9401)),
                Sheets.line(2, "无棣县", "确定名单企业乙", CreditCodes.valid(9402)));

        assertThat(new Api(port, "fxwd").importFixedList("2023-FX", "附件1.xlsx", Sheets.xlsx(list)).getStatusCode().value())
                .as("an agency may not").isEqualTo(403);
        List<List<String>> withABadLine = new ArrayList<>(list);
        withABadLine.add(Sheets.line(3, "无棣县", "校验位错误企业", CreditCodes.valid(9403).substring(0, 17) + "0"));
        ResponseEntity<Map> refused = new Api(port, "fxcity").importFixedList("2023-FX", "附件1.xlsx", Sheets.xlsx(withABadLine));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("message").toString()).contains("整份名单未导入").contains("第4行");
        assertThat(nominations.inBatch("2023-FX")).isEmpty();

        ResponseEntity<Map> imported = new Api(port, "fxcity").importFixedList("2023-FX", "附件1.xlsx", Sheets.xlsx(list));
        assertThat(imported.getStatusCode().value()).isEqualTo(200);
        assertThat(imported.getBody()).containsEntry("imported", 2);
        assertThat(new Api(port, "fxcity").importFixedList("2023-FX", "附件1.xlsx", Sheets.xlsx(list)).getStatusCode().value())
                .as("the list is fixed once").isEqualTo(400);
        jobs.runDue();
        assertThat(batches.require("2023-FX").phase()).isEqualTo(BatchPhase.LIST_FIXED);
        for (NominatedEnterprise listed : nominations.inBatch("2023-FX")) {
            Nomination nomination = listed.nomination();
            assertThat(nomination.status()).isEqualTo(NominationStatus.CITY_APPROVED);
            assertThat(nomination.source()).isEqualTo(Nomination.SOURCE_FIXED_LIST);
            assertThat(nominations.events(nomination.id())).singleElement()
                    .satisfies(event -> assertThat(event.actor()).as("recorded as the city's").isEqualTo("fxcity"));
            assertThat(records.require(nomination.id()).stage()).isEqualTo(CampaignStage.SELF_ASSESSING);
        }
        anEnterpriseSeesOnlyItsOwnTasks("2023-FX");

        jobs.advanceTo(LocalDate.of(2023, 10, 16));
        List<SpotCheck> operation = checks.inBatch("2023-FX").stream().filter(c -> c.kind() == CheckKind.OPERATION).toList();
        assertThat(operation).as("2 of the previous batch's 3 accepted bincheng enterprises").hasSize(2);
        SpotCheck first = operation.get(0);
        assertThat(nominations.find(first.nominationId()).orElseThrow().nomination().batchCode()).isEqualTo("2022-PV");
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(first.businessKey()).singleResult();
        String assigned = "fxgroup" + first.groupId().substring(Groups.CITY_GROUP_PREFIX.length());
        String other = "fxgroup" + (first.groupId().endsWith("1") ? "2" : "1");
        assertThat(taskIds(other)).as("another inspection group does not see it").doesNotContain(check.getId());
        assertThat(taskIds(assigned)).contains(check.getId());
        ResponseEntity<Map> done = new EngineRest(port, assigned).post("/task/{id}/complete", Map.of("variables", Map.of(
                "spotCheckResult", value("INEFFECTIVE"), "spotCheckFindings", value("员工说不清岗位职责"),
                "staffQuestioned", value(6), "staffAnswered", value(2))), check.getId());
        assertThat(done.getStatusCode().value()).isEqualTo(204);
        SpotCheck recorded = checks.find(first.id()).orElseThrow();
        assertThat(recorded.result()).isEqualTo(SpotCheckResult.INEFFECTIVE);
        assertThat(recorded.staffQuestioned()).isEqualTo(6);
        assertThat(recorded.staffAnswered()).isEqualTo(2);
        assertThat(recorded.checkedBy()).isEqualTo(assigned);
        assertThat(records.require(first.nominationId()).stage()).as("the previous batch's result stays").isEqualTo(CampaignStage.ACCEPTED);
    }

    private void runPreviousBatchToAcceptance(List<String> codes) {
        jobs.advanceTo(LocalDate.of(2022, 9, 1));
        startFromFixedList("2022-PV", null, 0, 0);
        List<List<String>> list = new ArrayList<>();
        for (int n = 0; n < codes.size(); n++) {
            list.add(Sheets.line(n + 1, "滨城区", "上批企业" + n, codes.get(n)));
        }
        assertThat(new Api(port, "fxcity").importFixedList("2022-PV", "附件1.xlsx", Sheets.xlsx(list)).getStatusCode().value())
                .isEqualTo(200);
        jobs.runDue();
        for (NominatedEnterprise listed : nominations.inBatch("2022-PV")) {
            String instance = listed.nomination().processInstanceId();
            Map<String, Object> assessment = new HashMap<>();
            assessment.put("checklistDone", SpinValues.jsonValue("[\"责任体系\"]").create());
            assessment.put("principalName", "张三");
            assessment.put("attestedOn", "2022-09-01");
            campaign.complete(listed.nomination().enterpriseUserId() != null ? listed.nomination().enterpriseUserId() : "fxbc",
                    campaign.task(instance, EnterpriseProcess.SELF_ASSESSMENT), assessment);
            campaign.complete("fxbc", campaign.task(instance, EnterpriseProcess.COUNTY_ACCEPTANCE), Map.of("acceptanceResult", "PASS"));
        }
        jobs.advanceTo(LocalDate.of(2022, 12, 2));
        assertThat(batches.require("2022-PV").phase()).isEqualTo(BatchPhase.CLOSED);
        assertThat(records.inBatch("2022-PV")).extracting(CampaignRecord::stage).containsOnly(CampaignStage.ACCEPTED);
    }

    private void startFromFixedList(String code, String previousCode, int rate, int minimum) {
        Map<String, Object> form = new HashMap<>();
        form.put(BatchProcess.Var.BATCH_CODE.name(), code);
        form.put(BatchProcess.Field.BATCH_NAME, "确定名单批" + code);
        form.put(BatchProcess.Var.FROM_FIXED_LIST.name(), true);
        form.put(BatchProcess.Field.SAMPLING_RATE_PERCENT, (long) rate);
        form.put(BatchProcess.Field.SAMPLING_MINIMUM, (long) minimum);
        if (previousCode != null) {
            form.put(BatchProcess.Field.PREVIOUS_BATCH_CODE, previousCode);
        }
        campaign.as("fxcity", () -> runtime.startProcessInstanceByKey(BatchProcess.KEY, form));
    }

    private void anEnterpriseSeesOnlyItsOwnTasks(String batchCode) {
        List<NominatedEnterprise> listed = nominations.inBatch(batchCode);
        String user = listed.get(0).nomination().enterpriseUserId();
        assertThat(user).as("an account was opened from the contact e-mail").isNotNull();
        User account = identity.createUserQuery().userId(user).singleResult();
        account.setPassword(Users.PASSWORD);
        identity.saveUser(account);
        List<Map<String, Object>> visible = new EngineRest(port, user).list("/task");
        assertThat(visible).singleElement().satisfies(task -> {
            assertThat(task.get("taskDefinitionKey")).isEqualTo(EnterpriseProcess.SELF_ASSESSMENT);
            assertThat(task.get("processInstanceId")).isEqualTo(listed.get(0).nomination().processInstanceId());
        });
    }

    private List<String> taskIds(String user) {
        return new EngineRest(port, user).list("/task").stream().map(task -> (String) task.get("id")).toList();
    }
}
