package cn.gov.binzhou.nineones.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.Groups;

@ApplicationTest
class BatchProcessTest {

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired Batches batches;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired HistoryService history;
    @Autowired Nominations nominations;

    @BeforeEach
    void users() {
        Users.ensure(identity, "batchcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "batchbc", "county-bincheng");
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void batchStartedOverRest_withCodeAndNameOnly_takesTheDefaultCalendarOfItsYear() {
        Map<?, ?> started = RestClient.create("http://localhost:" + port).post()
                .uri("/engine-rest/process-definition/key/{key}/start", BatchProcess.KEY)
                .headers(h -> h.setBasicAuth("batchcity", Users.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("batchCode", Map.of("value", "2025-3"),
                        "batchName", Map.of("value", "第三批"))))
                .retrieve().body(Map.class);

        assertThat(started.get("businessKey")).isEqualTo("2025-3");
        Batch batch = batches.require("2025-3");
        assertThat(batch.name()).isEqualTo("第三批");
        assertThat(batch.year()).isEqualTo(2025);
        assertThat(batch.calendar()).isEqualTo(new BatchCalendar(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 31),
                LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 31)));
        // 11-30 and 12-20 are Sunday and Saturday in 2025: moved to the next working day (Civil Code art. 203)
        assertThat(batch.samplingRatePercent()).isEqualTo(20);
        assertThat(batch.createdBy()).isEqualTo("batchcity");
        assertThat(runtime.getVariable((String) started.get("id"), BatchProcess.Var.SAMPLING_SEED.name()))
                .isEqualTo(batch.samplingSeed());
    }

    @Test
    void batchCalendarFromTheStartForm_isKept() {
        Map<String, Object> form = new HashMap<>(Map.of(BatchProcess.Var.BATCH_CODE.name(), "2024-5",
                BatchProcess.Field.BATCH_NAME, "第五批", BatchProcess.Field.NOMINATION_CLOSES, "2024-09-20",
                BatchProcess.Field.SAMPLING_RATE_PERCENT, 30L, BatchProcess.Field.SAMPLING_MINIMUM, 3L));
        runtime.startProcessInstanceByKey(BatchProcess.KEY, form);

        Batch batch = batches.require("2024-5");
        assertThat(batch.calendar().nominationCloses()).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(batch.calendar().cityApprovalBy()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(batch.samplingRatePercent()).isEqualTo(30);
        assertThat(batch.samplingMinimum()).isEqualTo(3);
    }

    @Test
    void aBatchCodeIsUnique_andBadSettingsAreRefusedWithReasons() {
        campaign.startBatch("2022-1", "第一批");

        assertThatThrownBy(() -> campaign.startBatch("2022-1", "又一个第一批")).hasMessageContaining("已存在");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(BatchProcess.KEY, Map.of(
                BatchProcess.Var.BATCH_CODE.name(), "第一批", BatchProcess.Field.BATCH_NAME, "x",
                BatchProcess.Field.SAMPLING_RATE_PERCENT, 150L)))
                .hasMessageContaining("批次编号应为“年份-序号”").hasMessageContaining("抽查比例（%）应在0到100之间");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(BatchProcess.KEY, Map.of(
                BatchProcess.Var.BATCH_CODE.name(), "2022-9", BatchProcess.Field.BATCH_NAME, "x",
                BatchProcess.Field.CITY_APPROVAL_BY, "2022-09-01")))
                .hasMessageContaining("市级审定截止（2022-09-01）不能早于提报截止（2022-09-15）");
        assertThat(batches.find("2022-9")).isEmpty();
    }

    @Test
    void nominationWindowCloses_thenTheListIsFixed_byTheCalendarsTimers() {
        Campaign.today(LocalDate.of(2021, 9, 1));
        ProcessInstance batch = campaign.startBatch("2021-2", "第二批");
        Job closing = timer(batch);
        assertThat(closing.getDuedate()).isEqualTo(CampaignTime.endOf(LocalDate.of(2021, 9, 15)));

        Campaign.today(LocalDate.of(2021, 9, 16));
        management.executeJob(closing.getId());

        assertThat(batches.require("2021-2").phase()).isEqualTo(BatchPhase.APPROVAL);
        assertThatThrownBy(() -> campaign.nominate("batchbc",
                Campaign.nominationForm("2021-2", CreditCodes.valid(2021), "迟到的公司", "滨城区")))
                .hasMessageContaining("提报已截止");
        Job fixing = timer(batch);
        assertThat(fixing.getDuedate()).isEqualTo(CampaignTime.endOf(LocalDate.of(2021, 9, 30)));

        Campaign.today(LocalDate.of(2021, 10, 1));
        management.executeJob(fixing.getId());

        assertThat(batches.require("2021-2").phase()).isEqualTo(BatchPhase.LIST_FIXED);
        assertThat(timer(batch).getDuedate()).as("the batch now waits for its October check")
                .isEqualTo(CampaignTime.startOf(LocalDate.of(2021, 10, 18))); // 10-16 is a Saturday in 2021
    }

    @Test
    void fixingTheList_endsTheBatchsNominationsStillUnderReview_byMessage() {
        Campaign.today(LocalDate.of(2020, 9, 1));
        ProcessInstance batch = campaign.startBatch("2020-2", "第二批");
        ProcessInstance listed = campaign.nominate("batchbc", Campaign.nominationForm("2020-2", CreditCodes.valid(2020), "已审定公司", "滨城区"));
        ProcessInstance pending = campaign.nominate("batchbc", Campaign.nominationForm("2020-2", CreditCodes.valid(2021), "未审定公司", "滨城区"));
        campaign.complete("batchbc", campaign.task(listed.getId(), EnterpriseProcess.COUNTY_REVIEW), Map.of("countyDecision", "APPROVE"));
        campaign.complete("batchcity", campaign.task(listed.getId(), EnterpriseProcess.CITY_APPROVAL), Map.of("cityDecision", "APPROVE"));
        management.executeJob(timer(batch).getId());

        Campaign.today(LocalDate.of(2020, 10, 1));
        management.executeJob(timer(batch).getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pending.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pending.getId())
                .activityId(EnterpriseProcess.END_EXPIRED).count()).isEqualTo(1);
        assertThat(nominations.find("2020-2", CreditCodes.valid(2021)).orElseThrow().nomination().status())
                .isEqualTo(NominationStatus.EXPIRED);
        assertThat(nominations.find("2020-2", CreditCodes.valid(2020)).orElseThrow().nomination().status())
                .isEqualTo(NominationStatus.CITY_APPROVED);
        assertThat(runtime.createExecutionQuery().processInstanceId(listed.getId())
                .activityId(EnterpriseProcess.EVENT_LIST_PUBLISHED).count()).as("listed, waiting for the list to be published")
                .isEqualTo(1);
    }

    private Job timer(ProcessInstance batch) {
        return management.createJobQuery().processInstanceId(batch.getId()).timers().singleResult();
    }
}
