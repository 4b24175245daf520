package cn.gov.binzhou.nineones.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/** Bulk import over HTTP, as agencies and the city bureau use it. */
@ApplicationTest
class NominationImportTest {

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Nominations nominations;

    private static int batchNumber = 1;
    private static int serial = 500_000;
    private String batch;

    @BeforeEach
    void freshBatch() {
        Users.ensure(identity, "impbc", "county-bincheng");
        Users.ensure(identity, "impwd", "county-wudi");
        Users.ensure(identity, "impcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "impqy", Groups.ENTERPRISE);
        batch = "2030-" + batchNumber++;
        campaign.startBatch(batch, "导入测试批");
    }

    private static String code() {
        return CreditCodes.valid(serial++);
    }

    @Test
    void goodXlsxSheet_isImported_andEveryLineStartsItsEnterpriseProcess() {
        String first = code();
        String second = code();
        List<List<String>> lines = List.of(Sheets.line(1, "滨城区", "滨州甲机械有限公司", first),
                Sheets.line(2, " 滨城区　", "滨州乙机械有限公司", second.toLowerCase()));

        ResponseEntity<Map> response = new Api(port, "impbc").importFile(batch, "第二批提报.xlsx", Sheets.xlsx(lines));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("imported", 2).containsEntry("skipped", 0).containsEntry("rejected", 0);
        for (String code : List.of(first, second)) {
            var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(batch + "-" + code).singleResult();
            assertThat(instance).as(code).isNotNull();
            assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey(EnterpriseProcess.COUNTY_REVIEW).taskCandidateGroup("county-bincheng").count()).isEqualTo(1);
            NominatedEnterprise stored = nominations.find(batch, code).orElseThrow();
            assertThat(stored.nomination().source()).isEqualTo(Nomination.SOURCE_IMPORT);
            assertThat(stored.nomination().nominatedBy()).isEqualTo("impbc");
            assertThat(stored.nomination().processInstanceId()).isEqualTo(instance.getId());
        }
        assertThat(nominations.find(batch, first).orElseThrow().enterprise())
                .extracting(EnterpriseData::industry, EnterpriseData::principalPhone, EnterpriseData::employees,
                        EnterpriseData::contactEmail)
                .containsExactly(Industry.MACHINERY, "13905430000", 85, "safety1@example.com");
    }

