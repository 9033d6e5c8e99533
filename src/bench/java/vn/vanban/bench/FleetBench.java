package vn.vanban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import vn.vanban.api.ApiClient;
import vn.vanban.api.RosterJson;
import vn.vanban.render.OutputFormat;

/**
 * Capacity as a fleet (issue 13): the service's jar started on PostgreSQL, the rosters of whole provinces
 * loaded through the API, and province batches of commune-team decisions (PDF) timed from their submission
 * to DONE, first on one instance, then on two instances sharing the batch engine (two batches at once, one
 * submitted through each; db-scheduler gives each to one instance). Memory per instance after each part:
 * resident set (VmRSS, and its peak VmHWM) and the heap a full collection leaves ({@code jcmd GC.run}, then
 * {@code jstat -gc}). Then the national consolidated list (~170,000 members) in each format in a child JVM
 * capped at -Xmx256m ({@code bench-list}), and the national batch (3,321 communes) extrapolated from the
 * measured rate, labelled as such.
 * <p>
 * {@code pg_ctlcluster 15 main start}, a database of its own that this bench empties first
 * ({@code createdb -O vanban vanban_bench}), then
 * {@code ./mvnw -Pbench exec:exec -Dbench.args="fleet --url jdbc:postgresql://127.0.0.1:5432/vanban_bench"}.
 */
final class FleetBench {

    static final String COMMAND = "fleet";

    private static final int NATIONAL_COMMUNES = 3_321;
    private static final int NATIONAL_MEMBERS = 170_000;
    private static final String HEAP = "-Xmx512m";
    private static final Duration LIMIT = Duration.ofMinutes(4);

    private final String url;
    private final String user;
    private final String password;
    private final Path work;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();

