package cn.gov.binzhou.nineones.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.campaign.CampaignRecord;
import cn.gov.binzhou.nineones.campaign.CampaignRecords;
import cn.gov.binzhou.nineones.campaign.CampaignStage;
import cn.gov.binzhou.nineones.accounts.AccountMailProcess;
import cn.gov.binzhou.nineones.enrollment.CreditCode;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * The demo profile's sample campaign, as its first start creates it: every demo user with a working role
 * finds open tasks (some overdue, some due soon), the batches stand where the guide says, a second run
 * creates nothing, Attachment 2 adds up against our tables, and the sample sheets import into an open batch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=demoCampaignTest")
@DirtiesContext
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class DemoCampaignTest {

    /** Work all year: the city approves and the agencies review the batch taking nominations. */
    static final List<String> WORKING_USERS = List.of("shiju1", "shiju2", "bincheng1", "bincheng2", "zhanhua1", "huimin1",
            "yangxin1", "wudi1", "boxing1", "zouping1", "jingkai1", "beihai1", "gaoxin1");
    /** Work while a batch is in its October to December checks and acceptances. */
    static final List<String> CYCLE_USERS = List.of("chouchazu1", "chouchazu2", "chouchazu3", "qiye1");

    @DynamicPropertySource
    static void embeddedSmtpPort(DynamicPropertyRegistry registry) {
        int port = MailServer.freePort();
        registry.add("spring.mail.port", () -> port);
    }

    @LocalServerPort int port;
    @Autowired DemoCampaign demoCampaign;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Batches batches;
    @Autowired Nominations nominations;
    @Autowired CampaignRecords records;
    @Autowired Agencies agencies;
    @Autowired JdbcTemplate jdbc;

    private final DemoCalendar calendar = DemoCalendar.of(CampaignTime.today());

    @Test
    void everyDemoUserWithAWorkingRole_findsOpenTasks_someOverdue_someDueSoon() {
        for (String user : WORKING_USERS) {
            assertThat(asUser(user, () -> tasks.createTaskQuery().active().count())).as(user + " has work").isPositive();
        }
        assertThat(keys("shiju1")).contains(EnterpriseProcess.CITY_APPROVAL);
        assertThat(keys("bincheng1")).contains(EnterpriseProcess.COUNTY_REVIEW, EnterpriseProcess.REVISE_NOMINATION);
        Date now = new Date();
        Date inThreeDays = Date.from(Instant.now().plus(Duration.ofDays(3)));
        assertThat(tasks.createTaskQuery().dueBefore(now).count()).as("overdue").isPositive();
        assertThat(tasks.createTaskQuery().dueAfter(now).dueBefore(inThreeDays).count()).as("due soon").isPositive();
        assertThat(asUser("bincheng1", () -> tasks.createTaskQuery().dueBefore(now).count())).as("bincheng overdue").isPositive();
    }

    @Test
    void inTheChecksAndAcceptances_theInspectionGroupsAndTheEnterpriseHaveWorkToo() {
        assumeThat(calendar.currentAsOf()).as("from 6 November to 10 December the current batch is mid-cycle")
                .isEqualTo(calendar.today());
        for (String user : CYCLE_USERS) {
            assertThat(asUser(user, () -> tasks.createTaskQuery().active().count())).as(user + " has work").isPositive();
        }
        assertThat(keys("chouchazu2")).containsOnly("citySpotCheck");
        assertThat(keys("qiye1")).containsOnly(EnterpriseProcess.SELF_ASSESSMENT);
        assertThat(keys("bincheng1")).contains(EnterpriseProcess.COUNTY_ACCEPTANCE);
        Date inThreeDays = Date.from(Instant.now().plus(Duration.ofDays(3)));
        assertThat(asUser("qiye1", () -> tasks.createTaskQuery().dueAfter(new Date()).dueBefore(inThreeDays).count()))
                .as("qiye1's self-assessment is due soon").isEqualTo(1);
    }

    @Test
    void theBatchesStandWhereTheGuideSays() {
        assertThat(batches.require(calendar.previousCode()).phase()).isEqualTo(BatchPhase.CLOSED);
        assertThat(records.inBatch(calendar.previousCode())).extracting(CampaignRecord::stage)
                .contains(CampaignStage.ACCEPTED, CampaignStage.INEFFECTIVE, CampaignStage.NOT_ADVANCED);
        assertThat(batches.require(calendar.nextCode()).phase()).isEqualTo(BatchPhase.NOMINATION);
        assertThat(nominations.inBatch(calendar.nextCode())).extracting(n -> n.nomination().status())
                .contains(NominationStatus.NOMINATED, NominationStatus.RETURNED, NominationStatus.COUNTY_APPROVED,
                        NominationStatus.REJECTED_BY_COUNTY, NominationStatus.REJECTED_BY_CITY, NominationStatus.CITY_APPROVED);
        assertThat(nominations.inBatch(calendar.currentCode())).as("a few hundred, listed from the fixed list").hasSizeGreaterThan(200)
                .allSatisfy(n -> assertThat(CreditCode.problemOf(n.nomination().creditCode())).isNull())
                .allSatisfy(n -> assertThat(n.nomination().status()).isEqualTo(NominationStatus.CITY_APPROVED))
                .extracting(n -> n.nomination().agencyId()).containsAll(agencies.all().stream().map(Agency::id).toList());
        assumeThat(calendar.currentAsOf()).as("between 6 November and 10 December the current batch is mid-cycle")
                .isEqualTo(calendar.today());
        assertThat(batches.require(calendar.currentCode()).phase()).isEqualTo(BatchPhase.PROGRESS_CHECK);
        assertThat(records.inBatch(calendar.currentCode())).extracting(CampaignRecord::stage).contains(
                CampaignStage.SELF_ASSESSING, CampaignStage.AWAITING_ACCEPTANCE, CampaignStage.COUNTY_ACCEPTED,
                CampaignStage.OVERDUE);
    }

    @Test
    void theStartUpLog_saysWhichDemoUserFindsWhat(CapturedOutput output) {
        demoCampaign.onStart();

        assertThat(output.getOut()).contains("Demo campaign not created: the database already holds batches", calendar.previousCode(), calendar.currentCode(),
                calendar.nextCode(), "shiju1, shiju2", "chouchazu1..3", "qiye1 (企业): Tasklist 企业自评", "bincheng1, bincheng2",
                "lingdao1", "binchengld");
    }

    @Test
    void theClockIsReset_andNothingFromThePastIsLeftForTheJobExecutor() {
        assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())).isLessThan(60_000);
        assertThat(management.createJobQuery().executable().list()).as("due jobs other than the sweeper and the mails")
                .allMatch(job -> ReminderProcess.KEY.equals(job.getProcessDefinitionKey())
                        || AccountMailProcess.KEY.equals(job.getProcessDefinitionKey()));
    }

    @Test
    void aSecondRun_createsNothing() {
        Map<String, Long> before = counts();

        assertThat(demoCampaign.ensureSampleCampaign()).isZero();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void attachment2_addsUp_againstOurTables() {
        for (String batch : List.of(calendar.previousCode(), calendar.currentCode())) {
            ResponseEntity<byte[]> download = Api.at("http://127.0.0.1:" + port, "shiju1", DemoUsers.PASSWORD)
                    .get("/api/batches/" + batch + "/reports/statistics.xlsx");
            assertThat(download.getStatusCode().value()).isEqualTo(200);
            try (Workbook workbook = Sheets.read(download.getBody())) {
                Sheet byAgency = workbook.getSheet("按县市区");
                long[] total = new long[10];
                List<Agency> all = agencies.all();
                for (int i = 0; i < all.size(); i++) {
                    List<String> row = values(byAgency.getRow(2 + i));
                    assertThat(row.get(1)).isEqualTo(all.get(i).name());
                    long[] expected = fromTables(batch, all.get(i).id());
                    for (int c = 0; c < expected.length; c++) {
                        assertThat(Long.parseLong(row.get(2 + c))).as(batch + " " + row.get(1) + " column " + c)
                                .isEqualTo(expected[c]);
                        total[c] += expected[c];
                    }
                }
                List<String> sum = values(byAgency.getRow(2 + all.size()));
                assertThat(sum.get(1)).isEqualTo("合计");
                for (int c = 0; c < total.length; c++) {
                    assertThat(Long.parseLong(sum.get(2 + c))).as(batch + " total column " + c).isEqualTo(total[c]);
                }
                assertThat(total[0]).as(batch + " has nominations").isPositive();
                assertThat(total[2]).as(batch + " has listed enterprises").isPositive();
            } catch (java.io.IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
    }

    @Test
    void theSampleSheets_xlsxAndGbkCsv_importIntoAnOpenBatch() {
        Api city = Api.at("http://127.0.0.1:" + port, "shiju1", DemoUsers.PASSWORD);
        ResponseEntity<byte[]> xlsx = city.get("/api/demo/sample-sheet.xlsx");
        ResponseEntity<byte[]> csv = city.get("/api/demo/sample-sheet.csv");
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("提报导入示例.xlsx");
        assertThat(new String(csv.getBody(), Charset.forName("GBK"))).startsWith("序号,县市区,企业名称,统一社会信用代码");

        ResponseEntity<Map> intoNext = city.importFile(calendar.nextCode(), "提报导入示例.xlsx", xlsx.getBody());
        String another = startAnotherOpenBatch();
        ResponseEntity<Map> intoAnother = city.importFile(another, "提报导入示例.csv", csv.getBody());

        for (ResponseEntity<Map> answer : List.of(intoNext, intoAnother)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(answer.getBody()).containsEntry("imported", 10).containsEntry("rejected", 0);
        }
    }

    private String startAnotherOpenBatch() {
        String code = calendar.nextYear() + "-9";
        Map<String, Object> form = new HashMap<>();
        form.put(BatchProcess.Var.BATCH_CODE.name(), code);
        form.put(BatchProcess.Field.BATCH_NAME, "示例导入批");
        form.put(BatchProcess.Field.NOMINATION_CLOSES, calendar.nextNominationCloses().toString());
        form.put(BatchProcess.Field.CITY_APPROVAL_BY, calendar.nextCityApprovalBy().toString());
        asUser("shiju1", () -> runtime.startProcessInstanceByKey(BatchProcess.KEY, form));
        return code;
    }

    /** 提报数 … 未按要求推进数, counted from our tables. */
    private long[] fromTables(String batch, String agency) {
        String nomination = "from nine_nomination n where n.batch_code = ? and n.agency_id = ?";
        String record = "from nine_campaign_record r where r.batch_code = ? and r.agency_id = ?";
        String check = "from nine_spot_check c where c.batch_code = ? and c.agency_id = ? and c.kind = 'ACCEPTANCE'";
        return new long[] {
            count("select count(*) " + nomination, batch, agency),
            count("select count(*) " + nomination + " and (n.status = 'CITY_APPROVED' or exists (select 1 from "
                    + "nine_nomination_event e where e.nomination_id = n.id and e.step = 'countyReview' "
                    + "and e.decision = 'APPROVE'))", batch, agency),
            count("select count(*) " + nomination + " and n.status = 'CITY_APPROVED'", batch, agency),
            count("select count(*) " + record + " and r.self_assessed_at is not null", batch, agency),
            count("select count(*) " + record + " and r.county_accepted_at is not null", batch, agency),
            count("select count(*) " + record + " and r.overdue_at is not null", batch, agency),
            count("select count(*) " + check, batch, agency),
            count("select count(*) " + check + " and c.result = 'EFFECTIVE'", batch, agency),
            count("select count(*) " + check + " and c.result = 'INEFFECTIVE'", batch, agency),
            count("select count(*) " + check + " and c.result = 'NOT_ADVANCED'", batch, agency)};
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        counts.put("batches", count("select count(*) from nine_batch"));
        counts.put("nominations", count("select count(*) from nine_nomination"));
        counts.put("events", count("select count(*) from nine_nomination_event"));
        counts.put("checks", count("select count(*) from nine_spot_check"));
        counts.put("instances", runtime.createProcessInstanceQuery().count());
        counts.put("tasks", tasks.createTaskQuery().count());
        counts.put("users", identity.createUserQuery().count());
        return counts;
    }

    private List<String> keys(String user) {
        return asUser(user, () -> tasks.createTaskQuery().list().stream().map(t -> t.getTaskDefinitionKey()).distinct().toList());
    }

    private <T> T asUser(String user, java.util.function.Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return values;
    }
}
