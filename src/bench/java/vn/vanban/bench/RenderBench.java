package vn.vanban.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import vn.vanban.generation.RenderStages;
import vn.vanban.render.OutputFormat;

/**
 * {@code Bench bench-render [--jar target/vanban.jar] [--out target/bench-render.md] [--skip stages,jmh,http,others]}: the render path of the
 * commune-team decision end to end, in one run (README "Benchmarks", BENCHMARKS.md "Render path, stage by
 * stage"): the stages in this JVM, JMH per stage, the service over HTTP with a JFR recording of its warm
 * loop, and LibreOffice kept running and driven over UNO, cold, and poi-tl for comparison.
 */
final class RenderBench {

    static final String COMMAND = "bench-render";

    private RenderBench() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        Path target = Path.of("target", "bench-render.md");
        Path jar = Path.of("target", "vanban.jar");
        java.util.Set<String> skip = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> target = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--skip" -> skip.addAll(java.util.List.of(args[++i].split(",")));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        StringBuilder md = new StringBuilder("## Render path, stage by stage (`bench-render`)\n\n");
        md.append("Run ").append(Instant.now()).append(" on ").append(MachineInfo.describe()).append(".\n\n");
        if (!skip.contains("stages")) {
            md.append(stages(out));
        }
        if (!skip.contains("jmh")) {
            md.append(StageJmh.run(out));
        }
        if (skip.contains("http")) {
            return write(md, target, out);
        }
        Path work = Files.createTempDirectory("vanban-bench-render");
        HttpFigures http = new HttpFigures();
        md.append(http.measure(jar, work, out));
        if (skip.contains("others")) {
            return write(md, target, out);
        }
        RenderStages stages = new RenderStages(Path.of("fonts"), Path.of("templates"));
        byte[] docx = stages.whole(stages.template(StageProfile.TEMPLATE),
                Files.readAllBytes(Path.of("templates", StageProfile.TEMPLATE, "example.json")), OutputFormat.DOCX).bytes();
        md.append(LibreOfficeComparison.measure(docx, http.medians(), work, out));
        return write(md, target, out);
    }

    private static int write(StringBuilder md, Path target, PrintStream out) throws java.io.IOException {
        Files.writeString(target, md.toString(), StandardCharsets.UTF_8);
        out.println(md);
        out.println("Wrote " + target);
        return 0;
    }

    private static String stages(PrintStream out) throws Exception {
        String loadBefore = Load.now();
        StageProfile profile = new StageProfile(new RenderStages(Path.of("fonts"), Path.of("templates")));
        Map<String, double[]> pdf = profile.measure(OutputFormat.PDF, 200, 300);
        Map<String, double[]> docx = profile.measure(OutputFormat.DOCX, 300, 1000);
        out.println("stages done");
        return "### In process, one thread (200 PDF and 300 DOCX renders of warm-up, then 300 PDF and 1,000 DOCX timed; medians)\n\n"
                + "Load average before: " + loadBefore + "; after: " + Load.now() + ".\n\n"
                + StageProfile.table(pdf, docx) + "\n";
    }
}
