package vn.vanban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The commune-team decision over HTTP from the jar, warm, over keep-alive: the median of one client,
 * then the throughput of two; then a last one-client loop, recorded with JFR (profile settings) and summarised by stage.
 */
final class HttpFigures {

    /**
     * Warm-up by time, not by count: the service's C2 compiler was seen still busy (40 % of a core) two
     * minutes into a loop of requests, and a thousand requests of each format is about fifteen seconds.
     */
    static final int WARM_UP_SECONDS = 90;
    static final int ONE_CLIENT = 1000;
    static final int THROUGHPUT_SECONDS = 10;

    /** What the ratios need: the one-client medians. */
    record Medians(double pdfMs, double docxMs) {
    }

    private Medians medians;

    Medians medians() {
        return medians;
    }

    String measure(Path jar, Path work, PrintStream out) throws Exception {
        byte[] body = Files.readAllBytes(Path.of("templates", StageProfile.TEMPLATE, "example.json"));
        StringBuilder md = new StringBuilder();
        try (ServiceUnderLoad service = ServiceUnderLoad.start(jar, work, body)) {
            ServiceUnderLoad.Client client = service.client();
            long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
            int warmUps = 0;
            while (System.nanoTime() < warmUntil) {
                client.render(true);
                client.render(false);
                warmUps++;
            }
            String load = Load.now();
            Stopwatch pdf = oneClient(client, true);
            Stopwatch docx = oneClient(client, false);
            medians = new Medians(pdf.medianMs(), docx.medianMs());
            out.println("HTTP one client: PDF " + pdf.medianMs() + " ms, DOCX " + docx.medianMs() + " ms");
            md.append("### Over HTTP: the jar, warm, keep-alive (").append(WARM_UP_SECONDS).append(" s of warm-up: ").append(warmUps)
                    .append(" requests of each format)\n\n")
                    .append("One client, ").append(ONE_CLIENT).append(" requests of each format in turn; load average before: ")
                    .append(load).append("; after: ").append(Load.now()).append(".\n\n")
                    .append("| format | median ms | p95 ms | target |\n|---|---|---|---|\n")
                    .append(String.format(Locale.ROOT, "| PDF | %.2f | %.2f | ≤ 10 ms |%n", pdf.medianMs(), pdf.percentileMs(95)))
                    .append(String.format(Locale.ROOT, "| DOCX | %.2f | %.2f | ≤ 3 ms |%n%n", docx.medianMs(), docx.percentileMs(95)));
            md.append("Two clients, each its own connection, ").append(THROUGHPUT_SECONDS).append(" s per format; load average before: ")
                    .append(Load.now()).append(".\n\n| format | documents | documents/s | service CPU ms per document | clients' CPU ms per document "
                            + "| documents/s two cores could give at these costs | target |\n|---|---|---|---|---|---|---|\n");
            md.append(throughput(service, true, "≥ 200/s", out));
            md.append(throughput(service, false, "≥ 1,000/s", out));
            md.append("\nLoad average after: ").append(Load.now()).append(".\n\n");
            // The profile is taken last, over a loop of its own: a recording at this stack depth slows the
            // requests it samples, and the service ran the two-client loops slower after one than before it.
            Path recording = work.resolve("http-loop.jfr");
            jcmd(service.pid(), "JFR.start", "name=render-loop", "settings=profile");
            oneClient(client, true);
            oneClient(client, false);
            jcmd(service.pid(), "JFR.stop", "name=render-loop", "filename=" + recording.toAbsolutePath());
            md.append("JFR (`settings=profile`) of a last one-client loop, after the timed ones,, execution samples by stage ")
                    .append("(the stage nearest the top of each sample's stack; packages of the top frame):\n\n")
                    .append(JfrStages.summary(recording)).append('\n');
        }
        return md.toString();
    }

    private static double clientCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static Stopwatch oneClient(ServiceUnderLoad.Client client, boolean pdf) throws IOException, InterruptedException {
        Stopwatch sw = new Stopwatch(ONE_CLIENT);
        for (int i = 0; i < ONE_CLIENT; i++) {
            long start = System.nanoTime();
            client.render(pdf);
            sw.add(System.nanoTime() - start);
        }
        return sw;
    }

    private static String throughput(ServiceUnderLoad service, boolean pdf, String target, PrintStream out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> counts = new ArrayList<>();
        // CPU seconds of the service and of this JVM (the two clients) over the run: what a document costs
        // each side, which is what bounds the rate on two cores.
        double serviceCpu = StartupProbe.cpuSeconds(service.pid());
        double clientCpu = clientCpuSeconds();
        long start = System.nanoTime();
        for (int c = 0; c < 2; c++) {
            ServiceUnderLoad.Client client = service.client();
            counts.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    client.render(pdf);
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(THROUGHPUT_SECONDS));
        stop.set(true);
        int total = 0;
        for (Future<Integer> f : counts) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double serviceMs = (StartupProbe.cpuSeconds(service.pid()) - serviceCpu) * 1000 / total;
        double clientMs = (clientCpuSeconds() - clientCpu) * 1000 / total;
        pool.shutdown();
        out.println("HTTP two clients " + (pdf ? "PDF " : "DOCX ") + total / seconds + "/s");
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.0f | %s |%n", pdf ? "PDF" : "DOCX", total,
                total / seconds, serviceMs, clientMs, 2000 / (serviceMs + clientMs), target);
    }

    private static void jcmd(long pid, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("jcmd " + String.join(" ", args) + ": " + said);
        }
    }
}
