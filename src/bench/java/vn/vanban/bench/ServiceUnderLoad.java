package vn.vanban.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service's jar in a child process of its own, on a free port with anonymous rendering, a rate limit
 * above what the bench sends and its own H2 database in a temporary folder, and HTTP clients that keep
 * their connection open.
 */
final class ServiceUnderLoad implements AutoCloseable {

    private final Process process;
    private final int port;
    private final byte[] body;

    private ServiceUnderLoad(Process process, int port, byte[] body) {
        this.process = process;
        this.port = port;
        this.body = body;
    }

    static ServiceUnderLoad start(Path jar, Path work, byte[] body) throws IOException, InterruptedException {
        int port = FreePort.any();
        Path data = Files.createDirectories(work.resolve("service-data"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Spring's filter chain is deeper than JFR's default 64 frames: without this a sample loses the
                // frames that tell which stage it belongs to.
                "-XX:FlightRecorderOptions:stackdepth=512", "-jar", jar.toString(), "--server.port=" + port, "--vanban.security.anonymous-render=true",
                // The limiter still counts every request; only its allowance is above what the bench sends.
                "--vanban.load.rate-limit.requests=1000000000",
                "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath().resolve("vanban")
                        + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile()).start();
        ServiceUnderLoad service = new ServiceUnderLoad(p, port, body);
        service.awaitReady();
        return service;
    }

    long pid() {
        return process.pid();
    }

    /** A client of its own: one connection, kept open between requests. */
    Client client() {
        return new Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    final class Client {

        private final HttpClient http;
        private final HttpRequest pdf;
        private final HttpRequest docx;

        private Client(HttpClient http) {
            this.http = http;
            this.pdf = request("pdf");
            this.docx = request("docx");
        }

        private HttpRequest request(String format) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/templates/"
                            + StageProfile.TEMPLATE + "/" + format))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        }

        /** One document; its size, after checking that the answer is the file. */
        int render(boolean asPdf) throws IOException, InterruptedException {
            HttpResponse<byte[]> r = http.send(asPdf ? pdf : docx, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length < 1000) {
                throw new IOException("answer " + r.statusCode() + " of " + r.body().length + " bytes");
            }
            return r.body().length;
        }
    }

    /** Waits for readiness (migrations, demo data and warm-up done) without rendering anything. */
    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the service stopped while starting, exit " + process.exitValue());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("the service was not ready within 180 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
