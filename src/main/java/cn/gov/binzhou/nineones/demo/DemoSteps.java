package cn.gov.binzhou.nineones.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.demo.DemoEnterprises.DemoEnterprise;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.NominationImport;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * The steps of the campaign as the demo users take them: the city starts a batch and imports a fixed
 * list, agencies import their sheets and review, the city approves, agencies plan and visit, enterprises
 * (or their agency) self-assess, agencies accept, inspection groups record their checks. Each is the
 * application's own path: the batch process's start, {@link NominationImport}, the TaskService.
 */
@Component
@Profile("demo")
class DemoSteps {

    static final String CITY = "shiju1";
    static final String CITY_2 = "shiju2";

    private final DemoDriver driver;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final NominationImport nominationImport;
    private final Batches batches;
    private final Agencies agencies;
    private final Nominations nominations;

    DemoSteps(DemoDriver driver, RuntimeService runtime, TaskService tasks, IdentityService identity,
            NominationImport nominationImport, Batches batches, Agencies agencies, Nominations nominations) {
        this.nominations = nominations;
        this.driver = driver;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.nominationImport = nominationImport;
        this.batches = batches;
        this.agencies = agencies;
    }

    void startBatch(Map<String, Object> form) {
        driver.as(CITY, () -> runtime.startProcessInstanceByKey(BatchProcess.KEY, form));
    }

    /** The agency's demo user imports the agency's lines, as they would upload the sheet (GBK .csv, as Excel saves it). */
    void importByAgencies(String batchCode, List<DemoEnterprise> enterprises) {
        for (Agency agency : agencies.all()) {
            List<DemoEnterprise> own = enterprises.stream().filter(e -> e.agencyName().equals(agency.name())).toList();
            if (!own.isEmpty()) {
                nominationImport.importSheet(batchCode, agency.name() + "提报.csv", DemoSheets.csv(own, DemoSheets.GBK),
                        driver.apiUser(countyUser(agency.id())));
            }
        }
    }

    void importFixedList(String batchCode, List<DemoEnterprise> enterprises) {
        nominationImport.importFixedList(batchCode, "附件1企业名单.csv", DemoSheets.csv(enterprises, DemoSheets.GBK),
                driver.apiUser(CITY));
    }

    /**
     * The enterprise's existing Tasklist account is linked to its listing, as the batch links an account
     * an enterprise already has; done before the list's publication reaches it, its tasks go to that user.
     */
    void linkOwnAccount(String userId, String batchCode, String creditCode) {
        nominations.assignEnterpriseUser(nominations.find(batchCode, creditCode).orElseThrow().nomination().id(), userId);
    }

    void countyApproves(Nomination n) {
        driver.complete(countyUser(n.agencyId()), n.processInstanceId(), EnterpriseProcess.COUNTY_REVIEW,
                Map.of("countyDecision", "APPROVE", "comment", "材料齐全，同意推荐"));
    }

    void countyRejects(Nomination n) {
        driver.complete(countyUser(n.agencyId()), n.processInstanceId(), EnterpriseProcess.COUNTY_REVIEW,
                Map.of("countyDecision", "REJECT", "comment", "企业已停产，不列入本批次"));
    }

    void countyReturns(Nomination n) {
        driver.complete(countyUser(n.agencyId()), n.processInstanceId(), EnterpriseProcess.COUNTY_REVIEW,
                Map.of("countyDecision", "RETURN", "comment", "请补充企业地址和安全联系人电话"));
    }

    void cityDecides(Nomination n, boolean approve, int index) {
        Map<String, Object> decision = approve ? Map.of("cityDecision", "APPROVE", "comment", "同意列入")
                : Map.of("cityDecision", "REJECT", "comment", "安全生产许可证已过期，暂不列入");
        driver.complete(index % 2 == 0 ? CITY : CITY_2, n.processInstanceId(), EnterpriseProcess.CITY_APPROVAL, decision);
    }

