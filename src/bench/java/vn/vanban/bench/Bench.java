package vn.vanban.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.vanban.bench.poitl.PoiTlFiller;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.generation.RenderedFile;
import vn.vanban.limits.RequestLimits;
import vn.vanban.memberlist.StreamedMemberList;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;

/**
 * {@code Bench [--out BENCHMARKS.md] [--iterations N] [--jar target/vanban.jar]}, run by
 * {@code ./mvnw -Pbench exec:exec} (README "Benchmarks"): measures, in one run on this machine, the warm
 * latency of every template in both formats, the throughput with two threads, the time from starting
 * the service to its first document, a cold LibreOffice converting the same DOCX, the province lists in a JVM
 * capped at 256 MiB, and poi-tl filling equivalent DOCX templates; then writes the tables and the ratios
 * to a Markdown file. {@code Bench bench-list …} is one list in this JVM ({@link LargeListRun}), which is
 * how the bench starts its child JVMs; {@code Bench bench-render …} is the render path stage by stage
 * ({@link RenderBench}).
 */
public final class Bench {

    private static final int WARM_UP = 100;

    private static final String NOTES = """

            Notes on reading these numbers:

            - LibreOffice: a cold `soffice --convert-to` per document. LibreOffice kept running and driven over
              UNO, as Carbone or Gotenberg run it, is measured against the service over HTTP by `bench-render`
              (BENCHMARKS.md "Render path, stage by stage"), the only place that ratio comes from.
            - p95 includes garbage-collection pauses of a default heap; the JVM was not tuned.
            - Start-up includes the database migrations (on a new database: the 3,321 communes) and the
              warm-up (`vanban.warm-up=true`, every example rendered once in both formats before the first
              request). The benchmark starts the jar in the current folder, so its H2 database under
              `./data` may already exist.
            - Province lists: each in a child JVM started with `-Xmx256m -XX:+ExitOnOutOfMemoryError`; the rows
              are made as they are read (as from a database cursor), the timed writes go into a byte counter
              (the last one into a file, for the page count and LibreOffice). A list that ran out of memory
              would say so in the table.
            - poi-tl: the DOCX templates are built with Apache POI inside the bench (no binary file in the
              repository) and filled with texts that vanban has already made, so poi-tl is spared the data
              checks, numbering and wording that vanban's times include. Its list has no merged groups and
              keeps every row in memory before writing, which is how its table loop works. poi-tl and its POI
              are on the test class path of the `-Pbench` build only, never in `target/vanban.jar`.
            """;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        if (FleetBench.COMMAND.equals(command)) {
            System.exit(FleetBench.run(args, System.out));
        }
        if (StartupProbe.COMMAND.equals(command)) {
            System.exit(StartupProbe.run(args, System.out));
        }
        if (LargeListRun.COMMAND.equals(command)) {
            System.exit(LargeListRun.run(args, System.out));
        }
        if (RenderBench.COMMAND.equals(command)) {
            System.exit(RenderBench.run(args, System.out));
        }
        System.exit(PagesBench.COMMAND.equals(command) ? PagesBench.run(args, System.out) : run(args, System.out));
    }

    private static int run(String[] args, PrintStream out) throws Exception {
        Path target = Path.of("BENCHMARKS.md");
        int iterations = 300;
        Path jar = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> target = Path.of(args[i + 1]);
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--jar" -> jar = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DocumentService service = DocumentServices.create(Path.of("fonts"), Path.of("templates"), RequestLimits.defaults());
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        DocxTemplateFiller filler = new PoiTlFiller();
        md.append("Measured by `./mvnw -Pbench -DskipTests package exec:exec` on ").append(LocalDate.now()).append(".\n\n");
        md.append("Machine: ").append(MachineInfo.describe()).append(".\n\n");
        md.append("## One document, warm (").append(WARM_UP).append(" renders of warm-up, then ")
                .append(iterations).append(" timed, one thread)\n\n");
        md.append("| template | format | pages | size | median ms | p95 ms |\n|---|---|---|---|---|---|\n");
        Path work = Files.createTempDirectory("vanban-bench");
        List<Path> docxFiles = new ArrayList<>();
        Results results = new Results();
        for (TemplateDescriptor t : service.catalog().all()) {
            for (OutputFormat f : OutputFormat.DOCUMENTS) {
                for (int i = 0; i < WARM_UP; i++) {
                    service.render(t, t.example(), f);
                }
                Stopwatch sw = new Stopwatch(iterations);
                RenderedFile last = null;
                for (int i = 0; i < iterations; i++) {
                    long start = System.nanoTime();
                    last = service.render(t, t.example(), f);
                    sw.add(System.nanoTime() - start);
                }
                Path file = work.resolve(t.id() + "." + f.extension());
                Files.write(file, last.bytes());
                if (f == OutputFormat.DOCX) {
                    docxFiles.add(file);
                }
                if (t.id().equals("commune-team-decision")) {
                    if (f == OutputFormat.PDF) {
                        results.decisionPdfMs = sw.medianMs();
                    } else {
                        results.decisionDocxMs = sw.medianMs();
                    }
                }
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d KiB | %.2f | %.2f |%n", t.id(), f.extension(),
                        f == OutputFormat.PDF ? Integer.toString(pdfPages(last.bytes())) : "–",
                        last.bytes().length / 1024, sw.medianMs(), sw.percentileMs(95)));
                out.println(t.id() + " " + f + " median " + sw.medianMs() + " ms");
            }
        }
        md.append("\n").append(throughput(service, out)).append("\n");
        if (jar != null) {
            md.append("## Service start to first document\n\n`StartupProbe`: the service started, then the commune-team "
                    + "decision requested as PDF every 50 ms until it arrived (or first readiness, then the document).\n\n");
            md.append(StartupProbe.markdown(jar, work.resolve("startup"), out));
            md.append("\n");
        }
        md.append(libreOffice(docxFiles, work, out));
        md.append(TemplateFillerBench.decision(filler, service, WARM_UP, iterations, work, results, out));
        LargeListBench lists = new LargeListBench(work, out, results);
        md.append(lists.vanban());
        md.append(lists.poiTl(filler.name()));
        if (LibreOfficeTimer.available()) {
            md.append(lists.libreOffice(new StreamedMemberList(service)));
        }
        if (jar != null) {
            md.append(PagesBench.measure(jar, out)).append('\n');
        }
        md.append(results.ratios());
        md.append(NOTES);
        Files.writeString(target, md.toString(), StandardCharsets.UTF_8);
        out.println("Wrote " + target);
        return 0;
    }

    static int pdfPages(byte[] pdf) {
        // Each page object carries "/Type /Page" (without the s of /Pages).
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.split("/Type\\s*/Page(?![s])", -1).length - 1;
    }

    private static String throughput(DocumentService service, PrintStream out) throws Exception {
        TemplateDescriptor t = service.catalog().get("commune-team-decision");
        StringBuilder md = new StringBuilder("## Throughput, two threads, commune-team decision\n\n| format | documents | seconds | documents/s |\n|---|---|---|---|\n");
        for (OutputFormat f : OutputFormat.DOCUMENTS) {
            int perThread = f == OutputFormat.PDF ? 500 : 2000;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int th = 0; th < 2; th++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        service.render(t, t.example(), f);
                    }
                    return null;
                }));
            }
            for (Future<?> fu : futures) {
                fu.get();
            }
            pool.shutdown();
            double secs = (System.nanoTime() - start) / 1e9;
            md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.0f |%n", f.extension(), 2 * perThread, secs,
                    2 * perThread / secs));
            out.println("throughput " + f + " " + (2 * perThread / secs) + " docs/s");
        }
        return md.toString();
    }

    private static String libreOffice(List<Path> docxFiles, Path work, PrintStream out) throws Exception {
        StringBuilder md = new StringBuilder("## LibreOffice converting our DOCX to PDF (for comparison)\n\n");
        if (!LibreOfficeTimer.available()) {
            return md.append("LibreOffice (`soffice`) is not installed on this machine; not measured.\n").toString();
        }
        md.append("| document | cold process, ms |\n|---|---|\n");
        for (Path docx : docxFiles) {
            Path outDir = Files.createDirectories(work.resolve("lo-" + docx.getFileName()));
            double cold;
            try (LibreOfficeTimer lo = new LibreOfficeTimer(work.resolve("cold-" + docx.getFileName()))) {
                cold = lo.convertNanos(docx, outDir) / 1e6;
            }
            md.append(String.format(Locale.ROOT, "| %s | %.0f |%n", docx.getFileName(), cold));
            out.println("LibreOffice " + docx.getFileName() + " cold " + cold);
        }
        return md.append('\n').toString();
    }
}
