package cn.gov.binzhou.nineones.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Service;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.campaign.CampaignRecord;
import cn.gov.binzhou.nineones.campaign.CampaignRecords;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotCheckResult;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.campaign.SupervisionRecords;
import cn.gov.binzhou.nineones.deduction.Deduction;
import cn.gov.binzhou.nineones.deduction.Deductions;
import cn.gov.binzhou.nineones.enrollment.Industry;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.NotFoundException;

/** Attachment 1 (batch list) and Attachment 2 (statistics) of DESIGN §4, from the domain tables' current state. */
@Service
public class BatchReports {

    static final List<String> LIST_HEADERS = List.of("序号", "县市区", "企业名称", "统一社会信用代码", "行业类别", "主要负责人", "联系电话");
    static final List<String> STATISTICS_COUNTS = List.of("提报数", "县级审核通过数", "列入名单数", "已自评数", "县级验收通过数",
            "逾期未推进数", "十二月抽查验收数", "有效运行数", "未有效运行数", "未按要求推进数", "扣分");
    static final List<String> SUPERVISION_HEADERS = List.of("序号", "县市区", "督导检查方案", "计划督导次数", "已记录督导次数",
            "列入名单企业数", "未督导企业数");
    static final List<String> UNVISITED_HEADERS = List.of("序号", "县市区", "企业名称", "统一社会信用代码");

    private final Batches batches;
    private final Nominations nominations;
    private final Agencies agencies;
    private final CampaignRecords records;
    private final SpotChecks checks;
    private final SupervisionRecords supervision;
    private final Deductions deductions;

    BatchReports(Batches batches, Nominations nominations, Agencies agencies, CampaignRecords records, SpotChecks checks,
            SupervisionRecords supervision, Deductions deductions) {
        this.batches = batches;
        this.nominations = nominations;
        this.agencies = agencies;
        this.records = records;
        this.checks = checks;
        this.supervision = supervision;
        this.deductions = deductions;
    }

    /** 附件1: the city-approved enterprises of the batch, by agency in the notice's order. */
    public byte[] enterpriseList(String batchCode, ApiUser user) {
        Batch batch = batch(batchCode);
        List<NominatedEnterprise> listed = visible(batchCode, user).stream()
                .filter(n -> n.nomination().status() == NominationStatus.CITY_APPROVED)
                .sorted(Comparator.comparingInt((NominatedEnterprise n) -> agencyOrder(n.nomination().agencyId()))
                        .thenComparingLong(n -> n.nomination().id()))
                .toList();
        Workbooks workbook = new Workbooks();
        Sheet sheet = workbook.sheet("企业名单", batch.name() + "企业名单", LIST_HEADERS);
        int serial = 1;
        for (NominatedEnterprise n : listed) {
            workbook.row(sheet, List.of(serial++, agencies.require(n.nomination().agencyId()).name(),
                    n.enterprise().name(), n.nomination().creditCode(), n.enterprise().industry().label(),
                    n.enterprise().principal(), n.enterprise().principalPhone()));
        }
        workbook.widen(sheet, 2, 40);
        workbook.widen(sheet, 3, 24);
        return workbook.bytes();
    }

    /**
     * 附件2: per agency (and, on a second sheet, per industry) the counts of every stage; a count never
     * drops because a later step happened. Then the supervision each agency recorded, and the listed
     * enterprises nobody has visited (flagged for the city once the self-assessment date has passed).
     */
    public byte[] statistics(String batchCode, ApiUser user) {
        Batch batch = batch(batchCode);
        List<NominatedEnterprise> all = visible(batchCode, user);
        Facts facts = facts(batchCode);
        Workbooks workbook = new Workbooks();
        List<String> agencyHeaders = headers("县市区");
        Sheet byAgency = workbook.sheet("按县市区", "各县市区、市属开发区" + batch.name() + "企业统计表", agencyHeaders);
        List<Agency> shownAgencies = agencies.all().stream()
                .filter(a -> user.seesAllAgencies() || user.mayActFor(a.id())).toList();
        writeCounts(workbook, byAgency, all, facts, shownAgencies, Agency::name,
                a -> n -> n.nomination().agencyId().equals(a.id()));
        workbook.widen(byAgency, 1, 26);
        Sheet byIndustry = workbook.sheet("按行业", batch.name() + "企业分行业统计表", headers("行业类别"));
        writeCounts(workbook, byIndustry, all, facts, List.of(Industry.values()), Industry::label,
                industry -> n -> n.enterprise().industry() == industry);
        writeSupervision(workbook, batch, all, shownAgencies);
        return workbook.bytes();
    }

    /** What the counts read besides the nominations: county approvals ever made, campaign records, checks. */
    record Facts(java.util.Set<Long> countyApproved, Map<Long, CampaignRecord> records, Map<Long, SpotCheck> acceptanceChecks,
            Map<Long, java.math.BigDecimal> confirmedPoints) {
    }

    Facts facts(String batchCode) {
        Map<Long, CampaignRecord> byNomination = new java.util.HashMap<>();
        records.inBatch(batchCode).forEach(record -> byNomination.put(record.nominationId(), record));
        Map<Long, SpotCheck> december = new java.util.HashMap<>();
        checks.inBatch(batchCode).stream().filter(check -> check.kind() == CheckKind.ACCEPTANCE && check.done())
                .forEach(check -> december.put(check.nominationId(), check));
        Map<Long, java.math.BigDecimal> points = new java.util.HashMap<>();
        deductions.inBatch(batchCode).stream().filter(d -> d.status() == Deduction.Status.CONFIRMED)
                .forEach(d -> points.merge(d.nominationId(), d.pointsConfirmed(), java.math.BigDecimal::add));
        return new Facts(nominations.countyApproved(batchCode), byNomination, december, points);
    }

