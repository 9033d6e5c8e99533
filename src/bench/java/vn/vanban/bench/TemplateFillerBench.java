package vn.vanban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.vanban.document.DocumentTree;
import vn.vanban.generation.DocumentService;
import vn.vanban.template.TemplateDescriptor;

/** The commune-team decision through a DOCX template engine (poi-tl), warm, as vanban's DOCX is timed. */
final class TemplateFillerBench {

    private TemplateFillerBench() {
    }

    static String decision(DocxTemplateFiller filler, DocumentService service, int warmUp, int iterations, Path work,
                           Results results, PrintStream log) throws IOException {
        TemplateDescriptor t = service.catalog().get("commune-team-decision");
        DocumentTree decision = service.document(t, t.example());
        for (int i = 0; i < warmUp; i++) {
            filler.decision(decision, new ByteArrayOutputStream());
        }
        Stopwatch sw = new Stopwatch(iterations);
        ByteArrayOutputStream last = null;
        for (int i = 0; i < iterations; i++) {
            last = new ByteArrayOutputStream(64 * 1024);
            long start = System.nanoTime();
            filler.decision(decision, last);
            sw.add(System.nanoTime() - start);
        }
        Files.write(work.resolve("commune-team-decision-" + filler.name().replace(' ', '-') + ".docx"), last.toByteArray());
        results.decisionPoiTlMs = sw.medianMs();
        log.println(filler.name() + " decision median " + sw.medianMs() + " ms");
        return "## " + filler.name() + " filling an equivalent DOCX template (for comparison)\n\n"
                + "A template of the decision's shape (header table, title, căn cứ, articles, Nơi nhận beside the "
                + "signature) built with POI in the bench, compiled and rendered for each document with the texts of "
                + "vanban's document tree for the same example, which are made before the clock starts. "
                + warmUp + " renders of warm-up, then " + iterations + " timed.\n\n"
                + "| document | size | median ms | p95 ms |\n|---|---|---|---|\n"
                + String.format(Locale.ROOT, "| commune-team-decision.docx | %d KiB | %.2f | %.2f |%n%n",
                        last.size() / 1024, sw.medianMs(), sw.percentileMs(95));
    }
}