    /** Each agency in the list makes its supervision plan and records {@code visits} visits. */
    void planAndVisit(String batchCode, List<String> agencyIds, Map<String, List<String>> codesByAgency, int visits) {
        String instance = batches.require(batchCode).processInstanceId();
        for (String agencyId : agencyIds) {
            Task plan = supervisionTask(instance, BatchProcess.SUPERVISION_PLAN, agencyId);
            if (plan == null) {
                continue;
            }
            driver.complete(countyUser(agencyId), plan, Map.of(BatchProcess.Supervision.PLANNED_VISITS, 12L,
                    BatchProcess.Supervision.GUIDANCE_FORMS, SpinValues.jsonValue("[\"指导帮扶\",\"培训\",\"督导检查\"]").create(),
                    BatchProcess.Supervision.PLAN_PEOPLE, agencies.require(agencyId).name() + "安监科全体",
                    BatchProcess.Supervision.PLAN_NOTES, "每月至少走访一次，重点检查岗位职责清单和操作规程"));
            List<String> codes = codesByAgency.getOrDefault(agencyId, List.of());
            for (int v = 0; v < Math.min(visits, codes.size()); v++) {
                Task visit = supervisionTask(instance, BatchProcess.SUPERVISION_VISIT, agencyId);
                driver.complete(countyUser(agencyId), visit, Map.of(BatchProcess.Supervision.VISIT_ENTERPRISE, codes.get(v),
                        BatchProcess.Supervision.VISIT_DATE, CampaignTime.today().toString(),
                        BatchProcess.Supervision.VISIT_FORM, v % 2 == 0 ? "指导帮扶" : "督导检查",
                        BatchProcess.Supervision.VISIT_FINDINGS, "已指导企业建立岗位职责清单，全员培训记录待完善"));
            }
        }
    }

    private Task supervisionTask(String batchInstance, String key, String agencyId) {
        return tasks.createTaskQuery().processInstanceId(batchInstance).taskDefinitionKey(key)
                .taskCandidateGroup(Agency.GROUP_PREFIX + agencyId).singleResult();
    }

    /** The enterprise's own user where it has one, else its agency, self-assesses. */
    boolean selfAssess(NominatedEnterprise listed) {
        Nomination n = listed.nomination();
        Map<String, Object> values = new HashMap<>();
        values.put("checklistDone", SpinValues.jsonValue("[\"责任体系\",\"岗位职责清单\",\"岗位操作规程\",\"岗位风险告知卡\","
                + "\"教育培训计划与记录\",\"全员安全承诺书\"]").create());
        values.put("evidenceNotes", "已建立全员安全生产责任制，岗位职责清单和操作规程已上墙，培训记录见附件");
        values.put("principalName", listed.enterprise().principal());
        values.put("attestedOn", CampaignTime.today().toString());
        String user = n.enterpriseUserId() != null ? n.enterpriseUserId() : countyUser(n.agencyId());
        return driver.complete(user, n.processInstanceId(), EnterpriseProcess.SELF_ASSESSMENT, values);
    }

    boolean countyAccepts(Nomination n, boolean pass) {
        Map<String, Object> values = new HashMap<>();
        values.put("acceptanceResult", pass ? "PASS" : "FAIL");
        if (!pass) {
            values.put("failedItems", SpinValues.jsonValue("[\"教育培训计划与记录\",\"全员考试考核\"]").create());
            values.put("acceptanceFindings", "培训记录不全，一线员工考试考核未覆盖全员，请补充后重新自评");
        }
        return driver.complete(countyUser(n.agencyId()), n.processInstanceId(), EnterpriseProcess.COUNTY_ACCEPTANCE, values);
    }

    /** The assigned inspection group records a check. */
    void recordCheck(SpotCheck check, String result) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(check.businessKey())
                .taskDefinitionKey("citySpotCheck").singleResult();
        if (task == null) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("spotCheckResult", result);
        values.put("staffQuestioned", 6L);
        values.put("staffAnswered", "EFFECTIVE".equals(result) ? 5L : 2L);
        if (!"EFFECTIVE".equals(result)) {
            values.put("spotCheckFindings", "NOT_ADVANCED".equals(result) ? "未按要求推进：岗位职责清单未建立，台账缺失"
                    : "未有效运行：抽问的一线员工多数说不清本岗位职责和操作规程");
            values.put("deficientItems", SpinValues.jsonValue("[\"岗位职责清单\",\"教育培训计划与记录\"]").create());
        }
        driver.complete(groupMember(check.groupId()), task, values);
    }

    private String groupMember(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().listPage(0, 1).get(0).getId();
    }

    static String countyUser(String agencyId) {
        return agencyId + "1";
    }

    static boolean isCityGroup(String groupId) {
        return groupId.startsWith(Groups.CITY_GROUP_PREFIX);
    }

    static String date(LocalDate date) {
        return date.toString();
    }
}
