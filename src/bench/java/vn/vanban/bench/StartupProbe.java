package vn.vanban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The service started as a child process and timed to its first commune-team decision PDF, in each way it
 * can be started: the plain jar ({@code target/vanban.jar}: flat, with Spring AOT), the same with a
 * class-data-sharing archive trained as {@code bin/build-cds.sh} does, the container's way (Spring Boot's jar
 * {@code target/vanban-boot.jar} extracted into its layers, AOT and an archive, as the Dockerfile starts it),
 * and, for comparison, Spring Boot's jar started as it is, without AOT: the plain jar before it was made flat.
 * Each way on an existing H2 database twice: once asking for the document as soon as the port answers, once
 * only after readiness is UP, so that the first request's own latency is seen in both cases; the plain jar
 * also on a new database (demo data on, as a first start).
 * <p>
 * Wall-clock seconds depend on what else the machine runs, so every line also gives the CPU seconds (user and
 * system, from {@code /proc/<pid>/stat}) the process had used when its first document arrived, and the load
 * average when it was started.
 * <p>
 * {@code ./mvnw -Pbench exec:exec -Dbench.args="startup"} (9 starts and two training runs: about 2 min 30 s on
 * a quiet machine); {@code --jar} and {@code --work} to change where from.
 */
final class StartupProbe {

    static final String COMMAND = "startup";

    private static final int PORT = 18087;
    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** Linux's USER_HZ, the unit of /proc/<pid>/stat's times (getconf CLK_TCK). */
    private static final long CLOCK_TICKS = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String body;
    private final PrintStream out;

