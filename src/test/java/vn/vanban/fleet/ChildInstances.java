package vn.vanban.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.api.ApiClient;

/**
 * Instances of the service started as child JVMs by a test, each logging to a file of its own, and stopped
 * (forcibly: no test waits for a graceful end) by {@link #stopAll()} after the test.
 */
final class ChildInstances {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();

    /** The JVM running this test, so that a child runs on the same Java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    Process start(List<String> command, Path directory, Path log) throws IOException {
        Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        processes.add(p);
        return p;
    }

    /** Waits until {@code path} answers 200, failing at once if the instance exits, and after {@code within}. */
    void awaitOk(int port, String path, Process process, Duration within, Path logs) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the instance exited early; its log is in " + logs).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(uri(port, path)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the instance on port " + port + " did not answer " + path + " within " + within
                + "; its log is in " + logs);
    }

    void stopAll() throws InterruptedException {
        for (Process p : processes) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /**
     * The login form as a browser sends it (its CSRF token read from the page), as the test admin, through
     * {@code browser}, which keeps the session cookie; the answer is the form's redirect.
     */
    static HttpResponse<String> logInAsTestAdmin(HttpClient browser, int port) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri(port, "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the login page has a CSRF token").isTrue();
        String form = "username=" + ApiClient.ADMIN + "&password=" + URLEncoder.encode(ApiClient.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