    private void writeSupervision(Workbooks workbook, Batch batch, List<NominatedEnterprise> all, List<Agency> shown) {
        Map<Long, Integer> visits = supervision.visitCounts(batch.code());
        boolean flagged = !cn.gov.binzhou.nineones.system.CampaignTime.today().isBefore(batch.calendar().selfAssessmentBy());
        Sheet plans = workbook.sheet("督导情况", batch.name() + "督导检查情况", SUPERVISION_HEADERS);
        Sheet unvisited = workbook.sheet("未督导企业", batch.name() + (flagged ? "企业自评截止时未督导的企业" : "尚未督导的企业"),
                UNVISITED_HEADERS);
        int serial = 1;
        int unvisitedSerial = 1;
        for (Agency agency : shown) {
            List<NominatedEnterprise> listed = all.stream().filter(n -> n.nomination().agencyId().equals(agency.id()))
                    .filter(n -> n.nomination().status() == NominationStatus.CITY_APPROVED).toList();
            List<NominatedEnterprise> notVisited = listed.stream().filter(n -> !visits.containsKey(n.nomination().id())).toList();
            workbook.row(plans, List.of(serial++, agency.name(), supervision.hasPlan(batch.code(), agency.id()) ? "已制定" : "未制定",
                    supervision.plannedVisits(batch.code(), agency.id()),
                    listed.stream().mapToLong(n -> visits.getOrDefault(n.nomination().id(), 0)).sum(), listed.size(),
                    notVisited.size()));
            for (NominatedEnterprise n : notVisited) {
                workbook.row(unvisited, List.of(unvisitedSerial++, agency.name(), n.enterprise().name(), n.nomination().creditCode()));
            }
        }
        workbook.widen(plans, 1, 26);
        workbook.widen(unvisited, 2, 40);
    }

    private static List<String> headers(String first) {
        List<String> headers = new ArrayList<>(List.of("序号", first));
        headers.addAll(STATISTICS_COUNTS);
        return headers;
    }

    private <K> void writeCounts(Workbooks workbook, Sheet sheet, List<NominatedEnterprise> all, Facts facts, List<K> keys,
            Function<K, String> label, Function<K, java.util.function.Predicate<NominatedEnterprise>> member) {
        long[] totals = new long[STATISTICS_COUNTS.size() - 1];
        java.math.BigDecimal totalPoints = java.math.BigDecimal.ZERO;
        int serial = 1;
        for (K key : keys) {
            List<NominatedEnterprise> members = all.stream().filter(member.apply(key)).toList();
            long[] counts = counts(members, facts);
            List<Object> row = new ArrayList<>(List.of(serial++, label.apply(key)));
            for (int i = 0; i < counts.length; i++) {
                row.add(counts[i]);
                totals[i] += counts[i];
            }
            java.math.BigDecimal points = points(members, facts);
            totalPoints = totalPoints.add(points);
            row.add(points.doubleValue());
            workbook.row(sheet, row);
        }
        List<Object> total = new ArrayList<>(List.of("", "合计"));
        for (long value : totals) {
            total.add(value);
        }
        total.add(totalPoints.doubleValue());
        workbook.row(sheet, total);
    }

    /** The confirmed deduction points of these enterprises, from the ledger. */
    static java.math.BigDecimal points(List<NominatedEnterprise> nominations, Facts facts) {
        return nominations.stream().map(n -> facts.confirmedPoints().getOrDefault(n.nomination().id(), java.math.BigDecimal.ZERO))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /**
     * The stage counts, in the order of {@link #STATISTICS_COUNTS} without the deductions: each counts
     * what happened (a county approval, a self-assessment, a county acceptance, a missed date, a December
     * check and its result), so no count drops because a later step happened.
     */
    static long[] counts(List<NominatedEnterprise> nominations, Facts facts) {
        long countyApproved = 0, listed = 0, selfAssessed = 0, accepted = 0, overdue = 0, checked = 0;
        long effective = 0, ineffective = 0, notAdvanced = 0;
        for (NominatedEnterprise n : nominations) {
            long id = n.nomination().id();
            boolean isListed = n.nomination().status() == NominationStatus.CITY_APPROVED;
            countyApproved += facts.countyApproved().contains(id) || isListed ? 1 : 0;
            listed += isListed ? 1 : 0;
            CampaignRecord record = facts.records().get(id);
            if (record != null) {
                selfAssessed += record.selfAssessedAt() != null ? 1 : 0;
                accepted += record.countyAcceptedAt() != null ? 1 : 0;
                overdue += record.overdueAt() != null ? 1 : 0;
            }
            SpotCheck check = facts.acceptanceChecks().get(id);
            if (check != null) {
                checked++;
                effective += check.result() == SpotCheckResult.EFFECTIVE ? 1 : 0;
                ineffective += check.result() == SpotCheckResult.INEFFECTIVE ? 1 : 0;
                notAdvanced += check.result() == SpotCheckResult.NOT_ADVANCED ? 1 : 0;
            }
        }
        return new long[] {nominations.size(), countyApproved, listed, selfAssessed, accepted, overdue, checked, effective,
                ineffective, notAdvanced};
    }

    private List<NominatedEnterprise> visible(String batchCode, ApiUser user) {
        return nominations.inBatch(batchCode).stream()
                .filter(n -> user.seesAllAgencies() || user.mayActFor(n.nomination().agencyId()))
                .toList();
    }

    private Batch batch(String batchCode) {
        return batches.find(batchCode).orElseThrow(() -> new NotFoundException("批次“" + batchCode + "”不存在"));
    }

    private int agencyOrder(String agencyId) {
        return agencies.all().indexOf(agencies.require(agencyId));
    }
}
