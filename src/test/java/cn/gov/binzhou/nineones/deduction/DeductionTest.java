package cn.gov.binzhou.nineones.deduction;

import static cn.gov.binzhou.nineones.support.EngineRest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.reminder.NoticeKind;
import cn.gov.binzhou.nineones.reminder.NotificationLog;
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
 * Deductions over HTTP as the real people: points by rule within the cap, one objection in time or
 * lapsed, the leader's confirmation, adjustment or rejection with four-eyes, rectification and re-check
 * passed or failed (another round), the ledger exported and matching Attachment 2.
 */
@ApplicationTest
@TestPropertySource(properties = "nineones.deductions.cap-per-agency=0.6")
class DeductionTest {

    static final String BATCH = "2023-DD";

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired Jobs jobs;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired Nominations nominations;
    @Autowired SpotChecks checks;
    @Autowired Deductions deductions;
    @Autowired NotificationLog log;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void findingsAreDeducted_byRule_withinTheCap_afterOneObjection_andTheLeadersConfirmation() throws Exception {
        Users.ensure(identity, "ddcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "ddbc", "county-bincheng");
        Users.ensure(identity, "ddbcld", "leader-bincheng");
        Users.ensure(identity, "ddwd", "county-wudi");
        Users.ensure(identity, "ddleader", Groups.CITY_LEADER);
        for (int n = 1; n <= 3; n++) {
            Users.ensure(identity, "ddgroup" + n, Groups.cityGroup(n));
            Users.ensure(identity, "ddgroup" + n, Groups.CITY_LEADER); // a leader who also inspects
        }
        List<SpotCheck> october = octoberChecksOfThreeBinchengEnterprises();

        record(october.get(0), "INEFFECTIVE", "台账缺失");
        record(october.get(1), "INEFFECTIVE", "员工说不清职责");
        record(october.get(2), "NOT_ADVANCED", "尚未启动");
        List<Deduction> ledger = deductions.inBatch(BATCH);
        assertThat(ledger).extracting(Deduction::pointsProposed).extracting(BigDecimal::doubleValue)
                .as("0.2, 0.2, then 0.3 capped to what is left of 0.6").containsExactly(0.2, 0.2, 0.2);
        assertThat(ledger.get(2).capped()).isTrue();
        Deduction first = ledger.get(0);
        Task objection = task(first, DeductionProcess.DEDUCTION_OBJECTION);
        assertThat(log.forTask(objection.getId())).extracting(n -> n.recipient()).as("the agency and its leaders are told once")
                .contains("ddbc", "ddbcld").doesNotContain("ddwd").doesNotHaveDuplicates();
        assertThat(log.forTask(objection.getId())).allMatch(n -> n.kind() == NoticeKind.DEDUCTION_PROPOSED);

        assertThat(taskIds("ddwd")).as("another agency does not see it").doesNotContain(objection.getId());
        assertThat(complete("ddwd", objection, Map.of("objection", value("不是我们的"))).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(complete("ddbc", objection, Map.of("objection", value("企业已补齐台账，请核减")))
                .getStatusCode().value()).isEqualTo(204);
        Task confirm = task(first, DeductionProcess.CONFIRM_DEDUCTION);
        assertThat(complete("ddbc", confirm, Map.of("deductionDecision", value("REJECT"), "comment", value("x")))
                .getStatusCode().is2xxSuccessful()).as("only a city leader confirms").isFalse();
        String recorder = october.get(0).groupId().replace("city-group-", "ddgroup");
        ResponseEntity<Map> ownCheck = complete(recorder, confirm, Map.of("deductionDecision", value("CONFIRM")));
        assertThat(ownCheck.getStatusCode().value()).isEqualTo(400);
        assertThat(ownCheck.getBody().get("message").toString()).contains("不能确认");
        assertThat(complete("ddleader", confirm, Map.of("deductionDecision", value("ADJUST"), "points", value(0.1),
                "comment", value("已部分整改"))).getStatusCode().value()).isEqualTo(204);
        first = deductions.find(first.id()).orElseThrow();
        assertThat(first.status()).isEqualTo(Deduction.Status.CONFIRMED);
        assertThat(first.objection()).isEqualTo("企业已补齐台账，请核减");
        assertThat(first.pointsConfirmed()).isEqualByComparingTo("0.1");
        assertThat(first.decidedBy()).isEqualTo("ddleader");

        rectifyAndRecheck(first, "EFFECTIVE");
        assertThat(deductions.find(first.id()).orElseThrow().rectification()).isEqualTo(Deduction.Rectification.RECTIFIED);
        assertThat(ended(first, DeductionProcess.END_RECTIFIED)).isTrue();

        Deduction second = ledger.get(1);
        jobs.advanceTo(LocalDate.of(2023, 10, 20));
        assertThat(deductions.find(second.id()).orElseThrow().objectionLapsed()).as("3 working days passed").isTrue();
        assertThat(complete("ddleader", task(second, DeductionProcess.CONFIRM_DEDUCTION),
                Map.of("deductionDecision", value("REJECT"), "comment", value("检查记录不足"))).getStatusCode().value()).isEqualTo(204);
        assertThat(deductions.find(second.id()).orElseThrow().status()).isEqualTo(Deduction.Status.REJECTED);
        assertThat(ended(second, DeductionProcess.END_REJECTED)).isTrue();

        Deduction third = ledger.get(2);
        assertThat(complete("ddleader", task(third, DeductionProcess.CONFIRM_DEDUCTION), Map.of("deductionDecision", value("CONFIRM")))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(deductions.find(third.id()).orElseThrow().pointsConfirmed()).isEqualByComparingTo("0.2");
        rectifyAndRecheck(third, "INEFFECTIVE");
        assertThat(deductions.find(third.id()).orElseThrow().rectification()).isEqualTo(Deduction.Rectification.FAILED);
        List<Deduction> after = deductions.inBatch(BATCH);
        assertThat(after).hasSize(4);
        assertThat(after.get(3)).satisfies(round -> {
            assertThat(round.round()).isEqualTo(2);
            assertThat(round.checkKind()).isEqualTo(CheckKind.RECHECK.name());
            assertThat(round.pointsProposed()).as("0.5 by rule; 0.6 - 0.1 - 0.2 = 0.3 left").isEqualByComparingTo("0.3");
        });

        ledgerAndAttachment2Agree();
    }

    private void ledgerAndAttachment2Agree() throws Exception {
        try (Workbook ledger = Sheets.read(new Api(port, "ddcity").get("/api/batches/" + BATCH + "/reports/deductions.xlsx").getBody());
                Workbook statistics = Sheets.read(new Api(port, "ddcity").get("/api/batches/" + BATCH + "/reports/statistics.xlsx").getBody());
                Workbook own = Sheets.read(new Api(port, "ddwd").get("/api/batches/" + BATCH + "/reports/deductions.xlsx").getBody())) {
            Sheet rows = ledger.getSheet("扣分台账");
            assertThat(rows.getLastRowNum()).as("title, header, 4 findings").isEqualTo(5);
            assertThat(text(rows.getRow(2).getCell(5))).isEqualTo("未有效运行");
            assertThat(text(rows.getRow(2).getCell(16))).isEqualTo("企业已补齐台账，请核减");
            assertThat(rows.getRow(2).getCell(20).getNumericCellValue()).isEqualTo(0.1);
            Sheet totals = ledger.getSheet("各县市区合计");
            assertThat(totals.getRow(2).getCell(2).getNumericCellValue()).as("bincheng: 0.1 + 0.2 confirmed").isEqualTo(0.3);
            Sheet byAgency = statistics.getSheet("按县市区");
            assertThat(byAgency.getRow(2).getCell(12).getNumericCellValue()).isEqualTo(0.3);
            assertThat(own.getSheet("扣分台账").getLastRowNum()).as("wudi sees no bincheng rows").isEqualTo(1);
        }
    }

    private List<SpotCheck> octoberChecksOfThreeBinchengEnterprises() {
        jobs.advanceTo(LocalDate.of(2023, 9, 1));
        Map<String, Object> form = new HashMap<>(Map.of(BatchProcess.Var.BATCH_CODE.name(), BATCH,
                BatchProcess.Field.BATCH_NAME, "扣分测试批", BatchProcess.Var.FROM_FIXED_LIST.name(), true,
                BatchProcess.Field.SAMPLING_RATE_PERCENT, 100L));
        campaign.as("ddcity", () -> runtime.startProcessInstanceByKey(BatchProcess.KEY, form));
        List<List<String>> list = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            list.add(Sheets.line(n + 1, "滨城区", "扣分测试企业" + n, CreditCodes.valid(8800 + n)));
        }
        assertThat(new Api(port, "ddcity").importFixedList(BATCH, "附件1.xlsx", Sheets.xlsx(list)).getStatusCode().value()).isEqualTo(200);
        jobs.runDue();
        jobs.advanceTo(LocalDate.of(2023, 10, 16));
        return checks.inBatch(BATCH).stream().filter(check -> check.kind() == CheckKind.PROGRESS).toList();
    }

    private void record(SpotCheck check, String result, String findings) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(check.businessKey()).singleResult();
        String member = check.groupId().replace("city-group-", "ddgroup");
        Map<String, Object> values = new HashMap<>(Map.of("spotCheckResult", value(result), "staffQuestioned", value(4),
                "staffAnswered", value(1)));
        if (findings != null) {
            values.put("spotCheckFindings", value(findings));
        }
        assertThat(complete(member, task, values).getStatusCode().value()).isEqualTo(204);
        jobs.runDue();
    }

    private void rectifyAndRecheck(Deduction deduction, String result) {
        assertThat(complete("ddbc", task(deduction, DeductionProcess.RECTIFICATION),
                Map.of("rectificationReport", value("已组织整改并培训全员"))).getStatusCode().value()).isEqualTo(204);
        SpotCheck recheck = checks.latestRecheck(BATCH, deduction.nominationId()).orElseThrow();
        SpotCheck original = checks.find(deduction.checkId()).orElseThrow();
        assertThat(recheck.groupId()).as("the same inspection group").isEqualTo(original.groupId());
        record(recheck, result, "EFFECTIVE".equals(result) ? null : "仍未整改到位");
    }

    private Task task(Deduction deduction, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(deduction.businessKey()).taskDefinitionKey(key).singleResult();
    }

    private boolean ended(Deduction deduction, String endEvent) {
        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(deduction.businessKey())
                .singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(endEvent).finished().count() == 1;
    }

    private ResponseEntity<Map> complete(String user, Task task, Map<String, Object> variables) {
        return new EngineRest(port, user).post("/task/{id}/complete", Map.of("variables", variables), task.getId());
    }

    private List<String> taskIds(String user) {
        return new EngineRest(port, user).list("/task").stream().map(task -> (String) task.get("id")).toList();
    }

    private static String text(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue();
    }
}
