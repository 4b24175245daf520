package cn.gov.binzhou.nineones.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Service;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.campaign.SupervisionRecords;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.NominationSummary;
import cn.gov.binzhou.nineones.system.ApiUser;

/** Attachment 1 (batch list) and Attachment 2 (statistics) of DESIGN §4, from the domain tables' current state. */
@Service
public class BatchReports {

    static final List<String> LIST_HEADERS = List.of("序号", "县市区", "企业名称", "统一社会信用代码", "行业类别", "主要负责人", "联系电话");
    static final List<String> SUPERVISION_HEADERS = List.of("序号", "县市区", "督导检查方案", "计划督导次数", "已记录督导次数",
            "列入名单企业数", "未督导企业数");
    static final List<String> UNVISITED_HEADERS = List.of("序号", "县市区", "企业名称", "统一社会信用代码");

    private final Statistics statistics;
    private final Agencies agencies;
    private final SupervisionRecords supervision;

    BatchReports(Statistics statistics, Agencies agencies, SupervisionRecords supervision) {
        this.statistics = statistics;
        this.agencies = agencies;
        this.supervision = supervision;
    }

    /** 附件1: the city-approved enterprises of the batch, by agency in the notice's order. */
    public byte[] enterpriseList(String batchCode, ApiUser user) {
        Batch batch = statistics.batch(batchCode);
        List<NominatedEnterprise> listed = statistics.visible(batchCode, user).stream()
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

    /** The statistics behind Attachment 2 and the dashboard, as this user may see them. */
    public BatchStatistics statisticsOf(String batchCode, ApiUser user) {
        return statistics.of(batchCode, user);
    }

    /**
     * 附件2: per agency (and, on a second sheet, per industry) the counts of every stage; a count never
     * drops because a later step happened. Then the supervision each agency recorded, and the listed
     * enterprises nobody has visited (flagged for the city once the self-assessment date has passed).
     */
    public byte[] statistics(String batchCode, ApiUser user) {
        Batch batch = statistics.batch(batchCode);
        List<NominationSummary> visible = statistics.visibleSummaries(batchCode, user);
        BatchStatistics result = statistics.of(batchCode, visible, user);
        Workbooks workbook = new Workbooks();
        Sheet byAgency = workbook.sheet("按县市区", "各县市区、市属开发区" + batch.name() + "企业统计表", headers("县市区"));
        writeCounts(workbook, byAgency, result.agencies(), result.agencyTotal());
        workbook.widen(byAgency, 1, 26);
        Sheet byIndustry = workbook.sheet("按行业", batch.name() + "企业分行业统计表", headers("行业类别"));
        writeCounts(workbook, byIndustry, result.industries(), result.industryTotal());
        writeSupervision(workbook, batch, visible, statistics.shownAgencies(user));
        return workbook.bytes();
    }

    private void writeSupervision(Workbooks workbook, Batch batch, List<NominationSummary> all, List<Agency> shown) {
        Map<Long, Integer> visits = supervision.visitCounts(batch.code());
        boolean flagged = !cn.gov.binzhou.nineones.system.CampaignTime.today().isBefore(batch.calendar().selfAssessmentBy());
        Sheet plans = workbook.sheet("督导情况", batch.name() + "督导检查情况", SUPERVISION_HEADERS);
        Sheet unvisited = workbook.sheet("未督导企业", batch.name() + (flagged ? "企业自评截止时未督导的企业" : "尚未督导的企业"),
                UNVISITED_HEADERS);
        int serial = 1;
        int unvisitedSerial = 1;
        for (Agency agency : shown) {
            List<NominationSummary> listed = all.stream().filter(n -> n.agencyId().equals(agency.id()))
                    .filter(NominationSummary::isListed).toList();
            List<NominationSummary> notVisited = listed.stream().filter(n -> !visits.containsKey(n.id())).toList();
            workbook.row(plans, List.of(serial++, agency.name(), supervision.hasPlan(batch.code(), agency.id()) ? "已制定" : "未制定",
                    supervision.plannedVisits(batch.code(), agency.id()),
                    listed.stream().mapToLong(n -> visits.getOrDefault(n.id(), 0)).sum(), listed.size(),
                    notVisited.size()));
            for (NominationSummary n : notVisited) {
                workbook.row(unvisited, List.of(unvisitedSerial++, agency.name(), n.name(), n.creditCode()));
            }
        }
        workbook.widen(plans, 1, 26);
        workbook.widen(unvisited, 2, 40);
    }

    private static List<String> headers(String first) {
        List<String> headers = new ArrayList<>(List.of("序号", first));
        headers.addAll(Statistics.COUNT_COLUMNS);
        return headers;
    }

    /** One row per line, the counts then the points, and the 合计 row. */
    private static void writeCounts(Workbooks workbook, Sheet sheet, List<BatchStatistics.Line> lines, BatchStatistics.Line total) {
        int serial = 1;
        for (BatchStatistics.Line line : lines) {
            workbook.row(sheet, cells(serial++, line));
        }
        workbook.row(sheet, cells("", total));
    }

    private static List<Object> cells(Object serial, BatchStatistics.Line line) {
        List<Object> row = new ArrayList<>(List.of(serial, line.label()));
        row.addAll(line.counts());
        row.add(line.points().doubleValue());
        return row;
    }

    private int agencyOrder(String agencyId) {
        return agencies.all().indexOf(agencies.require(agencyId));
    }
}
