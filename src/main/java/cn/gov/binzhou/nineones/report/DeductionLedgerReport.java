package cn.gov.binzhou.nineones.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Service;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotCheckResult;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.deduction.Deduction;
import cn.gov.binzhou.nineones.deduction.Deductions;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.NotFoundException;

/**
 * The deduction ledger (扣分台账) as xlsx: one row per finding with its check, people, dates, points
 * proposed and confirmed, objection, decision and rectification; then the confirmed total per agency,
 * the same figure as Attachment 2's 扣分 column. An agency sees its own rows only.
 */
@Service
public class DeductionLedgerReport {

    static final List<String> HEADERS = List.of("序号", "县市区", "企业名称", "统一社会信用代码", "来源", "发现", "轮次",
            "县级验收曾通过", "抽查组", "抽查记录人", "抽查时间", "检查发现", "抽问员工", "能说清人数", "建议扣分", "按上限调整",
            "申诉", "申诉人", "申诉时间", "确认结论", "确认扣分", "确认意见", "确认人", "确认时间", "整改", "整改情况", "状态");
    static final List<String> TOTAL_HEADERS = List.of("序号", "县市区", "确认扣分合计", "待确认条数");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CampaignTime.ZONE);

    private final Batches batches;
    private final Deductions deductions;
    private final Nominations nominations;
    private final SpotChecks checks;
    private final Agencies agencies;

    DeductionLedgerReport(Batches batches, Deductions deductions, Nominations nominations, SpotChecks checks,
            Agencies agencies) {
        this.batches = batches;
        this.deductions = deductions;
        this.nominations = nominations;
        this.checks = checks;
        this.agencies = agencies;
    }

    public byte[] ledger(String batchCode, ApiUser user) {
        Batch batch = batches.find(batchCode).orElseThrow(() -> new NotFoundException("批次“" + batchCode + "”不存在"));
        List<Deduction> rows = deductions.inBatch(batchCode).stream()
                .filter(d -> user.seesAllAgencies() || user.mayActFor(d.agencyId())).toList();
        Workbooks workbook = new Workbooks();
        Sheet ledger = workbook.sheet("扣分台账", batch.name() + "扣分台账", HEADERS);
        int serial = 1;
        Map<String, BigDecimal> confirmed = new TreeMap<>();
        Map<String, Integer> pending = new TreeMap<>();
        for (Deduction d : rows) {
            workbook.row(ledger, row(serial++, d));
            if (d.status() == Deduction.Status.CONFIRMED) {
                confirmed.merge(d.agencyId(), d.pointsConfirmed(), BigDecimal::add);
            } else if (d.status() != Deduction.Status.REJECTED) {
                pending.merge(d.agencyId(), 1, Integer::sum);
            }
        }
        workbook.widen(ledger, 2, 30);
        Sheet totals = workbook.sheet("各县市区合计", batch.name() + "各县市区扣分合计（仅计已确认）", TOTAL_HEADERS);
        int line = 1;
        BigDecimal all = BigDecimal.ZERO;
        for (Agency agency : agencies.all()) {
            if (!user.seesAllAgencies() && !user.mayActFor(agency.id())) {
                continue;
            }
            BigDecimal points = confirmed.getOrDefault(agency.id(), BigDecimal.ZERO);
            all = all.add(points);
            workbook.row(totals, List.of(line++, agency.name(), points.doubleValue(), pending.getOrDefault(agency.id(), 0)));
        }
        workbook.row(totals, List.of("", "合计", all.doubleValue(), pending.values().stream().mapToInt(Integer::intValue).sum()));
        return workbook.bytes();
    }

    private List<Object> row(int serial, Deduction d) {
        NominatedEnterprise enterprise = nominations.find(d.nominationId()).orElseThrow();
        SpotCheck check = d.checkId() == null ? null : checks.find(d.checkId()).orElse(null);
        List<Object> row = new ArrayList<>();
        row.add(serial);
        row.add(agencies.require(d.agencyId()).name());
        row.add(enterprise.enterprise().name());
        row.add(enterprise.nomination().creditCode());
        row.add("DEADLINE".equals(d.checkKind()) ? "自评或县级验收逾期" : CheckKind.valueOf(d.checkKind()).label());
        row.add(SpotCheckResult.valueOf(d.finding()).label());
        row.add(d.round());
        row.add(d.countyPassed() ? "是" : "否");
        row.add(check == null ? "" : check.groupId());
        row.add(check == null ? "" : check.checkedBy());
        row.add(check == null ? "" : when(check.checkedAt()));
        row.add(check == null || check.findings() == null ? "" : check.findings());
        row.add(check == null || check.staffQuestioned() == null ? "" : check.staffQuestioned());
        row.add(check == null || check.staffAnswered() == null ? "" : check.staffAnswered());
        row.add(d.pointsProposed() == null ? "" : d.pointsProposed().doubleValue());
        row.add(d.capped() ? "是" : "否");
        row.add(d.objectionLapsed() ? "逾期未申诉" : d.objection() == null ? "" : d.objection());
        row.add(d.objectedBy() == null ? "" : d.objectedBy());
        row.add(when(d.objectedAt()));
        row.add(d.decision() == null ? "" : d.decision());
        row.add(d.pointsConfirmed() == null ? "" : d.pointsConfirmed().doubleValue());
        row.add(d.decisionComment() == null ? "" : d.decisionComment());
        row.add(d.decidedBy() == null ? "" : d.decidedBy());
        row.add(when(d.decidedAt()));
        row.add(d.rectification().label());
        row.add(d.rectificationReport() == null ? "" : d.rectificationReport());
        row.add(d.status().label());
        return row;
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
