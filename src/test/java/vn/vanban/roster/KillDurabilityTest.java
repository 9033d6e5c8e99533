package vn.vanban.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import vn.vanban.api.ApiClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change the API answered 200 for, and a batch it answered 202 for, are on disk: the service is killed with SIGKILL right after the
 * answer (no shutdown hook runs, H2 closes nothing) and started again on the same database file.
 */
@Tag("slow")
class KillDurabilityTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Communes of Vĩnh Long besides Giao Long, for the batch. */
    private static final List<String> OTHER_COMMUNES = List.of("28756", "28777", "28783", "28789", "28810");

    @TempDir
    Path dir;

    @Test
    void aCommittedRosterAndAnUnfinishedBatchSurviveKillMinus9() throws Exception {
        String db = shippedDatabaseUrl().replace("./data/vanban", dir.resolve("vanban").toAbsolutePath().toString());
        int port = freePort();
        String body = """
                { "profile": { "issuerName": "ỦY BAN NHÂN DÂN XÃ GIAO LONG", "place": "Giao Long" },
                  "villages": [ { "key": "giao-hoa-a", "kind": "ấp", "name": "Giao Hòa A", "active": true } ],
                  "teams": [ { "key": "to-a", "level": "village", "name": "Tổ công nghệ số cộng đồng ấp Giao Hòa A",
                               "villageKey": "giao-hoa-a",
                               "members": [ { "role": "leader", "person": { "fullName": "Nguyễn Văn Tâm", "phone": "0918234567" } } ] } ] }
                """;

        Process first = start(db, port);
        String etag;
        String batchLocation;
        try {
            awaitHealthy(port, first);
            // Several commits in a row, then the kill at once: the last one is the one a delayed write loses.
            etag = null;
            for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn Tâm")) {
                HttpResponse<String> put = http.send(signedIn(uri(port, "/api/v1/communes/28807/roster"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body.replace("Nguyễn Văn Tâm", name))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
                etag = put.headers().firstValue("ETag").orElseThrow();
            }
            for (String other : OTHER_COMMUNES) {
                assertThat(send(port, "PUT", "/api/v1/communes/" + other + "/roster", body).statusCode()).isEqualTo(200);
            }
            // A batch over the six communes, then the kill: it is queued or half done, never finished yet.
            HttpResponse<String> batch = send(port, "POST", "/api/v1/batches",
                    "{ \"province\": \"86\", \"kind\": \"member-list\", \"format\": \"pdf\" }");
            assertThat(batch.statusCode()).as(batch.body()).isEqualTo(202);
            batchLocation = batch.headers().firstValue("Location").orElseThrow();
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Process second = start(db, port);
        try {
            awaitHealthy(port, second);
            HttpResponse<String> get = http.send(signedIn(uri(port, "/api/v1/communes/28807/roster")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("ETag")).contains(etag);
            assertThat(get.body()).contains("Nguyễn Văn Tâm").contains("+84918234567").contains("Giao Hòa A");

            // The batch the kill interrupted is taken up again and finishes every commune.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            String status = "";
            while (!status.contains("\"status\":\"DONE\"") && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                status = send(port, "GET", batchLocation, null).body();
            }
            assertThat(status).contains("\"status\":\"DONE\"").contains("\"total\":6").contains("\"done\":6");
        } finally {
            second.destroyForcibly();
            second.waitFor();
        }
    }

    /** The embedded database exactly as the service ships it, so that its settings are what is tested. */
    private static String shippedDatabaseUrl() throws IOException {
        Properties shipped = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            shipped.load(in);
        }
        String url = shipped.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/vanban");
        return url;
    }

    private Process start(String db, int port) throws IOException {
        Path log = dir.resolve("service-" + Instant.now().toEpochMilli() + ".log");
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.vanban.VanbanApplication",
                "--server.port=" + port, "--spring.datasource.url=" + db, "--vanban.warm-up=false",
                "--vanban.demo.enabled=false"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitHealthy(int port, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("service process exited early; see its log in " + dir).isTrue();
            try {
                HttpResponse<String> r = http.send(signedIn(uri(port, "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service did not become healthy within 2 minutes; log in " + dir + ": "
                + Files.list(dir).toList());
    }

    /** The forked service reads the tests' properties (classpath:config/), so its admin is the tests' admin. */
    private static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", ApiClient.basic(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
    }

    private HttpResponse<String> send(int port, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = signedIn(uri(port, path));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
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
