package dev.pith.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inspection page as a person uses it, in Debian's headless Chromium driven by Selenium: load the page, give it
 * a page (upload the seed capture, paste an article written for these tests, fetch a URL), and check what shows:
 * the title, the metadata with sources, the blocks with their types, the original page with kept and removed
 * blocks outlined in two colours and the reasons in their hover titles, the removals list, the repair steps. Each
 * scenario leaves a screenshot in {@code pith-server/target/browser/}.
 *
 * <p>Chromium and ChromeDriver come from Debian's chromium and chromium-driver packages, which the build installs
 * when they are missing ({@code src/test/scripts/ensure-chromium.sh}, run by Maven before the tests).
 */
class InspectionPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path ARTIFACTS = Path.of("target", "browser");
  private static final String HEADLINE = "Night ferry returns to the Kessel estuary after nine years";
  private static final Duration WAIT = Duration.ofSeconds(30); // a hang guard, not a timing assertion

  private static PithServer server;
  /** A server whose engine reports repair steps for every capture (made up, to test their display). */
  private static PithServer repairing;
  private static Upstream upstream;
  private static ChromeDriverService service;
  private static Path profile;
  private static WebDriver driver;
  private String scenario;

  @BeforeAll
  static void start() throws IOException {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(p + " is missing: the browser test needs Debian's chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver; the Maven build runs "
            + "pith-server/src/test/scripts/ensure-chromium.sh to do it, as root)");
      }
    }
    Files.createDirectories(ARTIFACTS);
    ServerOptions options = ServerOptions.defaults().withPort(0).withShutdownGrace(Duration.ZERO);
    // the URL scenario fetches from a page server on loopback, which only the operator's flag allows
    server = PithServer.start(options.withFetch(options.fetch().withAllowPrivateAddresses(true)));
    repairing = PithServer.start(options, new RepairReportingEngine(), AddressPolicy.publicOnly(),
        java.net.InetAddress::getAllByName, message -> { });
    upstream = Upstream.start().page("/news/night-ferry", "text/html; charset=utf-8",
        TestFiles.page("news-article.html"));
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(ARTIFACTS.resolve("chromedriver.log").toFile())
        .build();
    profile = Files.createTempDirectory("pith-chromium-profile");
    driver = startBrowser();
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit(); // stops the driver service too
    }
    if (upstream != null) {
      upstream.close();
    }
    if (server != null) {
      server.close();
    }
    if (repairing != null) {
      repairing.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** One browser for the class (a driver service stops with its first session, and a start costs seconds). */
  private static WebDriver startBrowser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the flags this closed network needs: no background connections, a fresh profile, no GPU, no sandbox (root)
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1500,1800", "--user-data-dir=" + profile);
    return new ChromeDriver(service, options);
  }

  @BeforeEach
  void openPage(TestInfo info) {
    scenario = info.getTestMethod().orElseThrow().getName();
    driver.get(server.uri().toString()); // a fresh load: nothing carries over from the last scenario
  }

  @AfterEach
  void keepScreenshot() throws IOException {
    screenshot(scenario);
  }

  private void screenshot(String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, ARTIFACTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  private List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private void chooseMode(String mode) {
    find("input[name=mode][value=" + mode + "]").click();
  }

  /** Clicks Inspect and waits for the answer to be shown (the result, or the error box). */
  private void inspect() {
    find("#inspect-button").click();
    new WebDriverWait(driver, WAIT).until(d -> {
      String status = d.findElement(By.id("status")).getText();
      return status.startsWith("Done") || status.startsWith("HTTP") || d.findElement(By.id("error")).isDisplayed();
    });
  }

  private List<String> texts(String css) {
    List<String> out = new ArrayList<>();
    for (WebElement e : all(css)) {
      out.add(e.getText());
    }
    return out;
  }

  @Test
  void theSeedCaptureUploadedAsAFile() throws IOException {
    Path seed = TestFiles.seed();
    chooseMode("file");
    find("#file-input").sendKeys(seed.toAbsolutePath().toString());
    inspect();
    assertFalse(find("#error").isDisplayed(), () -> "error shown: " + find("#error").getText());
    assertTrue(find("#result").isDisplayed());

    // what the page shows is what the API says, item for item
    Http http = new Http(server);
    HttpResponse<String> api = http.post("/v1/inspect?content_type=text/plain", Files.readAllBytes(seed),
        "application/octet-stream");
    JsonNode expected = Http.json(api);
    JsonNode title = expected.path("metadata").path("title");
    assertEquals(title.isMissingNode() || title.isNull() ? "No title found" : title.path("value").asText(),
        find("#article-title").getText());
    List<String> blocks = texts("#blocks li .text");
    assertEquals(expected.path("blocks").size(), blocks.size());
    assertTrue(blocks.size() >= 5, "the seed's article is listed block by block: " + blocks.size());
    assertTrue(blocks.stream().anyMatch(b -> b.contains("Welcome back, Vladimir! All is forgiven.")),
        "a sentence of the seed's article is shown");
    assertEquals(expected.path("blocks").path(0).path("text").asText().strip(), blocks.get(0).strip());
    int repairs = expected.path("encoding").path("repairs").size();
    assertEquals(repairs > 0, find("#repairs").isDisplayed(), "repair steps are shown exactly when there are some");
    assertEquals(repairs, all("#repair-steps li").size());
    assertTrue(find("#encoding").getText().startsWith("Decoded as "), find("#encoding").getText());

    driver.switchTo().frame(find("#original"));
    assertFalse(driver.findElements(By.cssSelector("[data-pith=kept]")).isEmpty(), "kept lines are marked");
    driver.switchTo().defaultContent();
  }

  @Test
  void aPastedArticleShowsWhatWasKeptAndWhy() throws IOException {
    chooseMode("paste");
    String page = new String(TestFiles.page("news-article.html"), UTF_8);
    // paste: set the text area's value as a paste does, in one go
    ((JavascriptExecutor) driver).executeScript(
        "const t = arguments[0]; t.value = arguments[1]; t.dispatchEvent(new Event('input'));",
        find("#paste-input"), page);
    find("#page-url-input").sendKeys("https://courier.example/news/transport/2025/04/02/night-ferry-returns");
    inspect();
    assertFalse(find("#error").isDisplayed(), () -> "error shown: " + find("#error").getText());

    assertEquals(HEADLINE, find("#article-title").getText());
    // metadata, each field with its source
    assertEquals("Idris Fenwick", find("#metadata tr[data-field=authors] td.value").getText());
    assertEquals("json-ld", find("#metadata tr[data-field=authors] td.source").getText());
    assertEquals("2025-04-02T06:15:00+01:00", find("#metadata tr[data-field=published] td.value").getText());
    assertEquals("The Lowmoor Courier", find("#metadata tr[data-field=site_name] td.value").getText());
    // blocks with their types
    assertEquals(2, all("#blocks li[data-type=heading]").size());
    assertEquals(1, all("#blocks li[data-type=list]").size());
    assertEquals(1, all("#blocks li[data-type=quote]").size());
    assertTrue(all("#blocks li[data-type=paragraph]").size() >= 5);
    assertTrue(texts("#blocks li").stream().noneMatch(t -> t.contains("We use cookies")),
        "the cookie banner is not in the article");
    // the removals list, with reasons
    List<String> reasons = new ArrayList<>();
    for (WebElement r : all("#removals li")) {
      reasons.add(r.getAttribute("data-reason"));
    }
    assertTrue(reasons.containsAll(List.of("consent", "share", "comments", "related", "navigation")),
        reasons.toString());
    assertEquals(Integer.toString(reasons.size()), find("#removal-count").getText());

    // the original page: kept in one colour, removed in another, the reason on hover
    driver.switchTo().frame(find("#original"));
    assertTrue(driver.findElements(By.tagName("script")).isEmpty(), "no scripts in the marked page");
    List<WebElement> kept = driver.findElements(By.cssSelector("[data-pith=kept]"));
    List<WebElement> removed = driver.findElements(By.cssSelector("[data-pith=removed]"));
    assertTrue(kept.size() >= 8, "kept blocks outlined: " + kept.size());
    assertTrue(removed.size() >= 8, "removals outlined: " + removed.size());
    WebElement banner = driver.findElement(By.id("cookie-consent"));
    assertEquals("removed", banner.getAttribute("data-pith"));
    assertTrue(banner.getAttribute("title").startsWith("removed, consent"), banner.getAttribute("title"));
    WebElement paragraph = driver.findElement(By.xpath("//p[contains(., 'The Marigold was built in 1931')]"));
    assertEquals("kept", paragraph.getAttribute("data-pith"));
    assertEquals("kept: paragraph", paragraph.getAttribute("title"));
    String keptColour = paragraph.getCssValue("outline-color");
    String removedColour = banner.getCssValue("outline-color");
    assertNotEquals(keptColour, removedColour, "kept and removed are outlined in different colours");
    assertTrue(paragraph.isDisplayed() && banner.isDisplayed());
    // hovering a removal highlights it (the page's own :hover rule), and its title carries the reason
    String before = banner.getCssValue("box-shadow");
    new Actions(driver).moveToElement(banner).perform();
    assertNotEquals(before, banner.getCssValue("box-shadow"), "the hovered block is highlighted");
    driver.switchTo().defaultContent();
  }

  @Test
  void repairStepsAreShownWhenTheEncodingWasRepaired() throws IOException {
    driver.get(repairing.uri().toString());
    chooseMode("paste");
    find("#paste-input").sendKeys("That\u9225\u6a9a the message President Donald Trump delivered, first in a "
        + "phone call last week, and now very publicly, to the Russian president.");
    inspect();
    assertFalse(find("#error").isDisplayed(), () -> "error shown: " + find("#error").getText());
    assertTrue(find("#repairs").isDisplayed(), "the repair section is shown");
    assertEquals(List.of(RepairReportingEngine.STEP.action() + ": " + RepairReportingEngine.STEP.detail()),
        texts("#repair-steps li"));
    assertEquals("characters 4\u20136 of the decoded text", find("#repair-steps li").getAttribute("title"));
  }

  @Test
  void aUrlIsFetchedByTheServer() {
    chooseMode("url");
    assertFalse(find("#page-url-input").isDisplayed(), "the page-URL field is only for pages sent as a body");
    assertFalse(find("#paste-input").isDisplayed());
    find("#url-input").sendKeys(upstream.base() + "/news/night-ferry");
    inspect();
    assertFalse(find("#error").isDisplayed(), () -> "error shown: " + find("#error").getText());
    assertEquals(HEADLINE, find("#article-title").getText());
    assertTrue(all("#blocks li").size() >= 8);
  }

  @Test
  void anErrorIsShownWithItsCodeAndMessage() {
    chooseMode("url");
    find("#url-input").sendKeys(upstream.base() + "/no-such-page");
    inspect();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertEquals("fetch_status", find("#error-code").getText());
    assertTrue(find("#error-message").getText().contains("HTTP 404"), find("#error-message").getText());
    assertFalse(find("#result").isDisplayed(), "no stale result is shown for a failed request");
  }
}
