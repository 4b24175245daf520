package cn.gov.binzhou.nineones.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.campaign.CampaignRecord;
import cn.gov.binzhou.nineones.campaign.CampaignRecords;
import cn.gov.binzhou.nineones.campaign.CampaignStage;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotCheckResult;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.deduction.Deduction;
import cn.gov.binzhou.nineones.deduction.Deductions;
import cn.gov.binzhou.nineones.enrollment.Industry;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.NominationSummary;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.NotFoundException;

/**
 * Computes {@link BatchStatistics}, the one result behind Attachment 2 and the dashboard: a handful of
 * set-based reads of the batch (nominations, county approvals, campaign records, checks, deductions),
 * then counting in memory, plus one count of overdue tasks per agency shown.
 */
@Service
class Statistics {

    static final List<String> COUNT_COLUMNS = List.of("提报数", "县级审核通过数", "列入名单数", "已自评数", "县级验收通过数",
            "逾期未推进数", "十二月抽查验收数", "有效运行数", "未有效运行数", "未按要求推进数", "扣分");
    static final String IN_REVIEW = "IN_REVIEW";
    private static final Set<NominationStatus> REVIEWING = EnumSet.of(NominationStatus.NOMINATED, NominationStatus.RETURNED,
            NominationStatus.COUNTY_APPROVED);

    private final Batches batches;
    private final Nominations nominations;
    private final Agencies agencies;
    private final CampaignRecords records;
    private final SpotChecks checks;
    private final Deductions deductions;
    private final OverdueTasks overdueTasks;

    Statistics(Batches batches, Nominations nominations, Agencies agencies, CampaignRecords records, SpotChecks checks,
            Deductions deductions, OverdueTasks overdueTasks) {
        this.batches = batches;
        this.nominations = nominations;
        this.agencies = agencies;
        this.records = records;
        this.checks = checks;
        this.deductions = deductions;
        this.overdueTasks = overdueTasks;
    }

    /** The batch's statistics as this user may see them: every agency for the city, its own for an agency. */
    BatchStatistics of(String batchCode, ApiUser user) {
        return of(batchCode, visibleSummaries(batchCode, user), user);
    }

    /** The same, from the batch's nominations this user may see, read once by a caller that needs them too. */
    BatchStatistics of(String batchCode, List<NominationSummary> all, ApiUser user) {
        Batch batch = batch(batchCode);
        List<Agency> shown = shownAgencies(user);
        List<Deduction> ledger = deductions.inBatch(batchCode);
        Facts facts = facts(batchCode, ledger);
        List<BatchStatistics.Line> byAgency = lines(all, facts, shown, Agency::id, Agency::name,
                a -> n -> n.agencyId().equals(a.id()));
        List<BatchStatistics.Line> byIndustry = lines(all, facts, List.of(Industry.values()), Industry::name, Industry::label,
                industry -> n -> n.industry() == industry);
        Map<String, Long> overdue = overdueTasks.perAgency(batchCode, ledger.stream().map(Deduction::businessKey).toList(),
                shown.stream().map(Agency::id).toList());
        List<BatchStatistics.AgencyProgress> progress = shown.stream()
                .map(a -> progress(a, members(all, a), facts, overdue.getOrDefault(a.id(), 0L))).toList();
        return new BatchStatistics(batch.code(), batch.name(), COUNT_COLUMNS, byAgency, total(byAgency), byIndustry,
                total(byIndustry), stages(), progress, ranking(byAgency));
    }

    List<Agency> shownAgencies(ApiUser user) {
        return agencies.all().stream().filter(a -> sees(user, a.id())).toList();
    }

    /** The batch's nominations with their enterprises' data, as this user may see them. */
    List<NominatedEnterprise> visible(String batchCode, ApiUser user) {
        return nominations.inBatch(batchCode).stream().filter(n -> sees(user, n.nomination().agencyId())).toList();
    }

    /** The same in the light form the counts need (no contact data: a batch of 20,000 is one light read). */
    List<NominationSummary> visibleSummaries(String batchCode, ApiUser user) {
        return nominations.summariesInBatch(batchCode).stream().filter(n -> sees(user, n.agencyId())).toList();
    }

    /** The city sees every agency; an agency's staff see their own. */
    private static boolean sees(ApiUser user, String agencyId) {
        return user.seesAllAgencies() || user.mayActFor(agencyId);
    }

    Batch batch(String batchCode) {
        return batches.find(batchCode).orElseThrow(() -> new NotFoundException("批次“" + batchCode + "”不存在"));
    }

    /** What the counts read besides the nominations: county approvals ever made, campaign records, checks, points. */
    record Facts(Set<Long> countyApproved, Map<Long, CampaignRecord> records, Map<Long, SpotCheck> acceptanceChecks,
            Map<Long, BigDecimal> confirmedPoints) {
    }

