package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of the service's warm loop, summarised by stage: each execution sample goes to the
 * stage whose method is nearest to the top of its stack (a stage inside another counts as the inner
 * one), and each stage lists the packages its samples were executing in.
 */
final class JfrStages {

    /** Stage, then the class-and-method prefixes that enter it; first match from the top of the stack wins. */
    private static final Map<String, List<String>> ENTRIES = entries();

    private JfrStages() {
    }

    private static Map<String, List<String>> entries() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("body read", List.of("vn.vanban.api.RequestBodies.bytes"));
        m.put("JSON tree", List.of("vn.vanban.json.StrictJson.tree"));
        m.put("schema check", List.of("vn.vanban.template.SchemaCheck.violations"));
        m.put("preparation", List.of("vn.vanban.generation.DataPreparer.", "vn.vanban.generation.CompositionRules.",
                "vn.vanban.generation.SignatureRules.", "vn.vanban.generation.MemberListForms."));
        m.put("FreeMarker", List.of("vn.vanban.template.TemplateEngine."));
        m.put("XML parse", List.of("vn.vanban.document.markup.SecureXmlParser.", "vn.vanban.document.markup.MarkupParser."));
        m.put("document tree", List.of("vn.vanban.document.markup.DocumentReader.tree"));
        m.put("page fit", List.of("vn.vanban.generation.PageFit."));
        m.put("writer", List.of("vn.vanban.render.pdf.PdfDocumentWriter.write", "vn.vanban.render.docx.DocxDocumentWriter.write"));
        m.put("response", List.of("org.springframework.http.converter.", "vn.vanban.api.Downloads.",
                "org.apache.catalina.connector.OutputBuffer.", "org.apache.coyote.http11.Http11OutputBuffer."));
        return m;
    }

    static String summary(Path recording) throws IOException {
        Map<String, Integer> byStage = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> packages = new LinkedHashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            String stage = stage(frames);
            total++;
            byStage.merge(stage, 1, Integer::sum);
            packages.computeIfAbsent(stage, s -> new TreeMap<>()).merge(packageOf(frames.get(0)), 1, Integer::sum);
        }
        StringBuilder md = new StringBuilder("| stage | samples | share | top packages (samples) |\n|---|---|---|---|\n");
        for (String stage : order(byStage)) {
            int n = byStage.get(stage);
            StringBuilder top = new StringBuilder();
            packages.get(stage).entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(4)
                    .forEach(p -> top.append(top.isEmpty() ? "" : ", ").append('`').append(p.getKey()).append("` ").append(p.getValue()));
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f %% | %s |%n", stage, n, 100.0 * n / Math.max(1, total), top));
        }
        return md.append(String.format(Locale.ROOT, "| all | %d | 100 %% | |%n", total)).toString();
    }

    private static List<String> order(Map<String, Integer> byStage) {
        List<String> stages = new java.util.ArrayList<>();
        ENTRIES.keySet().stream().filter(byStage::containsKey).forEach(stages::add);
        byStage.keySet().stream().filter(s -> !stages.contains(s)).sorted().forEach(stages::add);
        return stages;
    }

    private static String stage(List<RecordedFrame> frames) {
        boolean onRequest = false;
        for (RecordedFrame f : frames) {
            String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            for (Map.Entry<String, List<String>> entry : ENTRIES.entrySet()) {
                for (String prefix : entry.getValue()) {
                    if (name.startsWith(prefix)) {
                        return entry.getKey();
                    }
                }
            }
            onRequest |= name.startsWith("org.apache.tomcat.util.net.") || name.startsWith("org.apache.coyote.");
        }
        return onRequest ? "rest of the request (Tomcat, Spring, security)" : "other threads";
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
