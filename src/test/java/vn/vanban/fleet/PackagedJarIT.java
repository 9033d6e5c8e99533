package vn.vanban.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
    private final List<Process> processes = new ArrayList<>();
    private final Path dir = Path.of("target", "packaged-jar-it");

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void theJarIsFlatAndTurnsSpringAotOn() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("vn.vanban.VanbanApplication");
            assertThat(jar.getEntry("BOOT-INF/")).as("no nested jars").isNull();
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
        int port = freePort();
        Path log = work.resolve("service.log");
        Process p = start(work, port, log);
        awaitReady(port, p, log);
        assertThat(Files.readString(log)).contains("Starting AOT-processed VanbanApplication");

        // A page and the WebJars stylesheet it links.
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng nhập");
        Matcher css = Pattern.compile("href=\"(/webjars/[^\"]+\\.css)\"").matcher(page.body());
        assertThat(css.find()).as("the login page links a WebJars stylesheet").isTrue();
        HttpResponse<String> stylesheet = http.send(get(port, css.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));

        // A browser login, then the session it made answers the account route.
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + ApiClient.ADMIN + "&password=" + URLEncoder.encode(ApiClient.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        HttpResponse<String> account = browser.send(get(port, "/api/v1/account"), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(ApiClient.ADMIN);

        // The API renders a decision with the example data, as the template route documents.
        String example = Files.readString(Path.of("templates", "commune-team-decision", "example.json"));
        HttpResponse<byte[]> pdf = new ApiClient(port).send(HttpRequest.newBuilder(uri(port, "/api/v1/templates/commune-team-decision/pdf"))
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

    private Process start(Path work, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port,
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
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        return p;
    }

    private void awaitReady(int port, Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the jar exited early; its log is " + log).isTrue();
            try {
                if (http.send(get(port, "/actuator/health/readiness"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the jar was not ready within " + START + "; its log is " + log);
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(uri(port, path)).build();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