    /** One start: seconds from the process's start, CPU seconds of the process, and the first request's time. */
    record Run(String how, String database, String order, double portSeconds, double documentSeconds,
               double documentRequestMs, double cpuAtDocument, double readySeconds, double cpuAtReady, String load) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | **%.2f** | %.0f | %.1f | %.2f | %.1f | %s |",
                    how, database, order, portSeconds, documentSeconds, documentRequestMs, cpuAtDocument, readySeconds,
                    cpuAtReady, load);
        }
    }

    private StartupProbe(String body, PrintStream out) {
        this.body = body;
        this.out = out;
    }

    static int run(String[] args, PrintStream out) throws Exception {
        Path jar = Path.of("target/vanban.jar");
        Path work = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        out.println(markdown(jar, work == null ? Files.createTempDirectory("vanban-startup") : work, out));
        return 0;
    }

    /** The section of BENCHMARKS.md: every way of starting, with the machine it ran on. */
    static String markdown(Path jar, Path work, PrintStream out) throws Exception {
        StartupProbe probe = new StartupProbe(Files.readString(Path.of("templates/commune-team-decision/example.json")), out);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Run> runs = new ArrayList<>();
        Path bootJar = jar.resolveSibling("vanban-boot.jar");
        Path extracted = work.resolve("extracted");
        extract(java, bootJar, extracted);
        String flat = jar.toAbsolutePath().toString();
        String layered = extracted.resolve("vanban.jar").toAbsolutePath().toString();
        // The new database once (the plain jar); the other ways start on a copy of the database it left, since
        // the migrations and the demo data cost the same whichever way the service starts.
        Path plainDir = work.resolve("plain");
        Path data = plainDir.resolve("data");
        runs.addAll(probe.runs("plain jar (flat, AOT)", List.of(java, "-jar", flat), plainDir, null));
        // Each archive is trained by the same absolute path its runs use: Java 17 records the class path as it
        // was given and maps nothing when a start names the jar otherwise (silently: -Xlog:cds tells).
        Path flatArchive = work.resolve("flat.jsa").toAbsolutePath();
        train(List.of(java, "-XX:ArchiveClassesAtExit=" + flatArchive), List.of("-jar", flat), flatArchive);
        runs.addAll(probe.runs("plain jar + CDS archive", List.of(java, "-XX:SharedArchiveFile=" + flatArchive, "-jar", flat),
                work.resolve("flat-cds"), data));
        Path layeredArchive = extracted.resolve("vanban.jsa").toAbsolutePath();
        train(List.of(java, "-XX:ArchiveClassesAtExit=" + layeredArchive, "-Dspring.aot.enabled=true"), List.of("-jar", layered),
                layeredArchive);
        runs.addAll(probe.runs("container: Boot jar's layers + AOT + CDS archive", List.of(java,
                "-XX:SharedArchiveFile=" + layeredArchive, "-Dspring.aot.enabled=true", "-jar", layered), work.resolve("layered-cds"), data));
        runs.addAll(probe.runs("before: Boot jar (nested jars), no AOT", List.of(java, "-jar", bootJar.toAbsolutePath().toString()),
                work.resolve("boot"), data));
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(MachineInfo.describe()).append("; ").append(Instant.now()).append(".\n\n");
        md.append("| how | database | first request | port answers, s | first document, s | its request, ms "
                + "| CPU s at first document | readiness UP, s | CPU s at readiness | load avg at start |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        runs.forEach(r -> md.append(r.row()).append('\n'));
        return md.toString();
    }

    /**
     * On a new database when {@code database} is null (document as soon as the port answers), else on a copy of
     * it; then on the database that start left, in both orders.
     */
    private List<Run> runs(String how, List<String> command, Path dir, Path database) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(dir);
        try (var old = Files.walk(data)) {
            old.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (NoSuchFileException nothingYet) {
            // a first run in this folder
        }
        List<Run> runs = new ArrayList<>();
        if (database == null) {
            runs.add(start(how, command, dir, "new (demo data)", false));
        } else {
            Files.createDirectories(data);
            try (var files = Files.list(database)) {
                for (Path f : files.toList()) {
                    Files.copy(f, data.resolve(f.getFileName()));
                }
            }
        }
        runs.add(start(how, command, dir, "existing", false));
        runs.add(start(how, command, dir, "existing", true));
        return runs;
    }

    private Run start(String how, List<String> command, Path dir, String database, boolean readinessFirst) throws Exception {
        List<String> cmd = new ArrayList<>(command);
        cmd.add("--server.port=" + PORT);
        // The template route needs an account or key unless anonymous rendering is on.
        cmd.add("--vanban.security.anonymous-render=true");
        String load = Load.oneMinute();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("service.log").toFile()).start();
        try {
            double port = -1;
            double document = -1;
            double requestMs = -1;
            double cpuAtDocument = -1;
            double ready = -1;
            double cpuAtReady = -1;
            int lastStatus = 0;
            while (document < 0 || ready < 0) {
                if (System.nanoTime() - start > LIMIT.toNanos() || !p.isAlive()) {
                    throw new IllegalStateException(how + ": no document and readiness within " + LIMIT + " (last answer "
                            + lastStatus + "); log in " + dir.resolve("service.log"));
                }
                try {
                    if (ready < 0 && (readinessFirst || document >= 0)) {
                        int status = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        port = port < 0 ? seconds(start) : port;
                        if (status == 200) {
                            ready = seconds(start);
                            cpuAtReady = cpuSeconds(p.pid());
                        } else {
                            Thread.sleep(50);
                        }
                        continue;
                    }
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri("/api/v1/templates/commune-team-decision/pdf"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    port = port < 0 ? (sent - start) / 1e9 : port;
                    lastStatus = r.statusCode();
                    if (lastStatus == 200) {
                        document = seconds(start);
                        requestMs = (System.nanoTime() - sent) / 1e6;
                        cpuAtDocument = cpuSeconds(p.pid());
                    } else {
                        Thread.sleep(50);
                    }
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            Run run = new Run(how, database, readinessFirst ? "after readiness" : "as soon as the port answers", port,
                    document, requestMs, cpuAtDocument, ready, cpuAtReady, load);
            out.println(run.row());
            return run;
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** What bin/build-cds.sh does: one start up to the refreshed context, its classes archived at exit. */
    private static void train(List<String> jvm, List<String> jar, Path archive) throws Exception {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("-Dspring.context.exit=onRefresh", "-Dspring.datasource.url=jdbc:h2:mem:cds-training"));
        command.addAll(jar);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("could not build the class-data-sharing archive " + archive);
        }
    }

    private static void extract(String java, Path jar, Path destination) throws Exception {
        Process p = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                "--application-filename", "vanban.jar", "--destination", destination.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not extract " + jar);
        }
    }

    /** User plus system time of a process: fields 14 and 15 of /proc/<pid>/stat, after the command's parentheses. */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + PORT + path);
    }
}
