package cn.gov.binzhou.nineones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Browser;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;

/** A county user in a real browser: reviews a nomination with its Camunda Form in Tasklist, and imports a sheet. */
@ApplicationTest
class TasklistBrowserTest {

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired Nominations nominations;

    @org.junit.jupiter.api.BeforeEach
    void anAdministratorExists() {
        // without one, the webapps show Camunda's first-run setup page instead of the login
        Users.ensure(identity, "webadmin", cn.gov.binzhou.nineones.system.Groups.ADMIN);
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void countyUser_reviewsANominationWithItsFormInTasklist() throws Exception {
        Users.ensure(identity, "webbc", "county-bincheng");
        campaign.startBatch("2032-2", "第二批");
        ProcessInstance instance = campaign.nominate("webbc",
                Campaign.nominationForm("2032-2", CreditCodes.valid(320001), "滨州浏览器测试有限公司", "滨城区"));
        Task review = campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW);

        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("tasklist", "webbc", Users.PASSWORD);
                browser.await(By.partialLinkText("本单位待办"));
                browser.awaitText(By.cssSelector(".tasks-list"), "滨州浏览器测试有限公司");
                assertThat(browser.driver().findElement(By.cssSelector(".tasks-list")).getText())
                        .as("the card says which enterprise it is").contains("企业名称", "滨州浏览器测试有限公司",
                                "统一社会信用代码", CreditCodes.valid(320001));
                browser.go("/camunda/app/tasklist/default/#/?task=" + review.getId());
                browser.awaitText(By.tagName("body"), "审核结论");
                assertThat(browser.driver().findElement(By.tagName("body")).getText())
                        .contains("县级审核", "审核结论", "通过，报市级审定", "退回修改", "驳回")
                        .as("Tasklist itself speaks Chinese").contains("认领", "办理记录");
                assertThat(browser.await(By.cssSelector("input[id$='Field_Principal']")).getAttribute("value"))
                        .as("the enterprise's data, read-only").isEqualTo("张三");
                browser.await(By.cssSelector("button.claim")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(driver -> "webbc".equals(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()));
                browser.click(By.xpath("//label[contains(., '通过，报市级审定')]"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                        driver.findElement(By.cssSelector("button[ng-click='complete()']")).isEnabled());
                browser.click(By.cssSelector("button[ng-click='complete()']"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(driver -> tasks.createTaskQuery().taskId(review.getId()).count() == 0);
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("tasklist-review");
                throw e;
            }
        }
        assertThat(campaign.task(instance.getId(), EnterpriseProcess.CITY_APPROVAL)).as("on to the city").isNotNull();
        assertThat(nominations.events(nominations.find("2032-2", CreditCodes.valid(320001)).orElseThrow().nomination().id()))
                .anyMatch(event -> "APPROVE".equals(event.decision()) && "webbc".equals(event.actor()));
    }

    @Test
    void countyUser_nominatesOnTheStartForm_andIsToldInChineseWhatIsWrong() throws Exception {
        Users.ensure(identity, "webbc", "county-bincheng");
        campaign.startBatch("2032-4", "第四批");
        String code = CreditCodes.valid(320201);
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? "1" : "0");

        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("tasklist", "webbc", Users.PASSWORD);
                browser.await(By.partialLinkText("本单位待办"));
                browser.click(By.xpath("//a[contains(., '发起流程')]"));
                browser.click(By.xpath("//a[contains(., '企业提报')]"));
                browser.await(By.cssSelector("input[id$='Field_BatchCode']")).sendKeys("2032-4");
                browser.driver().findElement(By.cssSelector("input[id$='Field_EnterpriseName']")).sendKeys("滨州表单提报有限公司");
                browser.driver().findElement(By.cssSelector("input[id$='Field_CreditCode']")).sendKeys(wrongCheck);
                choose(browser, "Field_Agency", "滨城区");
                choose(browser, "Field_Industry", "机械");
                browser.driver().findElement(By.cssSelector("input[id$='Field_Principal']")).sendKeys("刘七");
                browser.driver().findElement(By.cssSelector("input[id$='Field_PrincipalPhone']")).sendKeys("13905437777");
                browser.click(By.xpath("//button[contains(., '发起')]"));
                browser.awaitText(By.tagName("body"), "校验位错误");

                var codeField = browser.driver().findElement(By.cssSelector("input[id$='Field_CreditCode']"));
                codeField.clear();
                codeField.sendKeys(code.toLowerCase());
                browser.click(By.xpath("//button[contains(., '发起')]"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(driver -> nominations.find("2032-4", code).isPresent());
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("start-form");
                throw e;
            }
        }
        assertThat(nominations.find("2032-4", code).orElseThrow().enterprise().name()).isEqualTo("滨州表单提报有限公司");
    }

    @Test
    void countyUser_meetsCamundaFormsValidationInChinese_neverInEnglish() throws Exception {
        Users.ensure(identity, "webbc", "county-bincheng");
        campaign.startBatch("2032-5", "第五批");

        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("tasklist", "webbc", Users.PASSWORD);
                browser.await(By.partialLinkText("本单位待办"));
                browser.click(By.xpath("//a[contains(., '发起流程')]"));
                browser.click(By.xpath("//a[contains(., '企业提报')]"));
                // a required field typed and emptied again, a mistyped phone number, a negative head count
                var principal = browser.await(By.cssSelector("input[id$='Field_Principal']"));
                principal.sendKeys("刘");
                principal.sendKeys(Keys.BACK_SPACE);
                browser.driver().findElement(By.cssSelector("input[id$='Field_PrincipalPhone']")).sendKeys("12345");
                browser.driver().findElement(By.cssSelector("input[id$='Field_Employees']")).sendKeys("-3", Keys.TAB);

                browser.awaitText(By.cssSelector(".fjs-form"), "此项为必填项");
                browser.awaitText(By.cssSelector(".fjs-form"), "格式不正确");
                String messages = errors(browser);
                assertThat(messages).as("form-js's own messages, in Chinese")
                        .contains("此项为必填项。")
                        .contains("格式不正确：必填；手机号11位，或座机如 0543-3656013")
                        .contains("不能小于 0。")
                        .doesNotContain("Field", "required", "must", "pattern", "^(");
                assertThat(browser.driver().findElement(By.tagName("body")).getText())
                        .doesNotContain("Field is required", "Field must");
                browser.screenshot("start-form-validation-zh");
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("start-form-validation");
                throw e;
            }
        }
    }

    @Test
    void cityBureau_picksDatesInAChineseDatePicker() throws Exception {
        Users.ensure(identity, "webcity", cn.gov.binzhou.nineones.system.Groups.CITY_BUREAU);

        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("tasklist", "webcity", Users.PASSWORD);
                browser.await(By.partialLinkText("本单位待办"));
                browser.click(By.xpath("//a[contains(., '发起流程')]"));
                browser.click(By.xpath("//a[contains(., '九个一批次')]"));
                var name = browser.await(By.cssSelector("input[id$='Field_BatchName']"));
                name.sendKeys("第");
                name.sendKeys(Keys.BACK_SPACE);
                browser.driver().findElement(By.cssSelector("input[id$='Field_BatchYear']")).sendKeys("1999", Keys.TAB);
                browser.awaitText(By.cssSelector(".fjs-form"), "不能小于 2000。");
                assertThat(errors(browser)).contains("此项为必填项。", "不能小于 2000。")
                        .doesNotContain("Field", "must", "minimum");

                var date = browser.await(By.cssSelector("input[id$='Field_NominationCloses-date']"));
                assertThat(date.getAttribute("placeholder")).as("the typing hint, in the browser's date order")
                        .matches("[年月日]([/.-][年月日]){2}").contains("年", "月", "日");
                browser.click(By.cssSelector("input[id$='Field_NominationCloses-date']"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                        !driver.findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday")).isEmpty());
                List<String> weekdays = browser.driver().findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday"))
                        .stream().map(day -> day.getText().strip()).toList();
                assertThat(weekdays).as("weekdays in Chinese, Monday first").containsExactly("一", "二", "三", "四", "五", "六", "日");
                String month = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "const s = document.querySelector('.flatpickr-calendar.open .flatpickr-monthDropdown-months');"
                                + "return s ? s.options[s.selectedIndex].text : document.querySelector('.flatpickr-calendar.open .cur-month').textContent;");
                assertThat(month).as("the month's name").endsWith("月");
                assertThat(browser.driver().findElement(By.cssSelector(".flatpickr-calendar.open")).getAttribute("textContent"))
                        .doesNotContain("Mon", "Tue", "Sun", "January", "February", "March", "April", "May", "June",
                                "July", "August", "September", "October", "November", "December");
                browser.screenshot("date-picker-zh");
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("date-picker");
                throw e;
            }
        }
    }

    /** The texts of all Camunda Forms validation messages on the page. */
    private static String errors(Browser browser) {
        return String.join("\n", browser.driver().findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList());
    }

    /** Picks an entry of a Camunda Forms select: open its list, click the entry. */
    private static void choose(Browser browser, String fieldId, String label) {
        browser.click(By.cssSelector("[id$='" + fieldId + "-display']"));
        browser.click(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='" + label + "']"));
    }

    @Test
    void countyUser_importsASheetOnTheImportPage_andReadsTheResultPerLine() throws Exception {
        Users.ensure(identity, "webbc", "county-bincheng");
        campaign.startBatch("2032-3", "第三批");
        Path sheet = Files.createTempFile("第三批提报", ".xlsx");
        Files.write(sheet, Sheets.xlsx(List.of(Sheets.line(1, "滨城区", "滨州页面导入有限公司", CreditCodes.valid(320101)),
                Sheets.line(2, "无棣县", "别县企业有限公司", CreditCodes.valid(320102)))));

        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("tasklist", "webbc", Users.PASSWORD);
                browser.await(By.partialLinkText("本单位待办"));
                browser.click(By.linkText("名单导入与报表"));
                browser.awaitText(By.id("batch"), "2032-3");
                new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("batch"))).selectByValue("2032-3");
                browser.driver().findElement(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
                browser.driver().findElement(By.id("import-button")).click();
                browser.awaitText(By.id("import-message"), "导入 1 行");
                String table = browser.await(By.id("import-result")).getText();
                assertThat(table).contains("已导入", "滨州页面导入有限公司", "未导入", "无权为无棣县提报");
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("import-page");
                throw e;
            }
        }
        assertThat(nominations.inBatch("2032-3")).hasSize(1);
    }
}
