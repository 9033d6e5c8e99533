package vn.vanban.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static vn.vanban.api.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vanban.api.ApiClient;
import vn.vanban.api.RosterJson;

/**
 * Two instances of the service, two JVMs on two ports, on one PostgreSQL database (the one
 * {@code ./mvnw -Ppostgres} points the tests at; skipped on H2, where one instance owns its file):
 * a province batch started through the first is taken over by the second when the first is killed with
 * SIGKILL in the middle of it, and its ZIP and manifest hold every commune exactly once; sixteen
 * registrations spread over both get sixteen consecutive numbers; a browser login made through one is
 * valid through the other, and failed logins through both count towards one lockout.
 * Điện Biên (45 communes) is this test's province: no other test writes to it.
 */
@Tag("slow")
class TwoInstanceTest {

    private static final String PROVINCE = "11";
    private static final String PASSWORD = "mat-khau-hai-may-2025";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ChildInstances instances = new ChildInstances();

    /** The instances' logs, kept after the run for a failure's diagnosis. */
    private final Path dir = Path.of("target", "two-instance-test");

    @AfterEach
    void stop() throws InterruptedException {
        instances.stopAll();
    }

    @Test
    void twoInstancesShareBatchesNumbersSessionsAndLockouts() throws Exception {
        String url = System.getProperty("spring.datasource.url", "");
        assumeThat(url).as("a PostgreSQL database (./mvnw -Ppostgres)").startsWith("jdbc:postgresql:");
        Files.createDirectories(dir);
        int portA = freePort();
        int portB = freePort();
        Process a = start(url, portA, "a");
        Process b = start(url, portB, "b");
        awaitHealthy(portA, a);
        awaitHealthy(portB, b);
        ApiClient apiA = new ApiClient(portA);
        ApiClient apiB = new ApiClient(portB);

        // Rosters for every commune of the province, half through each instance.
        List<String> communes = communes(url);
        assertThat(communes).hasSize(45);
        for (int i = 0; i < communes.size(); i++) {
            HttpResponse<String> put = (i % 2 == 0 ? apiA : apiB).send("PUT", "/api/v1/communes/" + communes.get(i) + "/roster",
                    RosterJson.roster(2, "ỦY BAN NHÂN DÂN XÃ HAI MÁY"));
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        }

        // A batch started through A, A killed once it has made some communes and not all.
        HttpResponse<String> started = apiA.send("POST", "/api/v1/batches",
                "{ \"province\": \"" + PROVINCE + "\", \"kind\": \"commune-team-decision\", \"format\": \"pdf\" }");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode progress = await(apiB, location, p -> p.path("done").asInt() >= 2, Duration.ofMinutes(2));
        assertThat(progress.path("status").asString()).as("A was still working the batch").isEqualTo("RUNNING");
        a.destroyForcibly();
        a.waitFor();
        assertThat(a.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        int doneAtKill = progress.path("done").asInt();

        JsonNode finished = await(apiB, location, p -> "DONE".equals(p.path("status").asString()), Duration.ofMinutes(3));
        assertThat(finished.path("total").asInt()).isEqualTo(45);
        assertThat(finished.path("done").asInt()).isEqualTo(45);
        assertThat(finished.path("failed").asInt()).isZero();
        assertThat(finished.path("restarts").asInt()).as("taken over once, after %d communes", doneAtKill).isEqualTo(1);

        HttpResponse<byte[]> zip = apiB.getBytes(location + "/result.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> files = new ArrayList<>();
        String manifest = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("manifest.csv")) {
                    manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } else {
                    files.add(e.getName().substring(0, 5));
                }
            }
        }
        assertThat(files).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(communes);
        List<String> rows = manifest.lines().skip(1).map(l -> l.substring(0, 5)).toList();
        assertThat(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(communes);

        // A again (a fresh process), then sixteen registrations spread over both instances at once.
        a = start(url, portA, "a2");
        awaitHealthy(portA, a);
        String commune = communes.get(0);
        assertThat(apiA.send("PUT", "/api/v1/communes/" + commune + "/roster",
                RosterJson.roster(15, "ỦY BAN NHÂN DÂN XÃ HAI MÁY")).statusCode()).isEqualTo(200);
        JsonNode drafts = json(apiB.send("POST", "/api/v1/communes/" + commune + "/decisions", "{ \"kind\": \"each-team\" }"));
        assertThat(drafts.size()).isEqualTo(16);
        List<Callable<Integer>> registrations = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ApiClient api = i % 2 == 0 ? apiA : apiB;
            long id = drafts.get(i).path("id").asLong();
            registrations.add(() -> {
                HttpResponse<String> r = api.send("POST", "/api/v1/decisions/" + id + "/registration", "{ \"date\": \"2025-09-02\" }");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                return json(r).path("number").asInt();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> numbers = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(registrations)) {
                numbers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(16).allSatisfy(n -> assertThat(n).isBetween(first, first + 15));

        // A browser login through A is a session B knows.
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(ChildInstances.logInAsTestAdmin(browser, portA).statusCode()).isEqualTo(302);
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(uri(portB, "/api/v1/account"))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(ApiClient.ADMIN);

        // Five failed logins, alternating between the instances, lock the account on both.
        int created = apiA.send("POST", "/api/v1/admin/users", "{ \"username\": \"hai-may.11\", \"password\": \"" + PASSWORD
                + "\", \"role\": \"province\", \"province\": \"" + PROVINCE + "\" }").statusCode();
        assertThat(created).isIn(201, 422);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = new ApiClient(i % 2 == 0 ? portA : portB, "hai-may.11", "sai-" + i)
                    .send("GET", "/api/v1/account", null, "X-Forwarded-For", "203.0.113.77");
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = new ApiClient(portA, "hai-may.11", PASSWORD)
                .send("GET", "/api/v1/account", null, "X-Forwarded-For", "203.0.113.78");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(json(locked).path("detail").asString()).contains("phút");
    }

    private interface Check {
        boolean done(JsonNode progress);
    }

    private static JsonNode await(ApiClient api, String location, Check check, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        JsonNode progress = json(api.get(location));
        while (!check.done(progress)) {
            assertThat(Instant.now()).as("batch %s within %s: %s", location, within, progress).isBefore(deadline);
            Thread.sleep(50);
            progress = json(api.get(location));
        }
        return progress;
    }

    private static List<String> communes(String url) throws Exception {
        try (var c = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"));
             var s = c.prepareStatement("select code from commune where province_code = ? order by code")) {
            s.setString(1, PROVINCE);
            List<String> codes = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        }
    }

    /**
     * An instance as a child JVM on the test class path, with a heartbeat short enough for a quick takeover. It
     * honours X-Forwarded-For, as behind the proxy: the failed logins then count against the addresses they name,
     * not against the loopback address, which would stay refused for the lockout's 15 minutes to every test after
     * this one on the same database.
     */
    private Process start(String url, int port, String name) throws IOException {
        return instances.start(List.of(ChildInstances.java(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "vn.vanban.VanbanApplication",
                "--server.port=" + port, "--spring.datasource.url=" + url, "--server.forward-headers-strategy=native",
                "--spring.datasource.username=" + System.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + System.getProperty("spring.datasource.password"),
                "--vanban.warm-up=false", "--vanban.demo.enabled=false",
                "--vanban.jobs.heartbeat=1s", "--vanban.jobs.missed-heartbeats=4", "--vanban.jobs.polling-interval=500ms"),
                Path.of("."), dir.resolve("instance-" + name + ".log"));
    }

    private void awaitHealthy(int port, Process process) throws Exception {
        // Generous: two JVMs starting at once on a CI machine that is busy with the rest of the build.
        instances.awaitOk(port, "/actuator/health", process, Duration.ofMinutes(5), dir);
    }

    private static URI uri(int port, String path) {
        return ChildInstances.uri(port, path);
    }

    private static int freePort() throws IOException {
        return ChildInstances.freePort();
    }
}
