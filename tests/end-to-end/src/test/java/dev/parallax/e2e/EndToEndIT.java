package dev.parallax.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * The whole stack as an editor meets it: four packaged services, a real PostgreSQL, the seed
 * articles posted over HTTP, the comparison computed by the services themselves, the pages in a
 * real headless Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static final Map<String, String> ARTICLE_OF_SEED = new LinkedHashMap<>();
    private static String newsroom;
    private static Path root;

    @BeforeAll
    static void startStackAndIngestSeeds() throws Exception {
        root = Path.of(System.getProperty("parallax.root", "../..")).toAbsolutePath().normalize();
        String databaseUrl = freshDatabase("parallax_e2e");

        Map<String, Integer> ports = new HashMap<>();
        for (String name : List.of("langid", "translate", "align", "newsroom")) {
            ports.put(name, ServiceProcess.freePort());
        }
        Map<String, String> env = Map.of(
                "LANGID_URL", "http://127.0.0.1:" + ports.get("langid"),
                "TRANSLATE_URL", "http://127.0.0.1:" + ports.get("translate"),
                "ALIGN_URL", "http://127.0.0.1:" + ports.get("align"),
                "DB_URL", databaseUrl,
                "DB_USER", System.getProperty("parallax.test.db.user", "postgres"),
                "DB_PASSWORD", System.getProperty("parallax.test.db.password", ""));
        for (String name : List.of("langid", "translate", "align", "newsroom")) {
            SERVICES.add(ServiceProcess.start(root, name, ports.get(name), env));
        }
        for (ServiceProcess service : SERVICES) {
            service.awaitReady(Duration.ofSeconds(180));
        }
        newsroom = SERVICES.get(3).baseUrl();

        JsonNode seeds = JSON.readTree(root.resolve("seeds/seeds.json").toFile());
        for (JsonNode seed : seeds.get("articles")) {
            String file = seed.get("file").asText();
            Map<String, Object> article = Map.of(
                    "source", seed.get("source").asText(),
                    "title", seed.get("title").asText(),
                    "published", seed.get("published").asText(),
                    "url", "seed:" + file,
                    "text", Files.readString(root.resolve("seeds").resolve(file)).strip());
            io.restassured.response.Response created = given().contentType(ContentType.JSON).body(article)
                    .post(newsroom + "/api/v1/articles");
            created.then().statusCode(201);
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/api/v1/articles/" + id);
            ARTICLE_OF_SEED.put(file.substring(0, 3), id);
        }
        awaitProcessed(ARTICLE_OF_SEED.values(), Duration.ofSeconds(300));
    }

    @AfterAll
    static void stopStack() throws Exception {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void seedsAreGroupedIntoTheirEvents() {
        String e000 = eventOf("000");
        assertThat(eventOf("001")).as("000 and 001 report the same phone call").isEqualTo(e000);
        assertThat(eventOf("002")).as("002 reports the same story a day earlier").isEqualTo(e000);
        assertThat(eventOf("003")).isNotEqualTo(e000);
        assertThat(eventOf("004")).isNotEqualTo(e000).isNotEqualTo(eventOf("003"));

        List<String> events = given().get(newsroom + "/api/v1/events?page=0&size=50")
                .then().statusCode(200).extract().path("events.id");
        assertThat(events).hasSize(3);
        assertThat(given().get(newsroom + "/api/v1/articles/" + ARTICLE_OF_SEED.get("003"))
                .then().statusCode(200).extract().<String>path("language")).isEqualTo("nb");
        assertThat(given().get(newsroom + "/api/v1/articles/" + ARTICLE_OF_SEED.get("000"))
                .then().statusCode(200).extract().<String>path("language")).isEqualTo("da");
    }

    @Test
    @Order(2)
    void theSharedEventHasAStoredComparisonWithLinks() throws Exception {
        String body = given().get(newsroom + "/api/v1/events/" + eventOf("000") + "/comparison")
                .then().statusCode(200).extract().asString();
        JsonNode comparison = JSON.readTree(body);
        assertThat(comparison.get("computed").asText()).isNotBlank();
        assertThat(comparison.get("documents")).hasSize(3);
        assertThat(comparison.get("links")).isNotEmpty();
        for (JsonNode link : comparison.get("links")) {
            assertThat(link.get("members").size()).isGreaterThanOrEqualTo(2);
        }
        assertThat(comparison.get("comparison")).isNotEmpty();
        // the claims align made are stored and served with the comparison, the March/August 2014 conflict first
        JsonNode claims = comparison.get("claims");
        assertThat(claims).isNotEmpty();
        JsonNode first = claims.get(0);
        assertThat(first.get("status").asText()).isEqualTo("conflict");
        List<String> firstConflicts = new ArrayList<>();
        first.get("facts").forEach(i -> {
            JsonNode fact = comparison.get("comparison").get(i.asInt());
            if ("conflict".equals(fact.get("status").asText())) {
                firstConflicts.add(fact.get("label").asText());
            }
        });
        assertThat(firstConflicts).anyMatch(l -> l.contains("marts 2014") && l.contains("august 2014"));
        List<String> docIds = new ArrayList<>();
        comparison.get("documents").forEach(d -> docIds.add(d.get("id").asText()));
        assertThat(docIds).containsExactlyInAnyOrder(
                ARTICLE_OF_SEED.get("000"), ARTICLE_OF_SEED.get("001"), ARTICLE_OF_SEED.get("002"));
    }

    @Test
    @Order(3)
    void repostingASeedStoresNothingNew() throws Exception {
        String file = "001_ba935de289032681.txt";
        Map<String, Object> again = Map.of("source", "seed-001", "published", "2015-09-18", "url", "seed:" + file,
                "text", Files.readString(root.resolve("seeds").resolve(file)).strip());
        String id = given().contentType(ContentType.JSON).body(again).post(newsroom + "/api/v1/articles")
                .then().statusCode(200).extract().path("id");
        assertThat(id).isEqualTo(ARTICLE_OF_SEED.get("001"));
    }

    @Test
    @Order(4)
    void editorsSeeEventsAndTheComparisonInABrowserWithArticleTextEscaped() throws Exception {
        // an article whose text tries to run script in the editors' browser
        String hostile = given().contentType(ContentType.JSON).body(Map.of(
                        "source", "<b>Hostile</b> Wire",
                        "title", "<script>window.__pwned = 1</script>Fiskeri i Nordsøen",
                        "published", "2024-03-01",
                        "text", "Fiskerne i Hirtshals landede rekordmange sild i går. <img src=x onerror=\"window.__pwned=2\"> Havnen er glad."))
                .post(newsroom + "/api/v1/articles").then().statusCode(201).extract().path("id");
        awaitProcessed(List.of(hostile), Duration.ofSeconds(120));

        WebDriver browser = headlessChromium();
        try {
            browser.get(newsroom + "/");
            String index = browser.findElement(By.tagName("body")).getText();
            assertThat(index).contains("Betydningsfuldt skift", "USA og Russland enige om felles uttalelse om Syria");
            assertThat(index).contains("<script>window.__pwned = 1</script>Fiskeri i Nordsøen");
            assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined")).isEqualTo(true);

            browser.get(newsroom + "/events/" + eventOf("000"));
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page).contains("seed-000", "seed-001", "seed-002");
            List<WebElement> items = browser.findElements(By.cssSelector(".item"));
            assertThat(items).as("comparison items").isNotEmpty();
            // claims, the conflicts first, each marked by a word as well as its colour
            List<WebElement> claims = browser.findElements(By.cssSelector("#claims .claim"));
            assertThat(claims).as("claims").isNotEmpty();
            assertThat(claims.get(0).getAttribute("data-status")).isEqualTo("conflict");
            assertThat(claims.get(0).findElement(By.cssSelector(".status")).getText()).isEqualToIgnoringCase("conflict");
            assertThat(claims.get(0).getText()).contains("marts 2014", "august 2014");
            screenshot(browser, "event-claims.png");
            assertThat(browser.findElements(By.cssSelector("#links .link"))).as("linked passages").isNotEmpty();

            browser.get(newsroom + "/events/" + given().get(newsroom + "/api/v1/articles/" + hostile).then().extract().path("event"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("<b>Hostile</b> Wire");
            assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined")).isEqualTo(true);
            assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(5)
    void stoppingTheServicesEndsEveryApertiumProcessTheyStarted() throws Exception {
        // translate, langid and align hold warm Apertium processes; SIGTERM (what Kubernetes and Ctrl-C send) must
        // take them down with the JVM, or every restart would leak a few hundred megabytes
        // align holds warm lt-proc analysers and dictionaries too
        for (ServiceProcess service : List.of(SERVICES.get(1), SERVICES.get(0), SERVICES.get(2))) {
            List<ProcessHandle> apertium = service.descendants();
            assertThat(apertium).as(service.name() + " runs warm Apertium processes").isNotEmpty();

            assertThat(service.terminate(Duration.ofSeconds(30))).as(service.name() + " exits on SIGTERM").isTrue();

            Instant deadline = Instant.now().plusSeconds(10);
            while (apertium.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(apertium).as("processes of " + service.name() + " left running").noneMatch(ProcessHandle::isAlive);
        }
    }

    /** A full-page screenshot a reviewer can open: target/screenshots/NAME. */
    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2400));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(folder.resolve(name), png);
    }

    private static WebDriver headlessChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // the machine's network is closed: background networking only produces refused connections
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("parallax-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String eventOf(String seed) {
        String event = given().get(newsroom + "/api/v1/articles/" + ARTICLE_OF_SEED.get(seed))
                .then().statusCode(200).extract().path("event");
        assertThat(event).as("event of seed " + seed).isNotNull();
        return event;
    }

    private static void awaitProcessed(Iterable<String> ids, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        for (String id : ids) {
            while (!"processed".equals(given().get(newsroom + "/api/v1/articles/" + id).then().extract().path("status"))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("article " + id + " not processed within " + timeout
                            + "\nnewsroom log:\n" + SERVICES.get(3).tail());
                }
                Thread.sleep(500);
            }
        }
    }

    /** A database of its own, emptied, so every run starts from nothing and never touches the demo's data. */
    private static String freshDatabase(String name) throws SQLException {
        String testUrl = System.getProperty("parallax.test.db.url", "jdbc:postgresql://127.0.0.1:5432/parallax_test");
        String user = System.getProperty("parallax.test.db.user", "postgres");
        String password = System.getProperty("parallax.test.db.password", "");
        try (Connection admin = DriverManager.getConnection(testUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // already exists
                throw e;
            }
        }
        String url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + name;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        return url;
    }
}