    @Test
    void eachKindOfBadLine_isReportedWithItsLineAndReason_andTheGoodLinesAreImported() {
        String good = code();
        String dupInSheet = code();
        String alreadyNominated = code();
        new Api(port, "impcity").importFile(batch, "first.xlsx", Sheets.xlsx(List.of(Sheets.line(1, "滨城区", "已提报公司", alreadyNominated))));
        List<List<String>> lines = new ArrayList<>();
        lines.add(Sheets.line(1, "滨城区", "好公司", good));                                        // line 2
        lines.add(new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "", "", "", "")));  // line 3: empty
        lines.add(Sheets.line(3, "", "无县市区公司", code()));                                    // line 4
        lines.add(Sheets.line(4, "滨城", "错县市区公司", code()));                                 // line 5
        lines.add(Sheets.line(5, "滨城区", "错代码公司", "913716000000000001"));                   // line 6
        List<String> badIndustry = Sheets.line(6, "滨城区", "错行业公司", code());
        badIndustry.set(4, "化工");
        lines.add(badIndustry);                                                                   // line 7
        List<String> badContacts = Sheets.line(7, "滨城区", "错联系方式公司", code());
        badContacts.set(7, "12345");
        badContacts.set(10, "not-an-email");
        badContacts.set(11, "八十");
        lines.add(badContacts);                                                                   // line 8
        lines.add(Sheets.line(8, "滨城区", "重复甲", dupInSheet));                                  // line 9
        lines.add(Sheets.line(9, "滨城区", "重复乙", dupInSheet));                                  // line 10
        lines.add(Sheets.line(10, "滨城区", "已提报公司", alreadyNominated));                        // line 11
        lines.add(Sheets.line(11, "无棣县", "别县公司", code()));                                    // line 12
        List<String> noName = Sheets.line(12, "滨城区", "", code());
        lines.add(noName);                                                                        // line 13

        ResponseEntity<Map> response = new Api(port, "impbc").importFile(batch, "mixed.xlsx", Sheets.xlsx(lines));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> report = (List<Map<String, Object>>) response.getBody().get("lines");
        assertThat(report).extracting(l -> l.get("line"), l -> l.get("outcome")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "IMPORTED"), org.assertj.core.groups.Tuple.tuple(3, "SKIPPED"),
                org.assertj.core.groups.Tuple.tuple(4, "REJECTED"), org.assertj.core.groups.Tuple.tuple(5, "REJECTED"),
                org.assertj.core.groups.Tuple.tuple(6, "REJECTED"), org.assertj.core.groups.Tuple.tuple(7, "REJECTED"),
                org.assertj.core.groups.Tuple.tuple(8, "REJECTED"), org.assertj.core.groups.Tuple.tuple(9, "IMPORTED"),
                org.assertj.core.groups.Tuple.tuple(10, "REJECTED"), org.assertj.core.groups.Tuple.tuple(11, "SKIPPED"),
                org.assertj.core.groups.Tuple.tuple(12, "REJECTED"), org.assertj.core.groups.Tuple.tuple(13, "REJECTED"));
        assertThat(message(report, 3)).isEqualTo("空行");
        assertThat(message(report, 4)).contains("县市区不能为空");
        assertThat(message(report, 5)).contains("县市区“滨城”不是本市的县市区或开发区");
        assertThat(message(report, 6)).contains("校验位错误");
        assertThat(message(report, 7)).contains("行业类别“化工”");
        assertThat(message(report, 8)).contains("主要负责人电话“12345”格式不正确").contains("联系人邮箱").contains("从业人数“八十”");
        assertThat(message(report, 10)).contains("与第9行的统一社会信用代码重复");
        assertThat(message(report, 11)).contains("已在批次" + batch + "中提报，不能重复提报：已提报公司");
        assertThat(message(report, 12)).contains("无权为无棣县提报");
        assertThat(message(report, 13)).contains("企业名称不能为空");
        assertThat(response.getBody()).containsEntry("imported", 2).containsEntry("skipped", 2).containsEntry("rejected", 8);
        assertThat(nominations.inBatch(batch)).hasSize(3);
    }

    @Test
    void aTitleLineAboveTheHeader_isAllowed_andLinesKeepTheirNumbersInTheSheet() {
        String code = code();
        ResponseEntity<Map> response = new Api(port, "impbc").importFile(batch, "附件1.xlsx",
                Sheets.xlsx("滨城区第二批“九个一”推进企业名单", List.of(Sheets.line(1, "滨城区", "滨州带标题有限公司", code))));

        assertThat(response.getBody()).containsEntry("imported", 1);
        assertThat((List<Map<String, Object>>) response.getBody().get("lines")).extracting(l -> l.get("line")).containsExactly(3);
    }

    @Test
    void gbkCsvFromExcel_andUtf8CsvWithBom_areRead() {
        String gbk = code();
        String utf8 = code();
        Api api = new Api(port, "impbc");

        ResponseEntity<Map> fromGbk = api.importFile(batch, "名单.csv",
                Sheets.csv(List.of(Sheets.line(1, "滨城区", "滨州丙纺织有限公司", gbk)), Charset.forName("GBK"), false));
        ResponseEntity<Map> fromUtf8 = api.importFile(batch, "名单.CSV",
                Sheets.csv(List.of(Sheets.line(1, "滨城区", "滨州丁纺织有限公司", utf8)), StandardCharsets.UTF_8, true));

        assertThat(fromGbk.getBody()).containsEntry("imported", 1);
        assertThat(fromUtf8.getBody()).containsEntry("imported", 1);
        assertThat(nominations.find(batch, gbk).orElseThrow().enterprise().name()).isEqualTo("滨州丙纺织有限公司");
        assertThat(nominations.find(batch, utf8).orElseThrow().enterprise().name()).isEqualTo("滨州丁纺织有限公司");
    }

    @Test
    void importingTheSameSheetAgain_addsNothing() {
        byte[] sheet = Sheets.xlsx(List.of(Sheets.line(1, "滨城区", "甲", code()), Sheets.line(2, "滨城区", "乙", code())));
        Api api = new Api(port, "impbc");
        api.importFile(batch, "a.xlsx", sheet);
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY).count();

        ResponseEntity<Map> again = api.importFile(batch, "a.xlsx", sheet);

        assertThat(again.getBody()).containsEntry("imported", 0).containsEntry("skipped", 2).containsEntry("rejected", 0);
        assertThat(nominations.inBatch(batch)).hasSize(2);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY).count()).isEqualTo(instances);
    }

    @Test
    void cityBureau_importsForEveryAgency() {
        ResponseEntity<Map> response = new Api(port, "impcity").importFile(batch, "all.xlsx", Sheets.xlsx(List.of(
                Sheets.line(1, "滨城区", "甲", code()), Sheets.line(2, "北海新区", "乙", code()), Sheets.line(3, "高新区", "丙", code()))));

        assertThat(response.getBody()).containsEntry("imported", 3);
        assertThat(nominations.inBatch(batch)).extracting(n -> n.nomination().agencyId())
                .containsExactlyInAnyOrder("bincheng", "beihai", "gaoxin");
    }

    @Test
    void filesThatAreNotTheTemplate_areRefusedWithAClearMessage_andNothingIsImported() {
        Api api = new Api(port, "impbc");
        assertThat(refusal(api.importFile(batch, "名单.txt", "x".getBytes()))).contains("只接受 .xlsx 或 .csv");
        assertThat(refusal(api.importFile(batch, "名单.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1})))
                .contains(".xls");
        assertThat(refusal(api.importFile(batch, "名单.xlsx", "not a workbook".getBytes()))).contains("不是 Excel 工作簿");
        assertThat(refusal(api.importFile(batch, "名单.csv", "名称,代码\r\n甲,1\r\n".getBytes(StandardCharsets.UTF_8))))
                .contains("表头缺少：县市区、企业名称、统一社会信用代码");
        assertThat(refusal(api.importFile(batch, "名单.csv", new byte[0]))).contains("文件为空");
        ResponseEntity<Map> noSuchBatch = api.importFile("1999-1", "a.xlsx", Sheets.xlsx(List.of()));
        assertThat(noSuchBatch.getStatusCode().value()).isEqualTo(404);
        assertThat(noSuchBatch.getBody().get("message").toString()).contains("批次“1999-1”不存在");
        assertThat(nominations.inBatch(batch)).isEmpty();
    }

    @Test
    void tooLargeFiles_areRefusedWithAClearMessage() {
        Api api = new Api(port, "impbc");
        ResponseEntity<Map> overOurLimit = api.importFile(batch, "大.csv", new byte[6 * 1024 * 1024]);
        assertThat(overOurLimit.getStatusCode().value()).isEqualTo(400);
        assertThat(overOurLimit.getBody().get("message").toString()).contains("文件超过5MB上限");

        ResponseEntity<Map> overTheUploadLimit = api.importFile(batch, "更大.csv", new byte[12 * 1024 * 1024]);
        assertThat(overTheUploadLimit.getStatusCode().value()).isEqualTo(413);
        assertThat(overTheUploadLimit.getBody().get("message").toString()).contains("文件过大");
        assertThat(nominations.inBatch(batch)).isEmpty();
    }

    @Test
    void onlyAuthenticatedAgencyAndCityUsers_mayImport() {
        byte[] sheet = Sheets.xlsx(List.of(Sheets.line(1, "滨城区", "甲", code())));
        assertThat(new Api(port, null).importFile(batch, "a.xlsx", sheet).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<Map> byEnterprise = new Api(port, "impqy").importFile(batch, "a.xlsx", sheet);
        assertThat(byEnterprise.getStatusCode().value()).isEqualTo(403);
        assertThat(byEnterprise.getBody().get("message").toString()).contains("只有县市区应急管理部门和市局科室可以导入");
        assertThat(nominations.inBatch(batch)).isEmpty();
    }

    @Test
    void aSecondBatchOf673Enterprises_isImportedInOneGo() {
        String[] agencies = {"滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市", "经开区", "北海新区", "高新区"};
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= 673; i++) {
            lines.add(Sheets.line(i, agencies[i % agencies.length], "滨州第" + i + "号企业有限公司", code()));
        }
        long started = System.nanoTime();

        ResponseEntity<Map> response = new Api(port, "impcity").importFile(batch, "第二批.xlsx", Sheets.xlsx(lines));

        System.out.printf("673-line import took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(response.getBody()).containsEntry("imported", 673).containsEntry("rejected", 0);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(batch + "-%").count()).isEqualTo(673);
    }

    @Test
    void overlongFields_areRejectedNamingFieldAndLimit_notAtTheDatabase() {
        List<String> line = new java.util.ArrayList<>(Sheets.line(1, "滨城区", "长".repeat(250), CreditCodes.valid(5150)));
        line.set(Sheets.HEADERS.indexOf("企业地址"), "址".repeat(301));

        ResponseEntity<Map> response = new Api(port, "impbc").importFile(batch, "long.xlsx", Sheets.xlsx(List.of(line)));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> report = (List<Map<String, Object>>) response.getBody().get("lines");
        assertThat(message(report, 2)).contains("企业名称不能超过200个字（实际250个字）").contains("企业地址不能超过300个字（实际301个字）");
        assertThat(nominations.inBatch(batch)).isEmpty();
    }

    private static String message(List<Map<String, Object>> report, int line) {
        return report.stream().filter(l -> ((Integer) l.get("line")) == line).findFirst().orElseThrow().get("message").toString();
    }

    private static String refusal(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        return response.getBody().get("message").toString();
    }
}
