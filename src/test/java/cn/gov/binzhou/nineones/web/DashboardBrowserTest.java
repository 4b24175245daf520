package cn.gov.binzhou.nineones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Browser;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.StatisticsBatch;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * A city leader opens 九个一推进看板 in Cockpit in a real browser: picks a batch, sees its charts, and the
 * table shows the numbers of Attachment 2 as downloaded over HTTP.
 */
@ApplicationTest
class DashboardBrowserTest {

    private static final String BATCH = "2025-DB";

    @LocalServerPort int port;
    @Autowired StatisticsBatch statisticsBatch;
    @Autowired IdentityService identity;

    @BeforeEach
    void anAdministratorExists() {
        Users.ensure(identity, "webadmin", Groups.ADMIN);
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void cityLeader_opensTheDashboard_picksABatch_andTheTableIsAttachment2() throws Exception {
        Users.ensure(identity, "dblead", Groups.CITY_LEADER);
        statisticsBatch.build(port, BATCH, "db", 926000);
        Campaign.resetClock();

        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("cockpit", "dblead", Users.PASSWORD);
                browser.awaitText(By.tagName("body"), "九个一推进看板");
                browser.click(By.cssSelector("a.nine-ones-open-dashboard"));
                browser.awaitText(By.tagName("body"), "批次：");
                WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nine-ones-batch option[value='" + BATCH + "']")));
                new Select(browser.driver().findElement(By.id("nine-ones-batch"))).selectByValue(BATCH);
                wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".nine-ones-dashboard"), "data-batch", BATCH));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nine-ones-chart-stages canvas")));

                List<List<String>> shown = new ArrayList<>();
                for (WebElement row : browser.driver().findElements(By.cssSelector(".nine-ones-statistics tbody tr"))) {
                    shown.add(row.findElements(By.tagName("td")).stream().map(DashboardBrowserTest::text).toList());
                }
                List<String> headers = browser.driver().findElements(By.cssSelector(".nine-ones-statistics thead th")).stream()
                        .map(DashboardBrowserTest::text).toList();
                try (Workbook workbook = Sheets.read(new Api(port, "dblead").get("/api/batches/" + BATCH
                        + "/reports/statistics.xlsx").getBody())) {
                    Sheet byAgency = workbook.getSheet("按县市区");
                    assertThat(headers).isEqualTo(texts(byAgency.getRow(1)));
                    List<List<String>> sheet = new ArrayList<>();
                    for (int i = 2; i <= byAgency.getLastRowNum(); i++) {
                        sheet.add(texts(byAgency.getRow(i)));
                    }
                    assertThat(shown).as("the table is Attachment 2's sheet 按县市区, row for row").isEqualTo(sheet);
                }
                assertThat(shown.get(0)).startsWith("1", "滨城区", "3", "3", "3", "2", "1");
                assertThat(shown.get(shown.size() - 1)).startsWith("", "合计", "6");

                List<WebElement> canvases = browser.driver().findElements(By.cssSelector(".nine-ones-chart canvas"));
                assertThat(canvases).as("a chart per view").hasSizeGreaterThanOrEqualTo(4);
                Number width = (Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return arguments[0].width;", canvases.get(0));
                assertThat(width.intValue()).as("the stage chart is drawn").isPositive();
                Object savable = ((JavascriptExecutor) browser.driver()).executeScript(
                        "return Array.from(document.querySelectorAll('.nine-ones-chart')).map(node =>"
                                + " !!window.echarts.getInstanceByDom(node).getOption().toolbox[0].feature.saveAsImage);");
                assertThat((List<Object>) savable).as("every chart can be saved as an image").hasSize(4).containsOnly(Boolean.TRUE);
                assertThat(browser.driver().findElement(By.cssSelector("a.nine-ones-download")).getAttribute("href"))
                        .endsWith("/api/batches/" + BATCH + "/reports/statistics.xlsx");
                Object echartsSource = ((JavascriptExecutor) browser.driver()).executeScript(
                        "return Array.from(document.scripts).map(s => s.src).filter(s => s.indexOf('echarts') >= 0).join(' ');");
                assertThat(echartsSource.toString()).as("ECharts from the application, not a CDN")
                        .isEqualTo("http://localhost:" + port + "/webjars/echarts/5.3.1/dist/echarts.min.js");
                String page = browser.driver().findElement(By.tagName("body")).getAttribute("textContent");
                assertThat(page).contains("九个一推进看板", "附件2 统计表（按县市区）", "下载附件2（xlsx）", "逾期任务与十二月抽查验收");
                Path shot = browser.screenshot("cockpit-nine-ones-dashboard");
                browser.click(By.cssSelector(".nine-ones-statistics"));
                browser.screenshot("cockpit-nine-ones-dashboard-table");
                assertThat(Files.size(shot)).isPositive();
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("cockpit-nine-ones-dashboard-failed");
                throw e;
            }
        }
    }

    /** A cell's text, also where it lies below the window. */
    private static String text(WebElement cell) {
        return cell.getAttribute("textContent").strip();
    }

    /** A sheet row as the page shows it: whole numbers without decimals, points as written. */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell.getCellType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
