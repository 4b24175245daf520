package cn.gov.binzhou.nineones.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Jobs;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * A whole batch from nomination to its December results, the engine clock moved through every timer:
 * the happy path, a county acceptance that fails and is fixed, a self-assessment and a county acceptance
 * that miss their dates (未按要求推进), the October and the December samples, and the batch's close.
 */
@ApplicationTest
class CampaignCycleTest {

    static final String BATCH = "2023-CY";

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired Jobs jobs;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired Nominations nominations;
    @Autowired CampaignRecords records;
    @Autowired SpotChecks checks;
    @Autowired SupervisionRecords supervision;
    @Autowired Batches batches;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void aBatchRunsFromNominationToItsDecemberResults() {
        Users.ensure(identity, "cybc", "county-bincheng");
        Users.ensure(identity, "cywd", "county-wudi");
        Users.ensure(identity, "cycity", Groups.CITY_BUREAU);
        for (int n = 1; n <= 3; n++) {
            Users.ensure(identity, "cygroup" + n, Groups.cityGroup(n));
        }
        jobs.advanceTo(LocalDate.of(2023, 9, 1));
        campaign.startBatch(BATCH, "周期测试批");
        Map<String, ProcessInstance> enterprises = new LinkedHashMap<>();
        for (String letter : List.of("A", "B", "C", "D")) {
            enterprises.put(letter, nominateAndApprove("cybc", letter, "滨城区"));
        }
        for (String letter : List.of("E", "F")) {
            enterprises.put(letter, nominateAndApprove("cywd", letter, "无棣县"));
        }

        jobs.advanceTo(LocalDate.of(2023, 9, 16));
        assertThat(batches.require(BATCH).phase()).isEqualTo(BatchPhase.APPROVAL);
        assertThat(batches.require(BATCH).calendar().cityApprovalBy()).as("09-30 is a rest day: moved to the next working day")
                .isEqualTo(LocalDate.of(2023, 10, 7));

        jobs.advanceTo(LocalDate.of(2023, 10, 8));
        assertThat(batches.require(BATCH).phase()).isEqualTo(BatchPhase.LIST_FIXED);
        enterprises.values().forEach(instance -> assertThat(records.find(nominationId(instance))).isPresent());
        Task selfA = task(enterprises.get("A"), EnterpriseProcess.SELF_ASSESSMENT);
        String userA = enterpriseUser(enterprises.get("A"));
        assertThat(tasks.getIdentityLinksForTask(selfA.getId())).anyMatch(link -> userA.equals(link.getUserId()));
        assertThat(selfA.getDueDate()).isEqualTo(cn.gov.binzhou.nineones.system.CampaignTime.endOf(LocalDate.of(2023, 11, 20)));

        planAndVisit("cybc", "bincheng", enterprises.get("A"));
        planAndVisit("cywd", "wudi", enterprises.get("E"));
        assertThat(supervision.visitCounts(BATCH)).containsEntry(nominationId(enterprises.get("A")), 1);

        jobs.advanceTo(LocalDate.of(2023, 10, 16));
        assertThat(batches.require(BATCH).phase()).isEqualTo(BatchPhase.PROGRESS_CHECK);
        List<SpotCheck> progress = checks.inBatch(BATCH).stream().filter(c -> c.kind() == CheckKind.PROGRESS).toList();
        assertThat(progress).as("bincheng: 20% of 4 → the minimum 2; wudi: both").hasSize(4);
        for (SpotCheck check : progress) {
            recordCheck(check, "EFFECTIVE", null);
        }
        jobs.runDue();

        selfAssess(enterprises.get("A"));
        accept(enterprises.get("A"), "cybc", "PASS");
        selfAssess(enterprises.get("B"));
        accept(enterprises.get("B"), "cybc", "FAIL");
        Task again = task(enterprises.get("B"), EnterpriseProcess.SELF_ASSESSMENT);
        assertThat(forms.getTaskFormVariables(again.getId()).get(EnterpriseProcess.Acceptance.COUNTY_FINDINGS).toString()).contains("台账不全");
        selfAssess(enterprises.get("B"));
        accept(enterprises.get("B"), "cybc", "PASS");
        selfAssess(enterprises.get("C"));
        accept(enterprises.get("C"), "cybc", "PASS");
        selfAssess(enterprises.get("E"));
        accept(enterprises.get("E"), "cywd", "PASS");
        selfAssess(enterprises.get("F"));

        jobs.advanceTo(LocalDate.of(2023, 11, 21));
        assertThat(stage(enterprises.get("D"))).as("D did not self-assess by 11-20").isEqualTo(CampaignStage.OVERDUE);
        assertThat(records.require(nominationId(enterprises.get("D"))).overdueStep()).isEqualTo("SELF_ASSESSMENT");

        jobs.advanceTo(LocalDate.of(2023, 12, 1));
        assertThat(records.require(nominationId(enterprises.get("F"))).overdueStep())
                .as("wudi did not accept F by 11-30").isEqualTo("COUNTY_ACCEPTANCE");
        assertThat(batches.require(BATCH).phase()).isEqualTo(BatchPhase.ACCEPTANCE_CHECK);
        List<SpotCheck> december = checks.inBatch(BATCH).stream().filter(c -> c.kind() == CheckKind.ACCEPTANCE).toList();
        assertThat(december).extracting(SpotCheck::nominationId).contains(nominationId(enterprises.get("D")),
                nominationId(enterprises.get("E")), nominationId(enterprises.get("F")));
        assertThat(december).as("bincheng: 2 of A, B, C and D; wudi: E and F").hasSize(5);
        long acceptedWithoutCheck = List.of("A", "B", "C").stream()
                .filter(letter -> stage(enterprises.get(letter)) == CampaignStage.ACCEPTED).count();
        assertThat(acceptedWithoutCheck).isEqualTo(1);

        for (SpotCheck check : december) {
            String result = check.nominationId() == nominationId(enterprises.get("D"))
                    || check.nominationId() == nominationId(enterprises.get("F")) ? "NOT_ADVANCED" : "EFFECTIVE";
            recordCheck(check, result, "NOT_ADVANCED".equals(result) ? "未按要求推进：台账缺失" : null);
        }
        jobs.runDue();

        assertThat(batches.require(BATCH).phase()).isEqualTo(BatchPhase.CLOSED);
        assertThat(stage(enterprises.get("D"))).isEqualTo(CampaignStage.NOT_ADVANCED);
        assertThat(stage(enterprises.get("F"))).isEqualTo(CampaignStage.NOT_ADVANCED);
        assertThat(stage(enterprises.get("E"))).isEqualTo(CampaignStage.ACCEPTED);
        assertThat(ended(enterprises.get("D"), EnterpriseProcess.END_NOT_ADVANCED)).isTrue();
        assertThat(ended(enterprises.get("E"), EnterpriseProcess.END_ACCEPTED)).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BATCH).count()).as("batch ended").isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY)
                .processInstanceBusinessKeyLike(BATCH + "-%").count()).as("every enterprise has its result").isZero();
        attachment2AddsUp();
    }

    private void attachment2AddsUp() {
        byte[] sheet = new Api(port, "cycity").get("/api/batches/" + BATCH + "/reports/statistics.xlsx").getBody();
        try (Workbook workbook = Sheets.read(sheet)) {
            Sheet byAgency = workbook.getSheet("按县市区");
            assertThat(values(byAgency.getRow(2))).as("bincheng: D missed its self-assessment, 2 of A, B, C and D checked; no deduction confirmed yet")
                    .containsExactly("1", "滨城区", "4", "4", "4", "3", "3", "1", "3", "2", "0", "1", "0");
            assertThat(values(byAgency.getRow(6))).as("wudi: F missed its county acceptance")
                    .containsExactly("5", "无棣县", "2", "2", "2", "2", "1", "1", "2", "1", "0", "1", "0");
            Sheet unvisited = workbook.getSheet("未督导企业");
            assertThat(unvisited.getLastRowNum()).as("B, C, D and F were never visited").isEqualTo(5);
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static List<String> values(Row row) {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return values;
    }

    private ProcessInstance nominateAndApprove(String countyUser, String letter, String agency) {
        ProcessInstance instance = campaign.nominate(countyUser, Campaign.nominationForm(BATCH,
                CreditCodes.valid(6000 + letter.charAt(0)), "周期企业" + letter, agency));
        campaign.complete(countyUser, task(instance, EnterpriseProcess.COUNTY_REVIEW), Map.of("countyDecision", "APPROVE"));
        campaign.complete("cycity", task(instance, EnterpriseProcess.CITY_APPROVAL), Map.of("cityDecision", "APPROVE"));
        return instance;
    }

    private void planAndVisit(String user, String agencyId, ProcessInstance visited) {
        String batchInstance = batches.require(BATCH).processInstanceId();
        Task plan = tasks.createTaskQuery().processInstanceId(batchInstance).taskDefinitionKey(BatchProcess.SUPERVISION_PLAN)
                .taskCandidateGroup("county-" + agencyId).singleResult();
        campaign.complete(user, plan, Map.of("plannedVisits", 4L, "guidanceForms", SpinValues.jsonValue("[\"指导帮扶\",\"培训\"]").create(),
                "planPeople", "王科长"));
        Task visit = tasks.createTaskQuery().processInstanceId(batchInstance).taskDefinitionKey(BatchProcess.SUPERVISION_VISIT)
                .taskCandidateGroup("county-" + agencyId).singleResult();
        String code = nominations.find(nominationId(visited)).orElseThrow().nomination().creditCode();
        assertThatThrownBy(() -> campaign.complete(user, visit, Map.of("visitEnterprise", CreditCodes.valid(1), "visitDate",
                "2023-10-08", "visitForm", "培训"))).hasMessageContaining("只能记录本单位");
        campaign.complete(user, visit, Map.of("visitEnterprise", code, "visitDate", "2023-10-08", "visitForm", "指导帮扶",
                "visitFindings", "指导建立岗位职责清单"));
        assertThat(tasks.createTaskQuery().processInstanceId(batchInstance).taskDefinitionKey(BatchProcess.SUPERVISION_VISIT)
                .taskCandidateGroup("county-" + agencyId).count()).as("the next visit can be recorded").isEqualTo(1);
    }

    private void selfAssess(ProcessInstance instance) {
        Task task = task(instance, EnterpriseProcess.SELF_ASSESSMENT);
        Map<String, Object> values = new HashMap<>();
        values.put("checklistDone", SpinValues.jsonValue("[\"责任体系\",\"岗位职责清单\"]").create());
        values.put("evidenceNotes", "已建立责任体系");
        values.put("principalName", "张三");
        values.put("attestedOn", cn.gov.binzhou.nineones.system.CampaignTime.today().toString());
        campaign.complete(enterpriseUser(instance), task, values);
    }

    private void accept(ProcessInstance instance, String countyUser, String result) {
        Map<String, Object> values = new HashMap<>();
        values.put("acceptanceResult", result);
        if ("FAIL".equals(result)) {
            values.put("acceptanceFindings", "台账不全");
            values.put("failedItems", SpinValues.jsonValue("[\"教育培训计划与记录\"]").create());
        }
        campaign.complete(countyUser, task(instance, EnterpriseProcess.COUNTY_ACCEPTANCE), values);
    }

    private void recordCheck(SpotCheck check, String result, String findings) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(check.businessKey()).singleResult();
        assertThat(tasks.getIdentityLinksForTask(task.getId())).as("only the assigned group")
                .allMatch(link -> check.groupId().equals(link.getGroupId()));
        String member = "cygroup" + check.groupId().substring(Groups.CITY_GROUP_PREFIX.length());
        Map<String, Object> values = new HashMap<>();
        values.put("spotCheckResult", result);
        values.put("staffQuestioned", 5L);
        values.put("staffAnswered", 4L);
        if (findings != null) {
            values.put("spotCheckFindings", findings);
        }
        campaign.complete(member, task, values);
    }

    private Task task(ProcessInstance instance, String key) {
        return campaign.task(instance.getId(), key);
    }

    private long nominationId(ProcessInstance instance) {
        return nominations.find(BATCH, instance.getBusinessKey().substring(BATCH.length() + 1)).orElseThrow().nomination().id();
    }

    private String enterpriseUser(ProcessInstance instance) {
        return nominations.find(nominationId(instance)).orElseThrow().nomination().enterpriseUserId();
    }

    private CampaignStage stage(ProcessInstance instance) {
        return records.require(nominationId(instance)).stage();
    }

    private boolean ended(ProcessInstance instance, String endEventId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(endEventId)
                .finished().count() == 1;
    }
}
