package vn.vanban.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import vn.vanban.document.DocumentTree;
import vn.vanban.generation.RenderStages;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;

/**
 * One warm render of the commune-team decision, in this JVM, stage by stage: each stage timed alone
 * (wall clock and the thread's CPU time, which other processes on a busy machine disturb less), as
 * medians over many renders.
 */
final class StageProfile {

    static final String TEMPLATE = "commune-team-decision";

    static final List<String> STAGES = List.of("body bytes → JSON tree", "schema check", "preparation", "FreeMarker",
            "XML parse", "document tree", "page fit", "writer", "bytes");

    private final RenderStages stages;
    private final TemplateDescriptor template;
    private final byte[] body;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    StageProfile(RenderStages stages) throws java.io.IOException {
        this.stages = stages;
        this.template = stages.template(TEMPLATE);
        this.body = Files.readAllBytes(Path.of("templates", TEMPLATE, "example.json"));
    }

    /** Per stage, {median wall ms, median CPU ms}; then "whole render" for the production path in one call. */
    Map<String, double[]> measure(OutputFormat format, int warmUp, int iterations) {
        Stopwatch[] wall = new Stopwatch[STAGES.size() + 1];
        Stopwatch[] cpu = new Stopwatch[STAGES.size() + 1];
        for (int s = 0; s < wall.length; s++) {
            wall[s] = new Stopwatch(iterations);
            cpu[s] = new Stopwatch(iterations);
        }
        for (int i = 0; i < warmUp + iterations; i++) {
            boolean timed = i >= warmUp;
            Marks marks = new Marks(STAGES.size() + 1);
            marks.mark();
            JsonNode data = stages.json(body);
            marks.mark();
            stages.schema(template, data);
            marks.mark();
            Map<String, Object> model = stages.prepare(template, data);
            marks.mark();
            String xml = stages.freeMarker(template, model);
            marks.mark();
            Document parsed = stages.parse(xml);
            marks.mark();
            DocumentTree tree = stages.tree(parsed);
            marks.mark();
            stages.pageFit(tree, data);
            marks.mark();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            stages.write(tree, format, out);
            marks.mark();
            byte[] bytes = stages.bytes(out);
            marks.mark();
            if (bytes.length == 0) {
                throw new IllegalStateException("empty " + format);
            }
            Marks whole = new Marks(2);
            whole.mark();
            stages.whole(template, body, format);
            whole.mark();
            if (timed) {
                for (int s = 0; s < STAGES.size(); s++) {
                    wall[s].add(marks.wall(s));
                    cpu[s].add(marks.cpu(s));
                }
                wall[STAGES.size()].add(whole.wall(0));
                cpu[STAGES.size()].add(whole.cpu(0));
            }
        }
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (int s = 0; s < STAGES.size(); s++) {
            medians.put(STAGES.get(s), new double[] {wall[s].medianMs(), cpu[s].medianMs()});
        }
        medians.put("whole render (one call)", new double[] {wall[STAGES.size()].medianMs(), cpu[STAGES.size()].medianMs()});
        return medians;
    }

    /** The wall clock and this thread's CPU time at each mark; stage {@code s} runs from mark s to mark s + 1. */
    private final class Marks {

        private final long[] at;
        private int next;

        Marks(int count) {
            at = new long[2 * count];
        }

        void mark() {
            at[next++] = System.nanoTime();
            at[next++] = threads.getCurrentThreadCpuTime();
        }

        long wall(int stage) {
            return at[2 * stage + 2] - at[2 * stage];
        }

        long cpu(int stage) {
            return at[2 * stage + 3] - at[2 * stage + 1];
        }
    }

    /** Both formats side by side, as a Markdown table. */
    static String table(Map<String, double[]> pdf, Map<String, double[]> docx) {
        StringBuilder md = new StringBuilder("| stage | PDF wall ms | PDF CPU ms | DOCX wall ms | DOCX CPU ms |\n"
                + "|---|---|---|---|---|\n");
        List<String> rows = new ArrayList<>(pdf.keySet());
        for (String row : rows) {
            double[] p = pdf.get(row);
            double[] d = docx.get(row);
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", row, p[0], p[1], d[0], d[1]));
        }
        return md.toString();
    }
}
