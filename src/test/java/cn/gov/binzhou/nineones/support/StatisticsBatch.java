package cn.gov.binzhou.nineones.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.deduction.Deduction;
import cn.gov.binzhou.nineones.deduction.DeductionProcess;
import cn.gov.binzhou.nineones.deduction.Deductions;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * A batch with numbers for the dashboard: started on 2025-09-01 from a fixed list the city imports over
 * HTTP (滨城区 3 enterprises, two of them 危险化学品; 无棣县 2; 沾化区 1), then in 滨城区 one enterprise
 * self-assessed and accepted by the county, another self-assessed and awaiting acceptance.
 */
@Component
public class StatisticsBatch {

    private final Campaign campaign;
    private final Jobs jobs;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final Nominations nominations;
    private final TaskService tasks;
    private final SpotChecks checks;
    private final Deductions deductions;

    StatisticsBatch(Campaign campaign, Jobs jobs, IdentityService identity, RuntimeService runtime, Nominations nominations,
            TaskService tasks, SpotChecks checks, Deductions deductions) {
        this.campaign = campaign;
        this.jobs = jobs;
        this.identity = identity;
        this.runtime = runtime;
        this.nominations = nominations;
        this.tasks = tasks;
        this.checks = checks;
        this.deductions = deductions;
    }

    /** Builds the batch {@code code} with users named {@code <prefix>city}, {@code <prefix>bc}; the clock stays at 2025-09-01. */
    public void build(int port, String code, String prefix, int serialBase) {
        String city = Users.ensure(identity, prefix + "city", Groups.CITY_BUREAU);
        String county = Users.ensure(identity, prefix + "bc", "county-bincheng");
        jobs.advanceTo(LocalDate.of(2025, 9, 1));
        Map<String, Object> form = new HashMap<>();
        form.put(BatchProcess.Var.BATCH_CODE.name(), code);
        form.put(BatchProcess.Field.BATCH_NAME, "看板批" + code);
        form.put(BatchProcess.Var.FROM_FIXED_LIST.name(), true);
        form.put(BatchProcess.Field.SAMPLING_RATE_PERCENT, 0L);
        form.put(BatchProcess.Field.SAMPLING_MINIMUM, 0L);
        campaign.as(city, () -> runtime.startProcessInstanceByKey(BatchProcess.KEY, form));

        List<List<String>> list = new ArrayList<>();
        list.add(line(1, "滨城区", "滨州看板甲化工有限公司", serialBase + 1, "危险化学品", prefix));
        list.add(line(2, "滨城区", "滨州看板乙机械有限公司", serialBase + 2, "机械", prefix));
        list.add(line(3, "滨城区", "滨州看板丙化工有限公司", serialBase + 3, "危险化学品", prefix));
        list.add(line(4, "无棣县", "无棣看板丁建材有限公司", serialBase + 4, "机械", prefix));
        list.add(line(5, "无棣县", "无棣看板戊机械有限公司", serialBase + 5, "机械", prefix));
        list.add(line(6, "沾化区", "沾化看板己机械有限公司", serialBase + 6, "机械", prefix));
        assertThat(new Api(port, city).importFixedList(code, "附件1.xlsx", Sheets.xlsx(list)).getStatusCode().value())
                .isEqualTo(200);
        jobs.runDue();

        List<NominatedEnterprise> bincheng = nominations.inBatch(code).stream()
                .filter(n -> n.nomination().agencyId().equals("bincheng")).toList();
        selfAssess(bincheng.get(0), county);
        campaign.complete(county, campaign.task(bincheng.get(0).nomination().processInstanceId(),
                EnterpriseProcess.COUNTY_ACCEPTANCE), Map.of("acceptanceResult", "PASS"));
        selfAssess(bincheng.get(1), county);
    }