    private Facts facts(String batchCode, List<Deduction> ledger) {
        Map<Long, CampaignRecord> byNomination = new HashMap<>();
        records.inBatch(batchCode).forEach(record -> byNomination.put(record.nominationId(), record));
        Map<Long, SpotCheck> december = new HashMap<>();
        checks.doneInBatch(batchCode, CheckKind.ACCEPTANCE).forEach(check -> december.put(check.nominationId(), check));
        Map<Long, BigDecimal> points = new HashMap<>();
        ledger.stream().filter(d -> d.status() == Deduction.Status.CONFIRMED)
                .forEach(d -> points.merge(d.nominationId(), d.pointsConfirmed(), BigDecimal::add));
        return new Facts(nominations.countyApproved(batchCode), byNomination, december, points);
    }

    private static <K> List<BatchStatistics.Line> lines(List<NominationSummary> all, Facts facts, List<K> keys,
            Function<K, String> key, Function<K, String> label, Function<K, Predicate<NominationSummary>> member) {
        List<BatchStatistics.Line> lines = new ArrayList<>();
        for (K k : keys) {
            List<NominationSummary> members = all.stream().filter(member.apply(k)).toList();
            lines.add(new BatchStatistics.Line(key.apply(k), label.apply(k), counts(members, facts), points(members, facts)));
        }
        return lines;
    }

    private static BatchStatistics.Line total(List<BatchStatistics.Line> lines) {
        long[] totals = new long[COUNT_COLUMNS.size() - 1];
        BigDecimal points = BigDecimal.ZERO;
        for (BatchStatistics.Line line : lines) {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += line.counts().get(i);
            }
            points = points.add(line.points());
        }
        return new BatchStatistics.Line("TOTAL", "合计", java.util.Arrays.stream(totals).boxed().toList(), points);
    }

    /** The confirmed deduction points of these enterprises, from the ledger. */
    private static BigDecimal points(List<NominationSummary> members, Facts facts) {
        return members.stream().map(n -> facts.confirmedPoints().getOrDefault(n.id(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The counts in the order of {@link #COUNT_COLUMNS} without the deductions: each counts what happened
     * (a county approval, a self-assessment, a county acceptance, a missed date, a December check and its
     * result), so no count drops because a later step happened.
     */
    static List<Long> counts(List<NominationSummary> members, Facts facts) {
        long countyApproved = 0, listed = 0, selfAssessed = 0, accepted = 0, overdue = 0, checked = 0;
        long effective = 0, ineffective = 0, notAdvanced = 0;
        for (NominationSummary n : members) {
            long id = n.id();
            boolean isListed = n.isListed();
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
        return List.of((long) members.size(), countyApproved, listed, selfAssessed, accepted, overdue, checked, effective,
                ineffective, notAdvanced);
    }

    private static List<NominationSummary> members(List<NominationSummary> all, Agency agency) {
        return all.stream().filter(n -> n.agencyId().equals(agency.id())).toList();
    }

    static List<BatchStatistics.Stage> stages() {
        List<BatchStatistics.Stage> stages = new ArrayList<>(List.of(new BatchStatistics.Stage(IN_REVIEW, "提报审核中")));
        for (CampaignStage stage : CampaignStage.values()) {
            stages.add(new BatchStatistics.Stage(stage.name(), stage.label()));
        }
        return stages;
    }

    private static BatchStatistics.AgencyProgress progress(Agency agency, List<NominationSummary> members, Facts facts,
            long overdueTasks) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        stages().forEach(stage -> byStage.put(stage.key(), 0L));
        for (NominationSummary n : members) {
            CampaignRecord record = facts.records().get(n.id());
            if (record != null) {
                byStage.merge(record.stage().name(), 1L, Long::sum);
            } else if (REVIEWING.contains(n.status())) {
                byStage.merge(IN_REVIEW, 1L, Long::sum);
            }
        }
        List<Long> counts = counts(members, facts);
        long checked = counts.get(6);
        long effective = counts.get(7);
        BigDecimal passRate = checked == 0 ? null
                : BigDecimal.valueOf(effective).divide(BigDecimal.valueOf(checked), 4, RoundingMode.HALF_UP);
        return new BatchStatistics.AgencyProgress(agency.id(), agency.name(), byStage, overdueTasks, checked, effective,
                counts.get(8), counts.get(9), passRate);
    }

    private static List<BatchStatistics.Ranked> ranking(List<BatchStatistics.Line> byAgency) {
        List<BatchStatistics.Line> sorted = byAgency.stream()
                .sorted(Comparator.comparing(BatchStatistics.Line::points).reversed()).toList();
        List<BatchStatistics.Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            BatchStatistics.Line line = sorted.get(i);
            ranking.add(new BatchStatistics.Ranked(i + 1, line.key(), line.label(), line.points()));
        }
        return ranking;
    }
}
