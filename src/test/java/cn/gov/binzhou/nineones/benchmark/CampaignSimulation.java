package cn.gov.binzhou.nineones.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.BatchCalendar;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.campaign.CampaignRecord;
import cn.gov.binzhou.nineones.campaign.CampaignRecords;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotCheckProcess;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.deduction.DeductionProcess;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * One batch of N generated enterprises through the whole campaign, as its users and Camunda's job
 * executors take it: the agencies' nomination imports over HTTP, every county review (some returned and
 * revised) and city approval, supervision plans and visits, the October sample, self-assessments (a few
 * missed), county acceptances (a few failed and redone), the December sample, and the deductions that
 * the findings open (objection or lapse, confirmation, rectification, re-check), with the engine clock
 * moved through every timer and the reminder sweeper mailing over SMTP. Requests alternate over the nodes.
 */
final class CampaignSimulation {

    static final String CITY = "bcity1";
    static final String CITY_2 = "bcity2";
    static final String LEADER = "bleader";
    private static final String BATCH_PREFIX = "2023-B";

    private final BenchNodes nodes;
    private final int enterprises;
    private final String batch;
    private final Stages stages;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    private final Map<String, Nomination> byInstance = new HashMap<>();
    private int request;

    CampaignSimulation(BenchNodes nodes, int enterprises, Stages stages) {
        this.nodes = nodes;
        this.enterprises = enterprises;
        this.batch = BATCH_PREFIX + enterprises;
        this.stages = stages;
    }

    String batchCode() {
        return batch;
    }

    static String agencyUser(String agencyId) {
        return "b" + agencyId;
    }

    static String groupUser(String groupId) {
        return "b" + groupId;
    }

    void createUsers() {
        IdentityService identity = nodes.bean(0, IdentityService.class);
        Users.ensure(identity, CITY, Groups.CITY_BUREAU);
        Users.ensure(identity, CITY_2, Groups.CITY_BUREAU);
        Users.ensure(identity, LEADER, Groups.CITY_LEADER);
        for (Agency agency : agencies()) {
            Users.ensure(identity, agencyUser(agency.id()), agency.groupId());
        }
        for (int n = 1; n <= 3; n++) {
            Users.ensure(identity, groupUser(Groups.cityGroup(n)), Groups.cityGroup(n));
        }
    }

    // ------------------------------------------------------------------------------------------ stages

    void nominate() {
        setClock(LocalDate.of(2023, 9, 1));
        as(CITY, 0, () -> nodes.bean(0, RuntimeService.class).startProcessInstanceByKey(BatchProcess.KEY,
                Map.of(BatchProcess.Var.BATCH_CODE.name(), batch, BatchProcess.Field.BATCH_NAME, "第二批（基准）")));
        moveClockTo(LocalDate.of(2023, 9, 4));
        List<Agency> all = agencies();
        for (int a = 0; a < all.size(); a++) {
            List<List<String>> lines = new ArrayList<>();
            for (int i = a; i < enterprises; i += all.size()) {
                lines.add(Sheets.line(lines.size() + 1, all.get(a).name(), "滨州基准企业" + i + "有限公司",
                        CreditCodes.valid(500_000 + i)));
            }
            Map<?, ?> report = new Api(nodes.port(a), agencyUser(all.get(a).id()))
                    .importFile(batch, all.get(a).name() + "提报.xlsx", Sheets.xlsx(lines)).getBody();
            if (!Integer.valueOf(lines.size()).equals(report.get("imported"))) {
                throw new IllegalStateException("import of " + all.get(a).name() + ": " + report);
            }
        }
        nodes.awaitJobs();
        refreshNominations();
        stages.done("nominations imported (" + enterprises + " lines, 10 sheets over HTTP)", byInstance.size());
    }

