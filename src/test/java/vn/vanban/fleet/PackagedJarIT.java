package vn.vanban.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.api.ApiClient;

/**
 * {@code target/vanban.jar} as it is shipped, run by {@code ./mvnw verify} after the package phase (failsafe):
 * the tests before it run the application from the class path without Spring AOT, so this is where the
 * flat jar and its AOT-processed context meet a real start. It starts the jar on a new H2 database, or on the
 * PostgreSQL that {@code ./mvnw -Ppostgres} names, and goes through what each part of the context serves:
 * readiness, a browser page with its WebJars asset, a login kept in the session store, the API with a
 * rendered PDF, and the OpenAPI document the tests' context serves.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "vanban.jar");
    private static final Duration START = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ChildInstances instances = new ChildInstances();
    private final Path dir = Path.of("target", "packaged-jar-it");

    @AfterEach
    void stop() throws InterruptedException {
        instances.stopAll();
    }

    @Test
    void theJarIsFlatAndTurnsSpringAotOn() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("vn.vanban.VanbanApplication");
            assertThat(jar.getEntry("BOOT-INF/")).as("no nested jars").isNull();
            assertThat(jar.getEntry("org/springframework/boot/configurationprocessor/")).as("no annotation processor").isNull();
            assertThat(jar.getEntry("vn/vanban/VanbanApplication__ApplicationContextInitializer.class")).isNotNull();
            Properties spring = new Properties();
            spring.load(jar.getInputStream(jar.getEntry("spring.properties")));
            assertThat(spring.getProperty("spring.aot.enabled")).isEqualTo("true");
            // Every module's auto-configurations are listed, not the first module's alone.
            String imports = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(imports).contains("FlywayAutoConfiguration", "TomcatServletWebServerAutoConfiguration",
                    "FreeMarkerAutoConfiguration", "JdbcRepositoriesAutoConfiguration");
        }
    }

    @Test
    void theJarServesPagesSessionsTheApiAndItsContract() throws Exception {
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, "run-");
        int port = ChildInstances.freePort();
        Path log = work.resolve("service.log");
        Process p = instances.start(command(port), work, log);
        instances.awaitOk(port, "/actuator/health/readiness", p, START, log);
        assertThat(Files.readString(log)).contains("Starting AOT-processed VanbanApplication");

        // A page and the WebJars stylesheet it links.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng nhập");
        Matcher css = Pattern.compile("href=\"(/webjars/[^\"]+\\.css)\"").matcher(page.body());
        assertThat(css.find()).as("the login page links a WebJars stylesheet").isTrue();
        HttpResponse<String> stylesheet = http.send(get(port, css.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));

        // A browser login, then the session it made answers the account route.
        assertThat(ChildInstances.logInAsTestAdmin(browser, port).statusCode()).isEqualTo(302);
        HttpResponse<String> account = browser.send(get(port, "/api/v1/account"), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(ApiClient.ADMIN);

        // The API renders a decision with the example data, as the template route documents.
        String example = Files.readString(Path.of("templates", "commune-team-decision", "example.json"));
        HttpResponse<byte[]> pdf = new ApiClient(port).send(
                HttpRequest.newBuilder(ChildInstances.uri(port, "/api/v1/templates/commune-team-decision/pdf"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(example)),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // The same operations and schemas as the class-path context of ApiContractTest (target/openapi.json).
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode served = mapper.readTree(http.send(get(port, "/v3/api-docs"), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode tested = mapper.readTree(Files.readString(Path.of("target", "openapi.json")));
        assertThat(operations(served)).isEqualTo(operations(tested)).isNotEmpty();
        assertThat(new TreeSet<>(served.path("components").path("schemas").propertyNames()))
                .isEqualTo(new TreeSet<>(tested.path("components").path("schemas").propertyNames()));
    }

    private static TreeSet<String> operations(JsonNode openApi) {
        TreeSet<String> operations = new TreeSet<>();
        for (var path : openApi.path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                operations.add(method + " " + path.getKey());
            }
        }
        return operations;
    }

    /** The jar on a new H2 database in its own folder, or on the PostgreSQL that {@code ./mvnw -Ppostgres} names. */
    private static List<String> command(int port) {
        List<String> command = new ArrayList<>(List.of(ChildInstances.java(), "-Xmx384m", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--vanban.demo.enabled=false",
                "--vanban.fonts-dir=" + Path.of("fonts").toAbsolutePath(),
                "--vanban.templates-dir=" + Path.of("templates").toAbsolutePath(),
                "--vanban.security.bootstrap-admin.username=" + ApiClient.ADMIN,
                "--vanban.security.bootstrap-admin.password=" + ApiClient.ADMIN_PASSWORD));
        String url = System.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            command.add("--spring.datasource.url=" + url);
            command.add("--spring.datasource.username=" + System.getProperty("spring.datasource.username"));
            command.add("--spring.datasource.password=" + System.getProperty("spring.datasource.password"));
        }
        return command;
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(ChildInstances.uri(port, path)).build();
    }
}
