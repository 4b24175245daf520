package cn.gov.binzhou.nineones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/** Attachments 1 and 2 downloaded over HTTP and read back cell by cell. */
@ApplicationTest
class BatchReportsTest {

    private static final String BATCH = "2031-2";

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;

    private static boolean prepared;
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil\",\"点我\")";
    private static final String[] CODES = {CreditCodes.valid(900001), CreditCodes.valid(900002), CreditCodes.valid(900003),
            CreditCodes.valid(900004), CreditCodes.valid(900005)};

    /**
     * Five nominations: bincheng 3 (one city-approved, one county-approved, one county-rejected),
     * wudi 2 (one city-approved with a formula-like name, one city-rejected).
     */
    @BeforeEach
    void prepare() {
        Users.ensure(identity, "repbc", "county-bincheng");
        Users.ensure(identity, "repwd", "county-wudi");
        Users.ensure(identity, "repcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "replead", Groups.CITY_LEADER);
        if (prepared) {
            return;
        }
        campaign.startBatch(BATCH, "第二批");
        List<List<String>> lines = new ArrayList<>();
        lines.add(Sheets.line(1, "滨城区", "滨州甲化工有限公司", CODES[0]));
        lines.add(Sheets.line(2, "滨城区", "滨州乙机械有限公司", CODES[1]));
        lines.add(Sheets.line(3, "滨城区", "滨州丙商贸有限公司", CODES[2]));
        List<String> formula = Sheets.line(4, "无棣县", FORMULA_NAME, CODES[3]);
        formula.set(4, "危险化学品");
        lines.add(formula);
        lines.add(Sheets.line(5, "无棣县", "无棣丁建材有限公司", CODES[4]));
        assertThat(new Api(port, "repcity").importFile(BATCH, "batch.xlsx", Sheets.xlsx(lines)).getBody())
                .containsEntry("imported", 5);
        decide(CODES[0], "repbc", "APPROVE", "APPROVE");
        decide(CODES[1], "repbc", "APPROVE", null);
        decide(CODES[2], "repbc", "REJECT", null);
        decide(CODES[3], "repwd", "APPROVE", "APPROVE");
        decide(CODES[4], "repwd", "APPROVE", "REJECT");
        prepared = true;
    }

    private void decide(String code, String countyUser, String county, String city) {
        String instance = campaign.task(processOf(code), EnterpriseProcess.COUNTY_REVIEW).getProcessInstanceId();
        campaign.complete(countyUser, campaign.task(instance, EnterpriseProcess.COUNTY_REVIEW),
                Map.of(EnterpriseProcess.Var.COUNTY_DECISION.name(), county, EnterpriseProcess.Var.COMMENT.name(), "意见"));
        if (city != null) {
            campaign.complete("repcity", campaign.task(instance, EnterpriseProcess.CITY_APPROVAL),
                    Map.of(EnterpriseProcess.Var.CITY_DECISION.name(), city, EnterpriseProcess.Var.COMMENT.name(), "意见"));
        }
    }

    private String processOf(String code) {
        return tasks.createTaskQuery().processInstanceBusinessKey(BATCH + "-" + code).singleResult().getProcessInstanceId();
    }

    @Test
    void attachment1_listsTheCityApprovedEnterprises_byAgency_withChineseHeaders() throws Exception {
        ResponseEntity<byte[]> download = new Api(port, "replead").get("/api/batches/" + BATCH + "/reports/enterprise-list.xlsx");

        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("附件1-" + BATCH + "企业名单.xlsx");
        try (Workbook workbook = Sheets.read(download.getBody())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("第二批企业名单");
            assertThat(values(sheet.getRow(1))).containsExactly("序号", "县市区", "企业名称", "统一社会信用代码", "行业类别", "主要负责人", "联系电话");
            assertThat(values(sheet.getRow(2))).containsExactly("1", "滨城区", "滨州甲化工有限公司", CODES[0], "机械", "王五", "13905430000");
            assertThat(values(sheet.getRow(3))).containsExactly("2", "无棣县", FORMULA_NAME, CODES[3], "危险化学品", "王五", "13905430000");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Cell formulaLike = sheet.getRow(3).getCell(2);
            assertThat(formulaLike.getCellType()).as("user text stays text").isEqualTo(CellType.STRING);
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void attachment2_countsEveryStagePerAgency_withATotal_andByIndustry() throws Exception {
        ResponseEntity<byte[]> download = new Api(port, "repcity").get("/api/batches/" + BATCH + "/reports/statistics.xlsx");

        try (Workbook workbook = Sheets.read(download.getBody())) {
            Sheet byAgency = workbook.getSheet("按县市区");
            assertThat(text(byAgency.getRow(0).getCell(0))).isEqualTo("各县市区、市属开发区第二批企业统计表");
            assertThat(values(byAgency.getRow(1))).containsExactly("序号", "县市区", "提报数", "县级审核通过数", "列入名单数",
                    "已自评数", "县级验收通过数", "逾期未推进数", "十二月抽查验收数", "有效运行数", "未有效运行数", "未按要求推进数",
                    "扣分");
            assertThat(values(byAgency.getRow(2))).containsExactly("1", "滨城区", "3", "2", "1", "0", "0", "0", "0", "0", "0", "0", "0");
            assertThat(values(byAgency.getRow(3))).containsExactly("2", "沾化区", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
            assertThat(values(byAgency.getRow(6))).containsExactly("5", "无棣县", "2", "2", "1", "0", "0", "0", "0", "0", "0", "0", "0");
            assertThat(values(byAgency.getRow(12))).containsExactly("", "合计", "5", "4", "2", "0", "0", "0", "0", "0", "0", "0", "0");
            assertThat(byAgency.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);

            Sheet byIndustry = workbook.getSheet("按行业");
            assertThat(values(byIndustry.getRow(2))).startsWith("1", "危险化学品", "1", "1", "1");
            assertThat(values(byIndustry.getRow(6))).startsWith("5", "机械", "4", "3", "1");
            assertThat(values(byIndustry.getRow(12))).startsWith("", "合计", "5", "4", "2");
        }
    }

    @Test
    void anAgencySeesOnlyItsOwnEnterprisesAndCounts() throws Exception {
        Api wudi = new Api(port, "repwd");
        try (Workbook list = Sheets.read(wudi.get("/api/batches/" + BATCH + "/reports/enterprise-list.xlsx").getBody());
                Workbook statistics = Sheets.read(wudi.get("/api/batches/" + BATCH + "/reports/statistics.xlsx").getBody())) {
            assertThat(list.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(values(list.getSheetAt(0).getRow(2))).contains("无棣县").doesNotContain("滨城区");
            Sheet byAgency = statistics.getSheet("按县市区");
            assertThat(values(byAgency.getRow(2))).startsWith("1", "无棣县", "2");
            assertThat(values(byAgency.getRow(3))).startsWith("", "合计", "2");
        }
    }

    @Test
    void anUnknownBatch_is404WithAChineseMessage() {
        ResponseEntity<byte[]> response = new Api(port, "repcity").get("/api/batches/1990-1/reports/statistics.xlsx");
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("批次“1990-1”不存在");
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            values.add(text(row.getCell(i)));
        }
        return values;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }
}
