package cn.gov.binzhou.nineones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Browser;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * A city leader in a real browser with a Chinese language: Cockpit and the welcome page speak Chinese, and
 * Cockpit shows the tasks they watch over.
 */
@ApplicationTest
class CockpitBrowserTest {

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;

    @BeforeEach
    void anAdministratorExists() {
        // without one, the webapps show Camunda's first-run setup page instead of the login
        Users.ensure(identity, "webadmin", Groups.ADMIN);
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void cityLeader_seesCockpitAndTheWelcomePageInChinese_andTheCountysOpenTasks() throws Exception {
        Users.ensure(identity, "cockbc", "county-bincheng");
        Users.ensure(identity, "cocklead", Groups.CITY_LEADER);
        campaign.startBatch("2032-7", "第七批");
        campaign.nominate("cockbc", Campaign.nominationForm("2032-7", CreditCodes.valid(320701), "滨州驾驶舱测试有限公司", "滨城区"));

        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("cockpit", "cocklead", Users.PASSWORD);
                browser.awaitText(By.tagName("body"), "运行中的流程实例");
                browser.awaitText(By.tagName("body"), "待办人工任务");
                String dashboard = browser.driver().findElement(By.tagName("body")).getText();
                assertThat(dashboard).as("the dashboard in Chinese")
                        .contains("流程", "决策", "人工任务", "运行中的流程实例", "未解决的故障", "待办人工任务", "已部署")
                        .doesNotContain("Running Process Instances", "Open Incidents", "Open Human Tasks", "Deployed");
                Path shot = browser.screenshot("cockpit-dashboard-zh");
                assertThat(Files.size(shot)).isPositive();

                String county = identity.createGroupQuery().groupId("county-bincheng").singleResult().getName();
                browser.go("/camunda/app/cockpit/default/#/tasks");
                browser.awaitText(By.tagName("body"), county);
                assertThat(browser.driver().findElement(By.tagName("body")).getText())
                        .as("the county's open review, counted per group, in Chinese")
                        .contains("按组分配", "分配给 1 个或多个组", county).doesNotContain("Assignments by group");
                browser.screenshot("cockpit-tasks-zh");

                browser.go("/camunda/app/welcome/default/");
                browser.awaitText(By.tagName("body"), "应用");
                assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("the welcome page in Chinese")
                        .contains("应用", "流程监控", "链接", "企业名单导入").doesNotContain("Applications", "Links");
                browser.screenshot("welcome-zh");
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("cockpit-dashboard");
                throw e;
            }
        }
    }
}
