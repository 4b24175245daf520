package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.binzhou.nineones.NineOnesApplication;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.DemoDatabase;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * The demo's H2 file database over a batch of the second batch's size: 673 enterprises imported and run
 * through county review, with the demo profile's database settings. The file stays small once the
 * application has stopped (H2 compacts it on close); the figures are printed for docs/performance.md.
 */
class DemoDatabaseSizeTest {

    static final int ENTERPRISES = 673;
    static final long BOUND = 32L * 1024 * 1024;
    static final String[] AGENCIES = {"滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市", "经开区", "北海新区", "高新区"};
    static final String[] AGENCY_IDS = {"bincheng", "zhanhua", "huimin", "yangxin", "wudi", "boxing", "zouping", "jingkai", "beihai", "gaoxin"};

    @TempDir Path dir;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void aBatchOf673Enterprises_throughCountyReview_keepsTheDemoDatabaseSmall() throws IOException {
        Path file = dir.resolve("nine-ones.mv.db");
        String url = DemoDatabase.urlIn(dir);
        long imported;
        long reviewed;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NineOnesApplication.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--camunda.bpm.process-engine-name=sizeTest")) {
            Campaign.today(LocalDate.of(2025, 9, 1));
            IdentityService identity = app.getBean(IdentityService.class);
            Campaign campaign = app.getBean(Campaign.class);
            Users.ensure(identity, "sizecity", Groups.CITY_BUREAU);
            for (String agency : AGENCY_IDS) {
                Users.ensure(identity, "size" + agency, "county-" + agency);
            }
            campaign.startBatch("2025-2", "第二批");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var answer = new Api(port, "sizecity").importFile("2025-2", "第二批提报.xlsx", sheet());
            assertThat(answer.getBody()).containsEntry("imported", ENTERPRISES);
            imported = Files.size(file);

            TaskService tasks = app.getBean(TaskService.class);
            for (Task review : tasks.createTaskQuery().taskDefinitionKey(EnterpriseProcess.COUNTY_REVIEW).list()) {
                String agency = (String) tasks.getVariable(review.getId(), "agencyId");
                campaign.complete("size" + agency, review, Map.of(EnterpriseProcess.Var.COUNTY_DECISION.name(), "APPROVE"));
            }
            assertThat(tasks.createTaskQuery().taskDefinitionKey(EnterpriseProcess.CITY_APPROVAL).count()).isEqualTo(ENTERPRISES);
            reviewed = Files.size(file);
        }
        long closed = Files.size(file);
        System.out.printf("673-enterprise batch, H2 file: after import %.1f MB, after county review %.1f MB, "
                + "after the application stopped %.1f MB (url %s)%n", mb(imported), mb(reviewed), mb(closed), DemoDatabase.url());
        assertThat(closed).isLessThan(BOUND).isLessThanOrEqualTo(reviewed);
    }

    private static byte[] sheet() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            int serial = 700_000 + i;
            rows.add(Sheets.line(i + 1, AGENCIES[i % AGENCIES.length], "滨州容量" + serial + "有限公司", CreditCodes.valid(serial)));
        }
        return Sheets.xlsx(rows);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