    /**
     * A batch from its fixed list through its December checks, everyone sampled: 滨城区 A, B, C and 无棣县 E.
     * October: A's progress check finds it ineffective, the leader confirms the deduction once the objection
     * time lapsed; the others effective. A, B and E self-assess and pass the county; C never does (overdue).
     * December: A effective, B ineffective, C not advanced, E effective. In 2024, so that moving the clock
     * through it runs none of the 2025 batches' timers. The clock stays at 2024-12-05.
     */
    public void buildThroughDecember(int port, String code, String prefix, int serialBase) {
        String city = Users.ensure(identity, prefix + "city", Groups.CITY_BUREAU);
        String bincheng = Users.ensure(identity, prefix + "bc", "county-bincheng");
        String wudi = Users.ensure(identity, prefix + "wd", "county-wudi");
        String leader = Users.ensure(identity, prefix + "leader", Groups.CITY_LEADER);
        for (int n = 1; n <= 3; n++) {
            Users.ensure(identity, prefix + "group" + n, Groups.cityGroup(n));
        }
        jobs.advanceTo(LocalDate.of(2024, 9, 2));
        Map<String, Object> form = new HashMap<>();
        form.put(BatchProcess.Var.BATCH_CODE.name(), code);
        form.put(BatchProcess.Field.BATCH_NAME, "全程批" + code);
        form.put(BatchProcess.Var.FROM_FIXED_LIST.name(), true);
        form.put(BatchProcess.Field.SAMPLING_RATE_PERCENT, 100L);
        form.put(BatchProcess.Field.SAMPLING_MINIMUM, 1L);
        campaign.as(city, () -> runtime.startProcessInstanceByKey(BatchProcess.KEY, form));
        List<List<String>> list = List.of(line(1, "滨城区", "全程甲化工有限公司", serialBase + 1, "危险化学品", prefix),
                line(2, "滨城区", "全程乙机械有限公司", serialBase + 2, "机械", prefix),
                line(3, "滨城区", "全程丙机械有限公司", serialBase + 3, "机械", prefix),
                line(4, "无棣县", "全程戊建材有限公司", serialBase + 4, "建材", prefix));
        assertThat(new Api(port, city).importFixedList(code, "附件1.xlsx", Sheets.xlsx(list)).getStatusCode().value())
                .isEqualTo(200);
        jobs.runDue();
        List<NominatedEnterprise> listed = nominations.inBatch(code);
        long a = listed.get(0).nomination().id();
        long b = listed.get(1).nomination().id();
        long c = listed.get(2).nomination().id();

        jobs.advanceTo(LocalDate.of(2024, 10, 16));
        for (SpotCheck check : checks.inBatch(code)) {
            if (check.kind() == CheckKind.PROGRESS) {
                record(check, prefix, check.nominationId() == a ? "INEFFECTIVE" : "EFFECTIVE");
            }
        }
        jobs.advanceTo(LocalDate.of(2024, 10, 24));
        for (Deduction deduction : deductions.inBatch(code)) {
            campaign.complete(leader, tasks.createTaskQuery().processInstanceBusinessKey(deduction.businessKey())
                    .taskDefinitionKey(DeductionProcess.CONFIRM_DEDUCTION).singleResult(), Map.of("deductionDecision", "CONFIRM"));
        }
        for (NominatedEnterprise enterprise : List.of(listed.get(0), listed.get(1), listed.get(3))) {
            selfAssess(enterprise, bincheng);
            campaign.complete(enterprise.nomination().agencyId().equals("wudi") ? wudi : bincheng,
                    campaign.task(enterprise.nomination().processInstanceId(), EnterpriseProcess.COUNTY_ACCEPTANCE),
                    Map.of("acceptanceResult", "PASS"));
        }

        // step by step, as the dates come; 2024-11-30 is a Saturday: the county acceptance runs to 12-02
        jobs.advanceTo(LocalDate.of(2024, 11, 21));
        jobs.advanceTo(LocalDate.of(2024, 12, 3));
        jobs.advanceTo(LocalDate.of(2024, 12, 5));
        for (SpotCheck check : checks.inBatch(code)) {
            if (check.kind() == CheckKind.ACCEPTANCE && !check.done()) {
                long id = check.nominationId();
                record(check, prefix, id == b ? "INEFFECTIVE" : id == c ? "NOT_ADVANCED" : "EFFECTIVE");
            }
        }
    }

    private void record(SpotCheck check, String prefix, String result) {
        Map<String, Object> values = new HashMap<>();
        values.put("spotCheckResult", result);
        values.put("staffQuestioned", 5L);
        values.put("staffAnswered", "EFFECTIVE".equals(result) ? 4L : 1L);
        if (!"EFFECTIVE".equals(result)) {
            values.put("spotCheckFindings", "台账缺失");
        }
        campaign.complete(prefix + "group" + check.groupId().substring(Groups.CITY_GROUP_PREFIX.length()),
                tasks.createTaskQuery().processInstanceBusinessKey(check.businessKey()).singleResult(), values);
        jobs.runDue();
    }

    private void selfAssess(NominatedEnterprise listed, String county) {
        Map<String, Object> assessment = new HashMap<>();
        assessment.put("checklistDone", SpinValues.jsonValue("[\"责任体系\"]").create());
        assessment.put("principalName", "张三");
        assessment.put("attestedOn", cn.gov.binzhou.nineones.system.CampaignTime.today().toString());
        String user = listed.nomination().enterpriseUserId() != null ? listed.nomination().enterpriseUserId() : county;
        campaign.complete(user, campaign.task(listed.nomination().processInstanceId(), EnterpriseProcess.SELF_ASSESSMENT),
                assessment);
    }

    private static List<String> line(int serial, String agency, String name, int creditSerial, String industry, String prefix) {
        List<String> line = Sheets.line(serial, agency, name, CreditCodes.valid(creditSerial));
        line.set(4, industry);
        line.set(10, prefix + serial + "@example.com");
        return line;
    }
}
