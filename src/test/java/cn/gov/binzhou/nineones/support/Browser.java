package cn.gov.binzhou.nineones.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver. Where either is missing, the test
 * that asks for it is skipped with a message saying so.
 */
public final class Browser implements AutoCloseable {

    /** How long a page may take on a loaded 2-core machine before a wait fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path userData;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.userData = Files.createTempDirectory("nine-ones-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + userData);
        // a browser of a Chinese-speaking user: the webapps pick their language from it
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Set by CI ({@code .ci/run}): there a missing browser fails the test instead of skipping it. */
    static final String REQUIRED = "NINEONES_BROWSER_REQUIRED";

    /**
     * Opens a browser on the application. Where no Chromium is installed, a developer's run skips the
     * calling test with a message saying so; a CI run ({@value #REQUIRED}=true) fails it.
     */
    public static Browser open(int port) throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String missing = "Debian's Chromium and chromedriver are not installed at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if (!installed && Boolean.parseBoolean(System.getenv(REQUIRED))) {
            throw new IllegalStateException("Browser test cannot run, and " + REQUIRED + " is set: " + missing);
        }
        Assumptions.assumeTrue(installed, "Browser test skipped: " + missing);
        return new Browser("http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement await(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitText(By by, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** A wait that, when it runs out, says what the page showed: a failed run on CI leaves only its log. */
    private FluentWait<WebDriver> waiting() {
        return new WebDriverWait(driver, PATIENCE).withMessage(this::pageState);
    }

    private String pageState() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            return "the page at " + driver.getCurrentUrl() + " showed: "
                    + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text);
        } catch (RuntimeException unreadable) {
            return "the page could not be read: " + unreadable.getMessage();
        }
    }

    /** Scrolls the element to the middle of the window, clear of fixed headers and footers, and clicks it. */
    public void click(By by) {
        WebElement element = await(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Logs in on the Camunda webapps' login form, and waits until the form has given way to the app. */
    public void login(String app, String user, String password) {
        go("/camunda/app/" + app + "/default/");
        await(By.cssSelector("input[ng-model='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    }

    /** Keeps a screenshot of the page as it is now under target/browser/, and answers its path. */
    public Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "browser");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Keeps a screenshot and the page source under target/ for a failed run. */
    public void keepEvidence(String name) {
        try {
            Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException ignored) {
            // evidence is a courtesy
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
