package cn.gov.binzhou.nineones.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Jobs;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Agency and city-bureau staff are added in bulk from a sheet over HTTP: every line is reported, valid
 * ones become users in their unit's group who log in with the password they were mailed; only
 * administrators and the city bureau may import; a crafted sheet is refused while it is read.
 */
@ApplicationTest
class StaffImportTest {

    private static final MailServer MAIL = MailServer.onFreePort();
    private static final Pattern PASSWORD = Pattern.compile("初始密码：(\\S+)");
    private static final String HEADER = "姓名,登录名,邮箱,单位";

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", MAIL::port);
    }

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired Jobs jobs;

    @BeforeAll
    static void startMail() {
        MAIL.start();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @BeforeEach
    void people() {
        Users.ensure(identity, "stadmin", Groups.ADMIN);
        Users.ensure(identity, "stcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "stbc", "county-bincheng");
        Users.ensure(identity, "stqy", Groups.ENTERPRISE);
    }

    @Test
    void everyLineIsReported_validOnesBecomeUsersInTheirUnit_whoLogInWithTheMailedPassword() {
        Users.ensure(identity, "st-exists", "county-wudi");
        String sheet = String.join("\r\n", "滨州市应急管理局工作人员名单", HEADER,
                "张三,st-zhang,zhang@example.com,滨城区",
                "李四,st-li,li@example.com,市局",
                "王五,st-wang,wang@example.com, 经开区 ",
                ",,,",
                "赵六,st-exists,zhao@example.com,无棣县",
                "钱七,st-qian,not-an-email,滨城区",
                "孙八,st-sun,sun@example.com,火星县",
                "周九,st-zhang,zhou@example.com,滨城区",
                "吴十,e913716000000000001,wu@example.com,滨城区",
                "郑一,st zheng,zheng@example.com,滨城区") + "\r\n";

        ResponseEntity<Map> answer = importAs("stadmin", "人员.csv", sheet.getBytes(StandardCharsets.UTF_8));
        jobs.runDueOf(AccountMailProcess.KEY);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).containsEntry("imported", 3).containsEntry("skipped", 2).containsEntry("rejected", 5);
        List<Map<String, Object>> lines = lines(answer);
        assertThat(lines).extracting(line -> line.get("line"), line -> line.get("outcome")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "IMPORTED"), org.assertj.core.groups.Tuple.tuple(4, "IMPORTED"),
                org.assertj.core.groups.Tuple.tuple(5, "IMPORTED"), org.assertj.core.groups.Tuple.tuple(6, "SKIPPED"),
                org.assertj.core.groups.Tuple.tuple(7, "SKIPPED"), org.assertj.core.groups.Tuple.tuple(8, "REJECTED"),
                org.assertj.core.groups.Tuple.tuple(9, "REJECTED"), org.assertj.core.groups.Tuple.tuple(10, "REJECTED"),
                org.assertj.core.groups.Tuple.tuple(11, "REJECTED"), org.assertj.core.groups.Tuple.tuple(12, "REJECTED"));
        assertThat(message(lines, 7)).contains("已存在");
        assertThat(message(lines, 8)).contains("邮箱“not-an-email”格式不正确");
        assertThat(message(lines, 9)).contains("单位“火星县”无法识别");
        assertThat(message(lines, 10)).contains("与第3行重复");
        assertThat(message(lines, 11)).contains("企业账号");
        assertThat(message(lines, 12)).contains("登录名“st zheng”无效");

        assertThat(member("st-zhang", "county-bincheng")).isTrue();
        assertThat(member("st-li", Groups.CITY_BUREAU)).isTrue();
        assertThat(member("st-wang", "county-jingkai")).isTrue();
        assertThat(member("st-exists", "county-bincheng")).as("an existing user is left alone").isFalse();
        assertThat(identity.createUserQuery().userId("st-qian").count()).isZero();
        assertThat(identity.createUserQuery().userId("st-zhang").singleResult().getLastName()).isEqualTo("滨城区应急管理局");

        List<MimeMessage> toZhang = MAIL.messagesTo("zhang@example.com");
        assertThat(toZhang).hasSize(1);
        assertThat(MailServer.body(toZhang.get(0))).contains("张三", "滨城区应急管理局", "用户名：st-zhang", "0543-3656013");
        String password = passwordIn(toZhang.get(0));
        assertThat(status("/engine-rest/task/count", "st-zhang", password)).isEqualTo(200);
        assertThat(status("/api/batches", "st-zhang", password)).isEqualTo(200);
        assertThat(status("/engine-rest/task/count", "st-li", passwordIn(MAIL.messagesTo("li@example.com").get(0))))
                .isEqualTo(200);
        assertThat(MAIL.messagesTo("zhao@example.com")).isEmpty();
        assertThat(MAIL.messagesTo("zhou@example.com")).isEmpty();

        ResponseEntity<Map> again = importAs("stcity", "人员.csv", sheet.getBytes(StandardCharsets.UTF_8));
        jobs.runDueOf(AccountMailProcess.KEY);
        assertThat(again.getBody()).as("importing again adds nobody").containsEntry("imported", 0);
        assertThat(MAIL.messagesTo("zhang@example.com")).hasSize(1);
    }

    @Test
    void aLoginNameWhoseAccountWasDeleted_getsANewAccountAndItsMailAgain() {
        byte[] sheet = (HEADER + "\r\n蒋五,st-jiang,jiang@example.com,阳信县\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(importAs("stadmin", "人员.csv", sheet).getBody()).containsEntry("imported", 1);
        jobs.runDueOf(AccountMailProcess.KEY);
        identity.deleteUser("st-jiang");

        assertThat(importAs("stadmin", "人员.csv", sheet).getBody()).containsEntry("imported", 1);
        jobs.runDueOf(AccountMailProcess.KEY);

        List<MimeMessage> mails = MAIL.messagesTo("jiang@example.com");
        assertThat(mails).hasSize(2);
        assertThat(status("/engine-rest/task/count", "st-jiang", passwordIn(mails.get(1)))).isEqualTo(200);
    }

    @Test
    void anXlsxSheet_isReadToo() throws IOException {
        byte[] workbook = xlsx(List.of(List.of("姓名", "登录名", "邮箱", "单位"),
                List.of("冯二", "st-feng", "feng@example.com", "滨州高新区")));

        ResponseEntity<Map> answer = importAs("stcity", "人员.xlsx", workbook);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).containsEntry("imported", 1);
        assertThat(member("st-feng", "county-gaoxin")).isTrue();
    }

    @Test
    void onlyAdministratorsAndTheCityBureau_mayImport() {
        byte[] sheet = (HEADER + "\r\n陈三,st-chen,chen@example.com,滨城区\r\n").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Map> byCounty = importAs("stbc", "人员.csv", sheet);
        ResponseEntity<Map> byEnterprise = importAs("stqy", "人员.csv", sheet);
        jobs.runDueOf(AccountMailProcess.KEY);

        assertThat(byCounty.getStatusCode().value()).isEqualTo(403);
        assertThat(byCounty.getBody().get("message").toString()).contains("只有系统管理员和市局科室");
        assertThat(byEnterprise.getStatusCode().value()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("st-chen").count()).isZero();
        assertThat(MAIL.messagesTo("chen@example.com")).isEmpty();
    }

    @Test
    void craftedSheets_areRefusedWhileTheyAreRead() throws IOException {
        byte[] commas = (HEADER + "\r\n" + ",".repeat(1_000_000)).getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(importAs("stadmin", "a.csv", commas))).isEqualTo("第2行第21列超出导入模板的范围（最多20列）");

        byte[] longCell = (HEADER + "\r\n" + "长".repeat(201) + ",st-long,long@example.com,滨城区\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(importAs("stadmin", "a.csv", longCell))).isEqualTo("第2行第1列的内容超过200个字");

        List<List<String>> many = new ArrayList<>();
        many.add(List.of("姓名", "登录名", "邮箱", "单位"));
        for (int i = 0; i < 2001; i++) {
            many.add(List.of("人" + i, "st-many" + i, "many" + i + "@example.com", "滨城区"));
        }
        assertThat(refusal(importAs("stadmin", "a.xlsx", xlsx(many)))).isEqualTo("一次最多导入2000人，请拆分后分批导入");
        assertThat(identity.createUserQuery().userId("st-many0").count()).isZero();

        assertThat(refusal(importAs("stadmin", "a.xlsx", zipBomb()))).contains("解压后过大");
        assertThat(refusal(importAs("stadmin", "a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))))
                .contains("不是有效的 Excel 工作簿");
        assertThat(refusal(importAs("stadmin", "a.txt", "x".getBytes(StandardCharsets.UTF_8)))).contains("只接受 .xlsx 或 .csv");
        assertThat(refusal(importAs("stadmin", "a.csv", "名称,代码\r\n".getBytes(StandardCharsets.UTF_8)))).contains("找不到表头");
    }

    @Test
    void aGbkCsv_asExcelSavesItOnChineseWindows_isRead() {
        byte[] sheet = (HEADER + "\r\n褚四,st-chu,chu@example.com,邹平市\r\n").getBytes(Charset.forName("GBK"));

        ResponseEntity<Map> answer = importAs("stadmin", "人员.csv", sheet);

        assertThat(answer.getBody()).containsEntry("imported", 1);
        assertThat(identity.createUserQuery().userId("st-chu").singleResult().getFirstName()).isEqualTo("褚四");
    }

    // ---- helpers

    private ResponseEntity<Map> importAs(String user, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return RestClient.create("http://localhost:" + port).post().uri("/api/staff/import")
                .headers(headers -> {
                    headers.setBasicAuth(user, Users.PASSWORD);
                    headers.set("X-Requested-With", "nine-ones-test");
                })
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode()).body(response.bodyTo(Map.class)));
    }

    private int status(String path, String user, String password) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(headers -> headers.setBasicAuth(user, password))
                .exchange((request, response) -> response.getStatusCode().value());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(ResponseEntity<Map> answer) {
        return (List<Map<String, Object>>) answer.getBody().get("lines");
    }

    private static String message(List<Map<String, Object>> lines, int line) {
        return lines.stream().filter(l -> l.get("line").equals(line)).findFirst().orElseThrow().get("message").toString();
    }

    private static String refusal(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
        return answer.getBody().get("message").toString();
    }

    private boolean member(String userId, String groupId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
    }

    private static String passwordIn(MimeMessage mail) {
        Matcher matcher = PASSWORD.matcher(MailServer.body(mail));
        assertThat(matcher.find()).as("a password in the mail").isTrue();
        return matcher.group(1);
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("人员");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A small file whose one part inflates to 30 MB of blanks. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 30; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("a small file").isLessThan(100 * 1024);
        return bytes.toByteArray();
    }
}
