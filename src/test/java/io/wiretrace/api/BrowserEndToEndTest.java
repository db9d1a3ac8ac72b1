package io.wiretrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.support.SharedCorpus;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web interface end to end in Debian's headless Chromium (/usr/bin/chromium driven by /usr/bin/chromedriver; no
 * browser is downloaded): check the two seed texts through the home page, open the nigeriapulse article and see the
 * chain nigeriapulse → France 24 → AFP drawn, open the rewrite review against NDTV and see the added IS-leader
 * paragraph marked, then the story and outlet pages. Screenshots of each page go to target/screenshots/. Skipped
 * with a message when Chromium or chromedriver is not installed.
 */
@QuarkusTest
class BrowserEndToEndTest {

    static final Path CHROMIUM = Path.of(System.getProperty("wiretrace.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("wiretrace.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL base;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver not installed at " + CHROMIUM + " / " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver); skipping the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1280,900", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void factCheckerTracesTheSeedRewriteToAfpAndReviewsIt() throws IOException {
        logIn();
        long ndtv = checkThroughTheForm(SharedCorpus.read("pages/seed-ndtv.txt"), "NDTV");
        long farm = checkThroughTheForm(SharedCorpus.read("pages/seed-nigeriapulse.txt"), "nigeriapulse.com");

        // the article page draws nigeriapulse -> France 24 -> AFP, left to right
        open("/articles/" + farm);
        WebElement self = node("article:" + farm);
        WebElement france24 = nodeLabelled("France 24");
        WebElement afp = node("outlet:afp");
        assertThat(x(self)).isLessThan(x(france24));
        assertThat(x(france24)).isLessThan(x(afp));
        assertThat(browser.findElement(By.cssSelector(".chain-path")).getText())
                .endsWith("\u2192 France 24 \u2192 AFP");
        List<WebElement> edgeLabels = browser.findElements(By.cssSelector("svg.graph .edge-label"));
        assertThat(edgeLabels).extracting(WebElement::getText).anyMatch(t -> t.startsWith("credited 0."));
        // each hop's evidence is one click away: click the first edge of the drawing
        browser.findElement(By.cssSelector("svg.graph a.edge[href='#hop-0']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("#hop-0"));
        WebElement hop = browser.findElement(By.id("hop-0"));
        assertThat(hop.findElement(By.tagName("details")).getAttribute("open")).isNotNull();
        assertThat(hop.getText()).contains("Original Source: www.france24.com");
        // the attribution is highlighted in the body text with kind, target and confidence
        assertThat(browser.findElements(By.cssSelector(".body-text sup.tag"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("original_source \u2192 France 24"));
        shoot("article", 1280);

        // the rewrite review against NDTV marks the added IS-leader paragraph
        browser.findElement(By.cssSelector("a[href='/articles/" + farm + "/review/" + ndtv + "']")).click();
        wait.until(ExpectedConditions.titleContains("Rewrite review"));
        List<WebElement> added = browser.findElements(By.cssSelector(".rewrite-text .sent.added"));
        WebElement isLeader = added.stream().filter(e -> e.getText().contains("al-Rufayi")).findFirst().orElseThrow();
        assertThat(isLeader.getText()).contains("Abdullah Makki Muslih al-Rufayi");
        assertThat(isLeader.isDisplayed()).isTrue();
        assertThat(isLeader.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(browser.findElement(By.cssSelector("ul.credits")).getText()).contains("dropped: AFP");
        shoot("review", 1280);

        // the story: both articles on the timeline, AFP the origin
        open("/stories/" + farm);
        List<String> timeline = browser.findElements(By.cssSelector("ol.timeline li")).stream()
                .map(WebElement::getText).toList();
        assertThat(timeline).anyMatch(t -> t.contains("Syria and Iraq Strengthen Cooperation"));
        assertThat(timeline).hasSizeGreaterThanOrEqualTo(2);
        shoot("story", 1280);

        // the outlet page of the origin, reached from the story
        browser.findElement(By.linkText("AFP")).click();
        wait.until(ExpectedConditions.titleContains("AFP"));
        assertThat(browser.findElement(By.cssSelector("svg.graph")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("table.outlet-links tr[id^='by-']"))).isNotEmpty();
        shoot("outlet", 1280);

        open("/");
        assertThat(browser.findElements(By.cssSelector("ul.articles a.title"))).isNotEmpty();
        shoot("home", 1280);

        // on a phone the article page does not scroll sideways (the drawing scrolls inside its own box)
        open("/articles/" + farm);
        shoot("article-phone", 390);
        Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
    }

    /** Logs in through the login form, as a person would: a page asked for first sends the browser to it. */
    private void logIn() {
        open("/sources");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(io.wiretrace.support.Api.ADMIN);
        browser.findElement(By.name("password")).sendKeys(io.wiretrace.support.Api.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        wait.until(ExpectedConditions.urlMatches(".*/sources$"));
    }

    private long checkThroughTheForm(String text, String outlet) {
        open("/");
        WebElement input = browser.findElement(By.id("input"));
        // typing several thousand characters key by key is slow; the value is set as a paste would set it
        js("arguments[0].value = arguments[1];", input, text);
        browser.findElement(By.id("outlet")).sendKeys(outlet);
        browser.findElement(By.id("store")).click();
        wait.until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        String url = browser.getCurrentUrl();
        // reuse matching runs in the background; the page refreshes itself until it is done
        wait.until(d -> d.findElements(By.id("reuse-pending")).isEmpty());
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private WebElement node(String id) {
        return browser.findElement(By.cssSelector("svg.graph g.node[data-node='" + id + "'] rect"));
    }

    private WebElement nodeLabelled(String label) {
        return browser.findElements(By.cssSelector("svg.graph g.node")).stream()
                .filter(g -> g.findElement(By.cssSelector(".node-label")).getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node labelled " + label)).findElement(By.tagName("rect"));
    }

    private static int x(WebElement rect) {
        return Integer.parseInt(rect.getAttribute("x"));
    }

    /** A full-page screenshot at the given width, saved as target/screenshots/NAME.png. */
    private void shoot(String name, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = ((Number) js("return document.documentElement.scrollHeight + window.outerHeight"
                + " - window.innerHeight;")).longValue();
        int cap = width < 800 ? 2400 : 6000;
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), cap)));
        Files.createDirectories(SHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.manage().window().setSize(new Dimension(width, 900));
    }
}
