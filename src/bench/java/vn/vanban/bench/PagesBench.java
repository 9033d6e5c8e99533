package vn.vanban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Bench bench-pages --jar target/vanban.jar [--out file.md]}: the server time of every browser
 * page on the demo data. The jar is started with a new in-memory database (so the demo communes and
 * accounts are loaded), each page is asked for {@value #WARM_UP} times, then {@value #TIMED} times timed
 * at the client over loopback on one connection (so each figure is the server's time plus one local
 * round trip); then the page images of decision drafts, each with a new content so that none comes from
 * the cache: the decision page and all its images, as a person opening a draft waits for them.
 */
final class PagesBench {

    static final String COMMAND = "bench-pages";
    private static final int WARM_UP = 20;
    private static final int TIMED = 50;
    private static final String DEMO_PASSWORD = "vanban-demo-2025";
    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final Pattern IMAGE = Pattern.compile("src=\"(/previews/[0-9a-f]{64}/\\d+\\.png)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private PagesBench(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static int run(String[] args, PrintStream out) throws Exception {
        Path jar = Path.of("target/vanban.jar");
        Path target = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--out" -> target = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String md = measure(jar, out);
        if (target != null) {
            Files.writeString(target, md, StandardCharsets.UTF_8);
        }
        out.println(md);
        return 0;
    }

    /** Starts the jar on the demo data, measures, stops it; the Markdown section. */
    static String measure(Path jar, PrintStream out) throws Exception {
        int port = 18093;
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--vanban.security.bootstrap-admin.username=bench-admin",
                "--vanban.security.bootstrap-admin.password=" + ADMIN_PASSWORD)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            PagesBench bench = new PagesBench(port);
            bench.awaitStart();
            return bench.pages(out) + "\n" + bench.pageImages(out);
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private void awaitStart() throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 120_000_000_000L) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the service did not start within 120 s");
    }

    /** Every page, as the account that uses it; a page that does not answer 200 is reported, not timed. */
    private String pages(PrintStream out) throws Exception {
        long draft = draft("16177", "Bench");
        long batch = batch();
        List<String[]> pages = List.of(
                new String[] {"canbo.16177", "/communes/16177"},
                new String[] {"canbo.16177", "/communes/16177/profile"},
                new String[] {"canbo.16177", "/communes/16177/villages"},
                new String[] {"canbo.16177", "/communes/16177/import"},
                new String[] {"canbo.16177", "/communes/16177/decisions/new"},
                new String[] {"canbo.16177", "/decisions/" + draft},
                new String[] {"vanthu.16177", "/communes/16177/register"},
                new String[] {"so.38", "/provinces/38"},
                new String[] {"so.38", "/provinces/38?q=xuan+binh"},
                new String[] {"so.38", "/provinces/38/member-list"},
                new String[] {"so.38", "/provinces/38/summary-letter"},
                new String[] {"so.38", "/provinces/38/batches"},
                new String[] {"so.38", "/batches/" + batch},
                new String[] {"admin", "/admin/accounts"},
                new String[] {"admin", "/admin/keys"},
                new String[] {"admin", "/admin/audit"});
        StringBuilder md = new StringBuilder("## Browser pages, server time on the demo data\n\n")
                .append("Measured on ").append(LocalDate.now()).append(" (").append(MachineInfo.describe()).append("): ")
                .append(WARM_UP).append(" requests of warm-up, then ").append(TIMED)
                .append(" timed at the client over loopback, one connection, signed in with HTTP Basic.\n\n")
                .append("| page | account | bytes | median ms | p95 ms |\n|---|---|---|---|---|\n");
        for (String[] page : pages) {
            String who = page[0].equals("admin") ? "admin" : page[0];
            String auth = page[0].equals("admin") ? adminAuthorization() : basic(page[0], DEMO_PASSWORD);
            HttpResponse<byte[]> first = get(page[1], auth);
            if (first.statusCode() != 200) {
                md.append("| `").append(page[1]).append("` | ").append(who).append(" | – | answered ")
                        .append(first.statusCode()).append(" | – |\n");
                continue;
            }
            for (int i = 0; i < WARM_UP; i++) {
                get(page[1], auth);
            }
            Stopwatch sw = new Stopwatch(TIMED);
            for (int i = 0; i < TIMED; i++) {
                long start = System.nanoTime();
                get(page[1], auth);
                sw.add(System.nanoTime() - start);
            }
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %.1f | %.1f |%n", page[1], who, first.body().length,
                    sw.medianMs(), sw.percentileMs(95)));
            out.println(page[1] + " median " + sw.medianMs() + " ms");
        }
        return md.toString();
    }

    /** A new draft each time (its subject differs), its page, then each of its images in turn. */
    private String pageImages(PrintStream out) throws Exception {
        int runs = 10;
        Stopwatch sw = new Stopwatch(runs);
        int pages = 0;
        String auth = basic("canbo.16177", DEMO_PASSWORD);
        for (int i = 0; i < runs; i++) {
            long id = draft("16177", "Bench " + i);
            long start = System.nanoTime();
            String html = new String(get("/decisions/" + id, auth).body(), StandardCharsets.UTF_8);
            Matcher m = IMAGE.matcher(html);
            pages = 0;
            while (m.find()) {
                HttpResponse<byte[]> image = get(m.group(1), auth);
                if (image.statusCode() != 200) {
                    throw new IllegalStateException(m.group(1) + " answered " + image.statusCode());
                }
                pages++;
            }
            sw.add(System.nanoTime() - start);
        }
        out.println("page images median " + sw.medianMs() + " ms");
        return String.format(Locale.ROOT, "Page images of a decision draft (village teams of Xuân Bình, %d pages), a new "
                + "draft each time: the decision page and all its images fetched one after another, %d runs: median "
                + "%.0f ms, p95 %.0f ms.%n", pages, runs, sw.medianMs(), sw.percentileMs(95));
    }

    /** A founding draft of the village teams without a decision, or, when every one has one, their kiện toàn. */
    private long draft(String commune, String subject) throws Exception {
        HttpResponse<String> made = draft(commune, "village-teams", "thành lập", subject);
        if (made.statusCode() == 422) {
            made = draft(commune, "reconstitute", "kiện toàn", subject);
        }
        if (made.statusCode() != 201) {
            throw new IllegalStateException("draft: " + made.statusCode() + " " + made.body());
        }
        Matcher m = ID.matcher(made.body());
        m.find();
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> draft(String commune, String kind, String verb, String subject) throws Exception {
        String body = "{\"kind\": \"" + kind + "\", \"subject\": \"Về việc " + verb + " các Tổ công nghệ số cộng đồng (" + subject + ")\"}";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/communes/" + commune + "/decisions"))
                .header("Authorization", basic("canbo." + commune, DEMO_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long batch() throws Exception {
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/batches"))
                .header("Authorization", basic("so.38", DEMO_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"province\": \"38\", \"kind\": \"member-list\", \"format\": \"pdf\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(made.body());
        if (!m.find()) {
            throw new IllegalStateException("batch: " + made.statusCode() + " " + made.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** The jar is started with this admin, so that the bench need not read a generated password from its log. */
    private static String adminAuthorization() {
        return basic("bench-admin", ADMIN_PASSWORD);
    }

    private HttpResponse<byte[]> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