    void review() {
        moveClockTo(LocalDate.of(2023, 9, 8));
        int returned = 0;
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.COUNTY_REVIEW)) {
            Nomination n = byInstance.get(task.getProcessInstanceId());
            boolean returnIt = n.id() % 20 == 3;
            complete(agencyUser(n.agencyId()), task, returnIt
                    ? Map.of("countyDecision", "RETURN", "comment", "请补充企业地址和安全联系人电话")
                    : Map.of("countyDecision", "APPROVE", "comment", "材料齐全，同意推荐"));
            returned += returnIt ? 1 : 0;
        }
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.REVISE_NOMINATION)) {
            Nomination n = byInstance.get(task.getProcessInstanceId());
            complete(agencyUser(n.agencyId()), task, Map.of(EnterpriseProcess.Field.CONTACT_PHONE, "0543-3210000"));
        }
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.COUNTY_REVIEW)) {
            Nomination n = byInstance.get(task.getProcessInstanceId());
            complete(agencyUser(n.agencyId()), task, Map.of("countyDecision", "APPROVE", "comment", "已补充，同意推荐"));
        }
        stages.done("county reviews (" + returned + " returned and revised)", enterprises + 2 * returned);
        int i = 0;
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.CITY_APPROVAL)) {
            Nomination n = byInstance.get(task.getProcessInstanceId());
            complete(i++ % 2 == 0 ? CITY : CITY_2, task, n.id() % 100 == 99
                    ? Map.of("cityDecision", "REJECT", "comment", "安全生产许可证已过期，暂不列入")
                    : Map.of("cityDecision", "APPROVE", "comment", "同意列入"));
        }
        stages.done("city approvals", i);
    }

    void publishList() {
        advanceTo(calendar().cityApprovalBy().plusDays(1));
        refreshNominations();
        stages.done("list fixed, enterprise accounts opened and mailed, list published", 0);
    }

    void supervise() {
        moveClockTo(calendar().supervisionPlansBy().minusDays(1));
        String instance = nodes.bean(0, Batches.class).require(batch).processInstanceId();
        Map<String, List<String>> codes = listed().stream().collect(Collectors.groupingBy(Nomination::agencyId,
                Collectors.mapping(Nomination::creditCode, Collectors.toList())));
        int completions = 0;
        for (Agency agency : agencies()) {
            String user = agencyUser(agency.id());
            complete(user, supervisionTask(instance, BatchProcess.SUPERVISION_PLAN, agency), Map.of(
                    BatchProcess.Supervision.PLANNED_VISITS, 12L,
                    BatchProcess.Supervision.GUIDANCE_FORMS, SpinValues.jsonValue("[\"指导帮扶\",\"督导检查\"]").create(),
                    BatchProcess.Supervision.PLAN_PEOPLE, agency.name() + "安监科全体",
                    BatchProcess.Supervision.PLAN_NOTES, "每月至少走访一次"));
            List<String> own = codes.getOrDefault(agency.id(), List.of());
            int visits = Math.max(1, own.size() / 20);
            for (int v = 0; v < visits; v++) {
                complete(user, supervisionTask(instance, BatchProcess.SUPERVISION_VISIT, agency), Map.of(
                        BatchProcess.Supervision.VISIT_ENTERPRISE, own.get(v),
                        BatchProcess.Supervision.VISIT_DATE, CampaignTime.today().toString(),
                        BatchProcess.Supervision.VISIT_FORM, v % 2 == 0 ? "指导帮扶" : "督导检查",
                        BatchProcess.Supervision.VISIT_FINDINGS, "已指导企业建立岗位职责清单"));
            }
            completions += 1 + visits;
        }
        stages.done("supervision plans and visits", completions);
    }

    void octoberChecks() {
        advanceTo(calendar().progressCheckFrom());
        int checked = recordChecks(CheckKind.PROGRESS);
        nodes.awaitJobs();
        stages.done("October sample drawn and checked", checked);
    }

    /** The moment the benchmark measures latencies at full size: every listed enterprise has its self-assessment open. */
    void moveToSelfAssessmentWeek() {
        moveClockTo(calendar().selfAssessmentBy().minusDays(2));
    }

    void selfAssess() {
        int done = 0;
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.SELF_ASSESSMENT)) {
            Nomination n = byInstance.get(task.getProcessInstanceId());
            if (n.id() % 100 == 42) {
                continue; // misses the date: overdue, a finding, a deduction
            }
            selfAssessment(n, task);
            done++;
        }
        stages.done("self-assessments (1 in 100 missed)", done);
        advanceTo(calendar().selfAssessmentBy().plusDays(1));
        stages.done("self-assessment date passed (missed ones overdue, findings, deductions opened)", 0);
    }

    void countyAccept() {
        int completions = 0;
        List<Task> failed = new ArrayList<>();
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.COUNTY_ACCEPTANCE)) {
            Nomination n = byInstance.get(task.getProcessInstanceId());
            boolean fail = n.id() % 50 == 7;
            Map<String, Object> values = new HashMap<>();
            values.put("acceptanceResult", fail ? "FAIL" : "PASS");
            if (fail) {
                values.put("failedItems", SpinValues.jsonValue("[\"教育培训计划与记录\"]").create());
                values.put("acceptanceFindings", "培训记录不全，请补充后重新自评");
                failed.add(task);
            }
            complete(agencyUser(n.agencyId()), task, values);
            completions++;
        }
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.SELF_ASSESSMENT)) {
            selfAssessment(byInstance.get(task.getProcessInstanceId()), task);
            completions++;
        }
        for (Task task : open(EnterpriseProcess.KEY, EnterpriseProcess.COUNTY_ACCEPTANCE)) {
            Nomination n = byInstance.get(task.getProcessInstanceId());
            complete(agencyUser(n.agencyId()), task, Map.of("acceptanceResult", "PASS"));
            completions++;
        }
        stages.done("county acceptances (" + failed.size() + " failed, redone)", completions);
        advanceTo(calendar().countyAcceptanceBy().plusDays(1));
    }

    void decemberChecks() {
        advanceTo(calendar().acceptanceCheckFrom());
        int checked = recordChecks(CheckKind.ACCEPTANCE);
        nodes.awaitJobs();
        stages.done("December sample drawn and checked", checked);
    }

    /** Rounds of a week: objections (half object, the rest lapse), confirmations, rectifications, re-checks. */
    void deductions() {
        int completions = 0;
        LocalDate day = calendar().acceptanceCheckFrom();
        for (int round = 0; round < 8 && openDeductionWork() > 0; round++) {
            int o = 0;
            for (Task task : open(DeductionProcess.KEY, DeductionProcess.DEDUCTION_OBJECTION)) {
                if (o++ % 2 == 0) {
                    complete(candidate(task), task, Map.of(DeductionProcess.Field.OBJECTION, "企业已补齐台账，请核减"));
                    completions++;
                }
            }
            day = day.plusDays(7);
            advanceTo(day);
            int c = 0;
            for (Task task : open(DeductionProcess.KEY, DeductionProcess.CONFIRM_DEDUCTION)) {
                completions++;
                complete(LEADER, task, switch (c++ % 7) {
                    case 3 -> Map.of("deductionDecision", "ADJUST", DeductionProcess.Field.CONFIRMED_POINTS, 0.5,
                            DeductionProcess.Field.COMMENT, "情节较轻，酌情核减");
                    case 5 -> Map.of("deductionDecision", "REJECT", DeductionProcess.Field.COMMENT, "证据不足，不予扣分");
                    default -> Map.of("deductionDecision", "CONFIRM");
                });
            }
            for (Task task : open(DeductionProcess.KEY, DeductionProcess.RECTIFICATION)) {
                complete(candidate(task), task, Map.of(DeductionProcess.Field.RECTIFICATION_REPORT, "已整改：补齐培训记录，重新组织全员考试"));
                completions++;
            }
            nodes.awaitJobs();
            completions += recordChecks(CheckKind.RECHECK);
            nodes.awaitJobs();
        }
        stages.done("deductions: objections, confirmations, rectifications, re-checks", completions);
    }

    void closeBatch() {
        if (nodes.bean(0, Batches.class).require(batch).phase() != BatchPhase.CLOSED) {
            advanceTo(calendar().deductionsBy().plusDays(1));
        }
        BatchPhase phase = nodes.bean(0, Batches.class).require(batch).phase();
        if (phase != BatchPhase.CLOSED) {
            throw new IllegalStateException("the batch did not close: " + phase);
        }
        stages.done("batch closed", 0);
    }

    // ------------------------------------------------------------------------------------------ steps

    private void selfAssessment(Nomination n, Task task) {
        Map<String, Object> values = new HashMap<>();
        values.put("checklistDone", SpinValues.jsonValue("[\"责任体系\",\"岗位职责清单\",\"岗位操作规程\"]").create());
        values.put("evidenceNotes", "岗位职责清单和操作规程已上墙，培训记录见附件");
        values.put("principalName", "王五");
        values.put("attestedOn", CampaignTime.today().toString());
        complete(n.enterpriseUserId() != null ? n.enterpriseUserId() : agencyUser(n.agencyId()), task, values);
    }

    /** Records the open checks of the kind, as their inspection groups: most effective, some not, the overdue not advanced. */
    private int recordChecks(CheckKind kind) {
        CampaignRecords records = nodes.bean(0, CampaignRecords.class);
        Map<Long, CampaignRecord> byNomination = records.inBatch(batch).stream()
                .collect(Collectors.toMap(CampaignRecord::nominationId, Function.identity(), (a, b) -> a));
        int n = 0;
        int recorded = 0;
        for (SpotCheck check : nodes.bean(0, SpotChecks.class).inBatch(batch)) {
            if (check.kind() != kind || check.done()) {
                continue;
            }
            Task task = nodes.bean(0, TaskService.class).createTaskQuery().processInstanceBusinessKey(check.businessKey())
                    .taskDefinitionKey(SpotCheckProcess.CITY_SPOT_CHECK).singleResult();
            if (task == null) {
                continue;
            }
            CampaignRecord record = byNomination.get(check.nominationId());
            String result = kind == CheckKind.ACCEPTANCE && record != null && record.overdueStep() != null ? "NOT_ADVANCED"
                    : kind != CheckKind.RECHECK && ++n % 10 == 0 ? "INEFFECTIVE" : "EFFECTIVE";
            Map<String, Object> values = new HashMap<>();
            values.put("spotCheckResult", result);
            values.put("staffQuestioned", 6L);
            values.put("staffAnswered", "EFFECTIVE".equals(result) ? 5L : 2L);
            if (!"EFFECTIVE".equals(result)) {
                values.put("spotCheckFindings", "抽问的一线员工多数说不清本岗位职责");
                values.put("deficientItems", SpinValues.jsonValue("[\"岗位职责清单\"]").create());
            }
            complete(groupUser(check.groupId()), task, values);
            recorded++;
        }
        return recorded;
    }

    private long openDeductionWork() {
        return nodes.bean(0, TaskService.class).createTaskQuery().processDefinitionKey(DeductionProcess.KEY).count();
    }

    private Task supervisionTask(String batchInstance, String key, Agency agency) {
        return nodes.bean(0, TaskService.class).createTaskQuery().processInstanceId(batchInstance).taskDefinitionKey(key)
                .taskCandidateGroup(agency.groupId()).singleResult();
    }

    /** The user of the task's candidate group: the agency's, or the inspection group's. */
    private String candidate(Task task) {
        return nodes.bean(0, TaskService.class).getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst()
                .map(g -> g.startsWith(Agency.GROUP_PREFIX) ? agencyUser(g.substring(Agency.GROUP_PREFIX.length())) : groupUser(g))
                .orElseThrow();
    }

    private List<Task> open(String processKey, String taskKey) {
        return nodes.bean(0, TaskService.class).createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
    }

    /** Completes the task as the user with their groups, on the next node, as Tasklist's request would. */
    private void complete(String user, Task task, Map<String, Object> values) {
        int node = request++;
        as(user, node, () -> {
            nodes.bean(node, TaskService.class).complete(task.getId(), values);
            return null;
        });
    }

    private <T> T as(String user, int node, java.util.function.Supplier<T> action) {
        IdentityService identity = nodes.bean(node, IdentityService.class);
        identity.setAuthentication(user, groups.computeIfAbsent(user, id -> identity.createGroupQuery().groupMember(id)
                .list().stream().map(Group::getId).toList()));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void refreshNominations() {
        byInstance.clear();
        for (NominatedEnterprise e : nodes.bean(0, Nominations.class).inBatch(batch)) {
            byInstance.put(e.nomination().processInstanceId(), e.nomination());
        }
    }

    private List<Nomination> listed() {
        return byInstance.values().stream()
                .filter(n -> n.status() == cn.gov.binzhou.nineones.enrollment.NominationStatus.CITY_APPROVED).toList();
    }

    private BatchCalendar calendar() {
        return nodes.bean(0, Batches.class).require(batch).calendar();
    }

    private List<Agency> agencies() {
        return nodes.bean(0, Agencies.class).all();
    }

    /**
     * Moves the engine clock of every node to 09:00 Beijing time of the date, once the jobs already due
     * have run; it runs on from there. (A job still running when the clock jumps ahead would look abandoned
     * to the other node, its lock expired: real time never jumps, so the benchmark waits.)
     */
    private void moveClockTo(LocalDate date) {
        nodes.awaitJobs();
        setClock(date);
        sweep();
    }

    /**
     * The deadline sweeper's run of that morning. Its cron timer is due every half hour of real time, which
     * the moved clock (in 2023) never reaches, so the benchmark starts the run the timer would have started.
     */
    private void sweep() {
        nodes.bean(request++, RuntimeService.class).startProcessInstanceByKey(ReminderProcess.KEY);
    }

    static void setClock(LocalDate date) {
        long target = date.atTime(9, 0).atZone(CampaignTime.ZONE).toInstant().toEpochMilli();
        ClockUtil.offset(target - System.currentTimeMillis());
    }

    private void advanceTo(LocalDate date) {
        moveClockTo(date);
        nodes.awaitJobs();
    }

    /** Stage wall times, printed as they end. */
    static final class Stages {
        private final Map<String, Double> seconds = new LinkedHashMap<>();
        private final Map<String, Integer> completions = new LinkedHashMap<>();
        private final Runnable afterEach;
        private long started = System.nanoTime();
        private long liveHeap;

        Stages(Runnable afterEach) {
            this.afterEach = afterEach;
        }

        void restart() {
            started = System.nanoTime();
        }

        void done(String stage, int completed) {
            long now = System.nanoTime();
            double s = (now - started) / 1e9;
            seconds.put(stage, s);
            completions.put(stage, completed);
            System.out.printf("BENCH   %-80s %8.1f s  %6d completions%n", stage, s, completed);
            afterEach.run();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            liveHeap = Math.max(liveHeap, runtime.totalMemory() - runtime.freeMemory());
            started = System.nanoTime();
        }

        Map<String, Double> seconds() {
            return seconds;
        }

        /** The largest heap in use after a full collection between stages: what the run keeps alive. */
        long liveHeapBytes() {
            return liveHeap;
        }

        double total() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }
}
