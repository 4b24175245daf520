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
    static final List<String> STATISTICS_COUNTS = List.of("提报数", "县级审核通过数", "市级审定通过数", "已自评数", "县级验收数",
            "已抽查数", "抽查合格数", "抽查不合格数", "扣分");

    private final Batches batches;
    private final Nominations nominations;
    private final Agencies agencies;

    BatchReports(Batches batches, Nominations nominations, Agencies agencies) {
        this.batches = batches;
        this.nominations = nominations;
        this.agencies = agencies;
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

    /** 附件2: per agency (and, on a second sheet, per industry) the counts of every stage. */
    public byte[] statistics(String batchCode, ApiUser user) {
        Batch batch = batch(batchCode);
        List<NominatedEnterprise> all = visible(batchCode, user);
        Workbooks workbook = new Workbooks();
        List<String> agencyHeaders = headers("县市区");
        Sheet byAgency = workbook.sheet("按县市区", "各县市区、市属开发区" + batch.name() + "企业统计表", agencyHeaders);
        List<Agency> shownAgencies = agencies.all().stream()
                .filter(a -> user.seesAllAgencies() || user.mayActFor(a.id())).toList();
        writeCounts(workbook, byAgency, all, shownAgencies, Agency::name, a -> n -> n.nomination().agencyId().equals(a.id()));
        workbook.widen(byAgency, 1, 26);
        Sheet byIndustry = workbook.sheet("按行业", batch.name() + "企业分行业统计表", headers("行业类别"));
        writeCounts(workbook, byIndustry, all, List.of(Industry.values()), Industry::label,
                industry -> n -> n.enterprise().industry() == industry);
        return workbook.bytes();
    }

    private static List<String> headers(String first) {
        List<String> headers = new ArrayList<>(List.of("序号", first));
        headers.addAll(STATISTICS_COUNTS);
        return headers;
    }

    private <K> void writeCounts(Workbooks workbook, Sheet sheet, List<NominatedEnterprise> all, List<K> keys,
            Function<K, String> label, Function<K, java.util.function.Predicate<NominatedEnterprise>> member) {
        long[] totals = new long[STATISTICS_COUNTS.size()];
        int serial = 1;
        for (K key : keys) {
            long[] counts = counts(all.stream().filter(member.apply(key)).toList());
            List<Object> row = new ArrayList<>(List.of(serial++, label.apply(key)));
            for (int i = 0; i < counts.length; i++) {
                row.add(counts[i]);
                totals[i] += counts[i];
            }
            workbook.row(sheet, row);
        }
        List<Object> total = new ArrayList<>(List.of("", "合计"));
        for (long value : totals) {
            total.add(value);
        }
        workbook.row(sheet, total);
    }

    /** The stage counts, in the order of {@link #STATISTICS_COUNTS}; later stages count once their steps exist. */
    static long[] counts(List<NominatedEnterprise> nominations) {
        Map<NominationStatus, Long> byStatus = new LinkedHashMap<>();
        nominations.forEach(n -> byStatus.merge(n.nomination().status(), 1L, Long::sum));
        long countyApproved = byStatus.getOrDefault(NominationStatus.COUNTY_APPROVED, 0L)
                + byStatus.getOrDefault(NominationStatus.CITY_APPROVED, 0L)
                + byStatus.getOrDefault(NominationStatus.REJECTED_BY_CITY, 0L);
        long cityApproved = byStatus.getOrDefault(NominationStatus.CITY_APPROVED, 0L);
        return new long[] {nominations.size(), countyApproved, cityApproved, 0, 0, 0, 0, 0, 0};
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
