package vn.vanban.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanban.api.ApiClient;

/**
 * The slow-client measurement of BENCHMARKS.md ("Slow clients"): 250 connections each send a request
 * body at one byte a second (a connection the server closes is opened again at once, so 250 stay open),
 * and meanwhile one ordinary client asks for the list of provinces four times a second. It prints the
 * latency figures and writes them to {@code target/slow-clients.txt}; it asserts only that every ordinary
 * request was answered, never a time. Run with the service's settings; with
 * {@code -Dvanban.load.max-concurrent-uploads=100000 -Dvanban.load.min-upload-rate=0} it shows the service
 * without the defence.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class SlowClientsTest {

    private static final int SLOW_CONNECTIONS = Integer.getInteger("slow.connections", 250);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("slow.seconds", 30));
    private static final String ADMIN = ApiClient.basic(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    @LocalServerPort
    int port;

    @Test
    void ordinaryRequestsAreServedWhile250ConnectionsTrickleTheirBodies() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // Once before: the first check of a password is the slow hash, then it is cached (README "Passwords and keys").
        assertThat(client.send(provinces(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        List<Trickle> slow = new ArrayList<>();
        for (int i = 0; i < SLOW_CONNECTIONS; i++) {
            slow.add(new Trickle(port));
        }
        Thread writer = new Thread(() -> trickle(slow), "one-byte-a-second");
        writer.setDaemon(true);
        writer.start();

        List<Long> millis = new ArrayList<>();
        int failed = 0;
        long end = System.nanoTime() + RUN.toNanos();
        Thread.sleep(2000);
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = client.send(provinces(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    failed++;
                }
            } catch (IOException e) {
                failed++;
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(250);
        }
        writer.interrupt();
        writer.join(5000);
        int reopened = slow.stream().mapToInt(t -> t.opened - 1).sum();
        for (Trickle t : slow) {
            t.close();
        }

        Collections.sort(millis);
        String report = String.format(Locale.ROOT, "slow connections %d for %d s, %d reopened after the server closed them; "
                        + "ordinary GETs %d, failed %d, over 1 s %d; latency ms: median %d, p95 %d, p99 %d, max %d%n",
                SLOW_CONNECTIONS, RUN.toSeconds(), reopened, millis.size(), failed, millis.stream().filter(m -> m > 1000).count(),
                pick(millis, 0.5), pick(millis, 0.95), pick(millis, 0.99), millis.get(millis.size() - 1));
        System.out.print(report);
        Files.writeString(Path.of("target/slow-clients.txt"), report);
        assertThat(failed).as("ordinary requests that were not answered 200").isZero();
    }

    private HttpRequest provinces() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/provinces"))
                .header("Authorization", ADMIN).timeout(Duration.ofSeconds(30)).build();
    }

    private static long pick(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    /** Every second, one more byte on every connection; a connection the server answered or closed is opened anew. */
    private static void trickle(List<Trickle> slow) {
        while (!Thread.currentThread().isInterrupted()) {
            long next = System.nanoTime() + 1_000_000_000L;
            for (Trickle t : slow) {
                t.oneByte();
            }
            try {
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A connection that announces a 100,000-byte body and sends it a byte at a time. */
    private static final class Trickle {
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;
        int opened;

        Trickle(int port) throws IOException {
            this.port = port;
            open();
        }

        private void open() throws IOException {
            opened++;
            socket = new Socket("127.0.0.1", port);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            out.write(("POST /api/v1/roster-checks HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void oneByte() {
            try {
                if (in.available() > 0) {
                    throw new IOException("answered");
                }
                out.write(' ');
                out.flush();
            } catch (IOException answeredOrClosed) {
                close();
                try {
                    open();
                } catch (IOException e) {
                    // The server is refusing connections for now; the next second tries again.
                }
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that is left to do.
            }
        }
    }
}
