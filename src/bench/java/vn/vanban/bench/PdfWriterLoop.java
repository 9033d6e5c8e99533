package vn.vanban.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.vanban.document.DocumentTree;
import vn.vanban.generation.RenderStages;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;

/**
 * The PDF writer stage alone, in a loop of warm renders of one template's example: for a JFR recording
 * ({@code -XX:StartFlightRecording=settings=profile}) and for the writer's thread-CPU median before and
 * after a change to it. Arguments: template id (default the commune-team decision), warm-up, timed.
 */
public final class PdfWriterLoop {

    private PdfWriterLoop() {
    }

    public static void main(String[] args) throws Exception {
        String id = args.length > 0 ? args[0] : StageProfile.TEMPLATE;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int timed = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        RenderStages stages = new RenderStages(Path.of("fonts"), Path.of("templates"));
        TemplateDescriptor template = stages.template(id);
        byte[] body = Files.readAllBytes(Path.of("templates", id, "example.json"));
        var data = stages.json(body);
        DocumentTree tree = stages.tree(stages.parse(stages.freeMarker(template, stages.prepare(template, data))));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int size = 0;
        for (int i = 0; i < warmUp; i++) {
            size = write(stages, tree).length;
        }
        long[] cpu = new long[timed];
        long[] wall = new long[timed];
        for (int i = 0; i < timed; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            write(stages, tree);
            wall[i] = System.nanoTime() - w0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%s: %d bytes; writer CPU median %.3f ms, p10 %.3f, p90 %.3f; wall median %.3f ms%n",
                id, size, cpu[timed / 2] / 1e6, cpu[timed / 10] / 1e6, cpu[timed * 9 / 10] / 1e6,
                wall[timed / 2] / 1e6);
    }

    private static byte[] write(RenderStages stages, DocumentTree tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        stages.write(tree, OutputFormat.PDF, out);
        return stages.bytes(out);
    }
}
