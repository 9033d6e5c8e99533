package vn.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's chromium, headless, driven through chromium-driver against the application on its test port.
 * Every page visited through {@link #visit} is saved as a screenshot under {@code target/screenshots/}
 * and checked with axe-core: a serious or critical violation fails the test. Without chromium the
 * browser tests are skipped on a developer machine, never in CI ({@code CI=true}).
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 768);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final AtomicInteger SHOT = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;
    private final String base;
    private final String journey;
    private final Path downloads;

    /** A new browser for one journey; {@code journey} prefixes its screenshots. */
    public Browser(int port, String journey) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("chromium and chromium-driver are needed in CI (.ci/run installs them)");
        }
        assumeTrue(present, "chromium and chromium-driver are not installed: browser tests skipped");
        this.base = "http://localhost:" + port;
        this.journey = journey;
        try {
            this.downloads = Files.createTempDirectory("vanban-downloads");
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi-VN",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "vi-VN,vi"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Opens a path of the application without checking or saving it (a redirect, a download). */
    public void open(String path) {
        driver.get(base + path);
    }

    /** Opens a path, waits for the page, saves its screenshot and checks it with axe-core. */
    public void visit(String path, String name) {
        open(path);
        page(name);
    }

    /** The page now shown (after a click or a form): its screenshot, then the accessibility check. */
    public void page(String name) {
        waitForIdle();
        screenshot(name);
        assertAccessible(name);
    }

    /** Signs in through the login form and lands where the application sends that account. */
    public void login(String username, String password) {
        visit("/login", "dang-nhap");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickToNewPage("form button[type=submit]");
    }

    public void logout() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Clicks what submits a form or follows a link, and waits until the browser has replaced the page: a
     * click returns as soon as it is sent, and the old page would otherwise still be read.
     */
    public void clickToNewPage(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(css)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
        waitForIdle();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (up to {@code seconds}) for an element to be visible, for htmx swaps and polling. */
    public WebElement waitFor(String css, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits for a text to appear in an element, for htmx swaps and polling. */
    public void waitForText(String css, String text, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The page at a phone's size (390×844) for the screenshot named, then back to the desktop size. */
    public void onPhone(String name) {
        driver.manage().window().setSize(PHONE);
        try {
            driver.navigate().refresh();
            page(name + "-dien-thoai");
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    /**
     * Fetches what a link points to with this browser's session, as the browser would download it: the
     * bytes and headers of a file, without depending on where chromium saves files.
     */
    public HttpResponse<byte[]> download(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI uri = URI.create(driver.getCurrentUrl()).resolve(href);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    private void waitForIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                driver.executeScript("return document.readyState")) && Boolean.TRUE.equals(driver.executeScript(
                "return !document.querySelector('.htmx-request')")));
    }

    private void screenshot(String name) {
        Path file = SHOTS.resolve(journey + "-" + String.format("%02d", SHOT.incrementAndGet()) + "-" + name + ".png");
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's rules on the page as shown; serious and critical violations fail, with where they are. */
    private void assertAccessible(String name) {
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(function (r) { done(JSON.stringify(r.violations)); })
                   .catch(function (e) { done('error: ' + e); });""");
        String json = String.valueOf(result);
        assertThat(json).as("axe-core ran on " + name).doesNotStartWith("error:");
        List<String> serious = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            String impact = v.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> where = new ArrayList<>();
                v.path("nodes").forEach(n -> where.add(n.path("target").toString()));
                serious.add(impact + " " + v.path("id").asString() + ": " + v.path("help").asString() + " at " + where);
            }
        }
        assertThat(serious).as("serious or critical accessibility violations on " + name + " (" + path() + ")").isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core WebJar on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