    private FleetBench(String url, String user, String password, Path work, PrintStream out) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.work = work;
        this.out = out;
    }

    /** One batch timed: its communes, from submission to DONE. */
    record Timed(String province, int communes, double seconds) {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/vanban_bench";
        String user = "vanban";
        String password = "vanban";
        Path jar = Path.of("target/vanban.jar");
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--password" -> password = args[i + 1];
                case "--jar" -> jar = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        FleetBench bench = new FleetBench(url, user, password, Files.createTempDirectory("vanban-fleet"), out);
        try {
            out.println(bench.measure(jar));
        } finally {
            bench.stopAll();
        }
        return 0;
    }

    private String measure(Path jar) throws Exception {
        emptyDatabase();
        int portA = 18191;
        int portB = 18192;
        Process a = start(jar, portA, "a");
        awaitReady(portA, a);
        ApiClient apiA = new ApiClient(portA);
        List<String> provinces = largestProvinces(3);
        Map<String, List<String>> communes = new LinkedHashMap<>();
        for (String province : provinces) {
            communes.put(province, communesOf(province));
        }
        Instant loading = Instant.now();
        int rosters = 0;
        for (List<String> codes : communes.values()) {
            for (String code : codes) {
                HttpResponse<String> put = apiA.send("PUT", "/api/v1/communes/" + code + "/roster",
                        RosterJson.roster(2, "ỦY BAN NHÂN DÂN XÃ ĐO TẢI"));
                if (put.statusCode() != 200) {
                    throw new IllegalStateException("roster " + code + ": " + put.statusCode() + " " + put.body());
                }
                rosters++;
            }
        }
        double loadSeconds = Duration.between(loading, Instant.now()).toMillis() / 1000.0;
        out.println("rosters " + rosters + " in " + loadSeconds + " s");

        // One instance: the largest province.
        String first = provinces.get(0);
        Timed one = time(List.of(apiA), List.of(first), communes).get(0);
        String memoryOne = memory("one instance, after its batch", a);

        // Two instances on the same engine: two provinces at once, one submitted through each.
        Process b = start(jar, portB, "b");
        awaitReady(portB, b);
        ApiClient apiB = new ApiClient(portB);
        Instant both = Instant.now();
        List<Timed> two = time(List.of(apiA, apiB), provinces.subList(1, 3), communes);
        double twoSeconds = Duration.between(both, Instant.now()).toMillis() / 1000.0;
        int twoCommunes = two.stream().mapToInt(Timed::communes).sum();
        String memoryTwo = memory("instance A, after the two batches", a) + memory("instance B, after the two batches", b);

        double rateOne = one.communes() / one.seconds();
        double rateTwo = twoCommunes / twoSeconds;
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(MachineInfo.describe()).append("; ").append(Instant.now()).append("; load average at the end ")
                .append(Load.oneMinute()).append(".\n\n");
        md.append(String.format(Locale.ROOT, "Rosters loaded through the API (`PUT …/roster`, a commune team and two village "
                + "teams of five each): %d in %.1f s (%.0f/s).%n%n", rosters, loadSeconds, rosters / loadSeconds));
        md.append("| batch (commune-team decision, PDF, one per commune) | instances | communes | seconds | decisions/s |\n|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| province %s | 1 | %d | %.1f | **%.1f** |%n", one.province(), one.communes(),
                one.seconds(), rateOne));
        for (Timed t : two) {
            md.append(String.format(Locale.ROOT, "| province %s, beside the other | 2 | %d | %.1f | %.1f |%n", t.province(),
                    t.communes(), t.seconds(), t.communes() / t.seconds()));
        }
        md.append(String.format(Locale.ROOT, "| both together | 2 | %d | %.1f | **%.1f** |%n%n", twoCommunes, twoSeconds, rateTwo));
        md.append("| memory (`").append(HEAP).append("`) | resident now, MiB | resident peak, MiB | heap after a full GC, MiB |\n|---|---|---|---|\n")
                .append(memoryOne).append(memoryTwo).append('\n');
        md.append(nationalLists());
        md.append(String.format(Locale.ROOT, "%nNational batch (%,d communes), **extrapolated** from the measured rates, "
                + "not run: one batch is worked by one instance, so one national batch takes %.0f s (%.1f min) at "
                + "%.1f decisions/s; two instances work two batches at once, so the country submitted as two batches "
                + "(by province) takes %.0f s (%.1f min) at %.1f decisions/s together.%n", NATIONAL_COMMUNES,
                NATIONAL_COMMUNES / rateOne, NATIONAL_COMMUNES / rateOne / 60, rateOne, NATIONAL_COMMUNES / rateTwo,
                NATIONAL_COMMUNES / rateTwo / 60, rateTwo));
        return md.toString();
    }

    /** Submits one batch per province, each through its client, and waits for all of them to be DONE. */
    private List<Timed> time(List<ApiClient> clients, List<String> provinces, Map<String, List<String>> communes) throws Exception {
        List<String> locations = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            starts.add(Instant.now());
            HttpResponse<String> started = clients.get(i).send("POST", "/api/v1/batches", "{ \"province\": \""
                    + provinces.get(i) + "\", \"kind\": \"commune-team-decision\", \"format\": \"" + OutputFormat.PDF.extension() + "\" }");
            if (started.statusCode() != 202) {
                throw new IllegalStateException("batch " + provinces.get(i) + ": " + started.statusCode() + " " + started.body());
            }
            locations.add(started.headers().firstValue("Location").orElseThrow());
        }
        List<Timed> timed = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            Instant deadline = Instant.now().plus(LIMIT);
            JsonNode progress;
            do {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("batch " + locations.get(i) + " not done within " + LIMIT);
                }
                Thread.sleep(100);
                progress = ApiClient.json(clients.get(i).get(locations.get(i)));
            } while (!"DONE".equals(progress.path("status").asString()));
            if (progress.path("failed").asInt() != 0 || progress.path("done").asInt() != communes.get(provinces.get(i)).size()) {
                throw new IllegalStateException("batch " + locations.get(i) + " did not make every commune: " + progress);
            }
            // The batch's own finish time would exclude the polling; the client's clock includes it (at most 100 ms).
            timed.add(new Timed(provinces.get(i), progress.path("done").asInt(),
                    Duration.between(starts.get(i), Instant.now()).toMillis() / 1000.0));
            out.println("batch " + provinces.get(i) + " " + timed.get(timed.size() - 1));
        }
        return timed;
    }

    /** The national consolidated list in each format, in a child JVM capped at -Xmx256m: one cold write each. */
    private String nationalLists() throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "National consolidated list, %,d members "
                + "(synthetic, `bench-list`), one write each in a child JVM capped at -Xmx%s, after one write to warm up:%n%n"
                + "| format | seconds | size, MiB | heap after GC, MiB |%n|---|---|---|---|%n", NATIONAL_MEMBERS, LargeListBench.HEAP));
        for (OutputFormat format : OutputFormat.values()) {
            Path file = work.resolve("national." + format.extension());
            ChildJvm.Outcome o = ChildJvm.run(LargeListBench.HEAP, 10, work.resolve("national-" + format.extension() + ".log"),
                    LargeListRun.COMMAND, "--format", format.extension(), "--members", Integer.toString(NATIONAL_MEMBERS),
                    "--warm-up", "1", "--runs", "1", "--out", file.toString());
            out.println("national list " + format + " " + (o.ok() ? o.values() : o.failure()));
            md.append(o.ok()
                    ? String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f |%n", format.extension(), o.number("median-ms") / 1000,
                            o.number("bytes") / 1048576.0, o.number("after-gc-mib"))
                    : String.format(Locale.ROOT, "| %s | %s | | |%n", format.extension(), o.failure()));
        }
        return md.toString();
    }

    private String memory(String what, Process p) throws Exception {
        String status = Files.readString(Path.of("/proc/" + p.pid() + "/status"));
        double rss = kib(status, "VmRSS:") / 1024.0;
        double hwm = kib(status, "VmHWM:") / 1024.0;
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        command(jcmd, Long.toString(p.pid()), "GC.run");
        List<String> gc = command(jstat, "-gc", Long.toString(p.pid())).lines().toList();
        String[] names = gc.get(0).trim().split("\\s+");
        String[] values = gc.get(1).trim().split("\\s+");
        double usedKib = 0;
        for (int i = 0; i < names.length; i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                usedKib += Double.parseDouble(values[i]);
            }
        }
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", what, rss, hwm, usedKib / 1024);
    }

    private static long kib(String status, String key) {
        return status.lines().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").strip())).orElse(0L);
    }

    private static String command(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(1, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
        return output;
    }

    /** The bench's own database, emptied so that every run starts from the migrations. */
    private void emptyDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    private List<String> largestProvinces(int count) throws Exception {
        return codes("select province_code from commune group by province_code order by count(*) desc, province_code limit ?", count);
    }

    private List<String> communesOf(String province) throws Exception {
        return codes("select code from commune where province_code = ? order by code", province);
    }

    /** The first column of a query with one parameter. */
    private List<String> codes(String sql, Object parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); var s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            List<String> codes = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        }
    }

    /** An instance of the jar as it is deployed (warm-up on), with the API clients' admin as its first admin. */
    private Process start(Path jar, int port, String name) throws IOException {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--vanban.security.bootstrap-admin.username=" + ApiClient.ADMIN,
                "--vanban.security.bootstrap-admin.password=" + ApiClient.ADMIN_PASSWORD,
                "--vanban.load.rate-limit.requests=100000"))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("instance-" + name + ".log").toFile())
                .start();
        processes.add(p);
        return p;
    }

    private void awaitReady(int port, Process process) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance on port " + port + " exited; its log is in " + work);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("instance on port " + port + " not ready within " + LIMIT + "; log in " + work);
    }

    private void stopAll() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
