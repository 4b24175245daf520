package cn.gov.binzhou.nineones.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.binzhou.nineones.system.ApiUser;

/** The batch reports as xlsx downloads, and the statistics behind Attachment 2 as JSON. */
@RestController
class ReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BatchReports reports;
    private final DeductionLedgerReport ledger;

    ReportController(BatchReports reports, DeductionLedgerReport ledger) {
        this.reports = reports;
        this.ledger = ledger;
    }

    /** The numbers of Attachment 2 and the dashboard's, as JSON: the same result the sheet is written from. */
    @GetMapping("/api/batches/{batchCode}/statistics")
    BatchStatistics batchStatistics(@PathVariable String batchCode, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        return reports.statisticsOf(batchCode, user);
    }

    @GetMapping("/api/batches/{batchCode}/reports/deductions.xlsx")
    ResponseEntity<byte[]> deductions(@PathVariable String batchCode, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        return xlsx(ledger.ledger(batchCode, user), "扣分台账-" + batchCode + ".xlsx");
    }

    @GetMapping("/api/batches/{batchCode}/reports/enterprise-list.xlsx")
    ResponseEntity<byte[]> enterpriseList(@PathVariable String batchCode, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        return xlsx(reports.enterpriseList(batchCode, user), "附件1-" + batchCode + "企业名单.xlsx");
    }

    @GetMapping("/api/batches/{batchCode}/reports/statistics.xlsx")
    ResponseEntity<byte[]> statistics(@PathVariable String batchCode, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        return xlsx(reports.statistics(batchCode, user), "附件2-" + batchCode + "企业统计表.xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] content, String filename) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
