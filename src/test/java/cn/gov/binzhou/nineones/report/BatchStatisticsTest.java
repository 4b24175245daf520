package cn.gov.binzhou.nineones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.StatisticsBatch;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/** {@code GET /api/batches/{batchCode}/statistics} over HTTP: the numbers of Attachment 2, and the dashboard's. */
@ApplicationTest
class BatchStatisticsTest {

    private static final String BATCH = "2025-ST";

    @LocalServerPort int port;
    @Autowired StatisticsBatch statisticsBatch;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;

    private static final String DECEMBER = "2024-SD";
    private static boolean prepared;
    private static boolean decemberPrepared;

    @BeforeEach
    void prepare() {
        Users.ensure(identity, "stlead", Groups.CITY_LEADER);
        Users.ensure(identity, "stwd", "county-wudi");
        if (!prepared) {
            statisticsBatch.build(port, BATCH, "st", 925000);
            prepared = true;
        }
        Campaign.today(LocalDate.of(2025, 9, 2));
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void theJsonsNumbersAreAttachment2sCells_perAgency_perIndustry_andTheirTotals() throws Exception {
        JsonNode json = json(new Api(port, "stlead"), BATCH);
        try (Workbook workbook = Sheets.read(new Api(port, "stlead").get(xlsx(BATCH)).getBody())) {
            Sheet byAgency = workbook.getSheet("按县市区");
            assertThat(textsOf(json.get("columns"))).containsExactlyElementsOf(cells(byAgency.getRow(1)).subList(2, 13));
            assertSameRows(byAgency, json.get("agencies"), json.get("agencyTotal"));
            assertSameRows(workbook.getSheet("按行业"), json.get("industries"), json.get("industryTotal"));
        }
        assertThat(json.get("batchName").asText()).isEqualTo("看板批" + BATCH);
        JsonNode bincheng = json.get("agencies").get(0);
        assertThat(bincheng.get("label").asText()).isEqualTo("滨城区");
        assertThat(longs(bincheng.get("counts"))).as("3 listed, 2 self-assessed, 1 accepted by the county")
                .containsExactly(3L, 3L, 3L, 2L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(json.get("agencyTotal").get("counts").get(0).asLong()).isEqualTo(6);
    }

    @Test
    void perAgency_enterprisesByStage_overdueTasks_decemberChecks_andTheDeductionRanking() throws Exception {
        JsonNode json = json(new Api(port, "stlead"), BATCH);

        assertThat(json.get("stages").get(0).get("key").asText()).isEqualTo("IN_REVIEW");
        assertThat(json.get("stages").get(0).get("label").asText()).isEqualTo("提报审核中");
        assertThat(json.get("progress")).hasSize(json.get("agencies").size());
        JsonNode bincheng = json.get("progress").get(0);
        assertThat(bincheng.get("agency").asText()).isEqualTo("滨城区");
        JsonNode stages = bincheng.get("enterprisesByStage");
        assertThat(stages.get("SELF_ASSESSING").asLong()).isEqualTo(1);
        assertThat(stages.get("AWAITING_ACCEPTANCE").asLong()).isEqualTo(1);
        assertThat(stages.get("COUNTY_ACCEPTED").asLong()).isEqualTo(1);
        assertThat(stages.get("IN_REVIEW").asLong()).isZero();
        assertThat(bincheng.get("checked").asLong()).isZero();
        assertThat(bincheng.get("passRate").isNull()).as("no December check yet").isTrue();
        assertThat(json.get("deductionRanking")).hasSize(json.get("agencies").size());
        assertThat(json.get("deductionRanking").get(0).get("rank").asInt()).isEqualTo(1);

        long dueNow = overdueOfBincheng();
        assertThat(bincheng.get("overdueTasks").asLong()).isEqualTo(dueNow);
        Campaign.today(LocalDate.of(2025, 12, 31));
        long dueLater = overdueOfBincheng();
        assertThat(dueLater).as("the county acceptance and the supervision plan are past due by the year's end")
                .isGreaterThan(dueNow);
        assertThat(json(new Api(port, "stlead"), BATCH).get("progress").get(0).get("overdueTasks").asLong()).isEqualTo(dueLater);
    }

    @Test
    void throughDecember_checkResults_passRate_stages_andTheDeductionRanking_areTheSheetsNumbers() throws Exception {
        if (!decemberPrepared) {
            statisticsBatch.buildThroughDecember(port, DECEMBER, "sd", 927000);
            decemberPrepared = true;
        }
        Campaign.today(LocalDate.of(2024, 12, 6));
        JsonNode json = json(new Api(port, "stlead"), DECEMBER);
        try (Workbook workbook = Sheets.read(new Api(port, "stlead").get(xlsx(DECEMBER)).getBody())) {
            assertSameRows(workbook.getSheet("按县市区"), json.get("agencies"), json.get("agencyTotal"));
            assertSameRows(workbook.getSheet("按行业"), json.get("industries"), json.get("industryTotal"));
        }

        JsonNode bincheng = json.get("progress").get(0);
        assertThat(List.of(bincheng.get("checked").asLong(), bincheng.get("effective").asLong(),
                bincheng.get("ineffective").asLong(), bincheng.get("notAdvanced").asLong()))
                .as("A effective, B ineffective, C not advanced").containsExactly(3L, 1L, 1L, 1L);
        assertThat(bincheng.get("passRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(longs(json.get("agencies").get(0).get("counts")).subList(6, 10)).as("the same as the sheet's columns")
                .containsExactly(3L, 1L, 1L, 1L);
        JsonNode wudi = json.get("progress").get(4);
        assertThat(wudi.get("agency").asText()).isEqualTo("无棣县");
        assertThat(wudi.get("passRate").decimalValue()).isEqualByComparingTo("1");
        JsonNode stages = bincheng.get("enterprisesByStage");
        assertThat(List.of(stages.get("ACCEPTED").asLong(), stages.get("INEFFECTIVE").asLong(), stages.get("NOT_ADVANCED").asLong()))
                .containsExactly(1L, 1L, 1L);

        JsonNode first = json.get("deductionRanking").get(0);
        assertThat(first.get("agencyId").asText()).as("A's October finding, confirmed by the leader").isEqualTo("bincheng");
        assertThat(first.get("points").decimalValue()).isPositive()
                .isEqualByComparingTo(json.get("agencies").get(0).get("points").decimalValue());
        assertThat(json.get("deductionRanking").get(1).get("points").decimalValue()).isZero();
    }

    @Test
    void anAgencyUserGetsItsOwnAgencyOnly() throws Exception {
        JsonNode json = json(new Api(port, "stwd"), BATCH);

        assertThat(json.get("agencies")).singleElement().satisfies(line -> {
            assertThat(line.get("key").asText()).isEqualTo("wudi");
            assertThat(line.get("counts").get(0).asLong()).isEqualTo(2);
        });
        assertThat(json.get("agencyTotal").get("counts").get(0).asLong()).isEqualTo(2);
        assertThat(json.get("industryTotal").get("counts").get(0).asLong()).as("industries count its enterprises only").isEqualTo(2);
        assertThat(json.get("progress")).singleElement().satisfies(p -> assertThat(p.get("agency").asText()).isEqualTo("无棣县"));
        assertThat(json.get("deductionRanking")).singleElement().satisfies(r -> assertThat(r.get("agencyId").asText()).isEqualTo("wudi"));
        try (Workbook workbook = Sheets.read(new Api(port, "stwd").get(xlsx(BATCH)).getBody())) {
            assertSameRows(workbook.getSheet("按县市区"), json.get("agencies"), json.get("agencyTotal"));
        }
    }

    @Test
    void anUnknownBatch_is404WithAChineseMessage() {
        ResponseEntity<byte[]> response = new Api(port, "stlead").get("/api/batches/1990-9/statistics");
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).contains("批次“1990-9”不存在");
    }

    private long overdueOfBincheng() {
        return tasks.createTaskQuery().taskCandidateGroup("county-bincheng").includeAssignedTasks()
                .dueBefore(cn.gov.binzhou.nineones.system.CampaignTime.now())
                .or().processInstanceBusinessKey(BATCH).processInstanceBusinessKeyLike(BATCH + "-%").endOr().count();
    }

    /** Every row of the sheet below its header is the JSON's line of the same index, the 合计 row its total. */
    private static void assertSameRows(Sheet sheet, JsonNode lines, JsonNode total) {
        assertThat(sheet.getLastRowNum()).isEqualTo(1 + lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            assertSameRow(sheet.getRow(2 + i), lines.get(i), String.valueOf(i + 1));
        }
        assertSameRow(sheet.getRow(2 + lines.size()), total, "");
    }

    private static void assertSameRow(Row row, JsonNode line, String serial) {
        List<String> cells = cells(row);
        List<String> expected = new ArrayList<>(List.of(serial, line.get("label").asText()));
        line.get("counts").forEach(count -> expected.add(String.valueOf(count.asLong())));
        expected.add(String.valueOf(line.get("points").decimalValue().doubleValue()));
        assertThat(cells).as(line.get("label").asText()).containsExactlyElementsOf(expected);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            var cell = row.getCell(i);
            if (cell.getCellType() != CellType.NUMERIC) {
                cells.add(cell.getStringCellValue());
            } else {
                double value = cell.getNumericCellValue();
                cells.add(i == row.getLastCellNum() - 1 ? String.valueOf(value) : String.valueOf((long) value));
            }
        }
        return cells;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asLong()));
        return values;
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String xlsx(String batch) {
        return "/api/batches/" + batch + "/reports/statistics.xlsx";
    }

    private static JsonNode json(Api api, String batch) throws Exception {
        ResponseEntity<byte[]> response = api.get("/api/batches/" + batch + "/statistics");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
