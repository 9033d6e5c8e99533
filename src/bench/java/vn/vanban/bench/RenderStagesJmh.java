package vn.vanban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import vn.vanban.document.DocumentTree;
import vn.vanban.generation.RenderStages;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;

/**
 * JMH, one benchmark per stage of the commune-team decision's render, each fed the output of the stage
 * before (made once in setup), so that a regression in one stage shows in its own line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderStagesJmh {

    private RenderStages stages;
    private TemplateDescriptor template;
    private byte[] body;
    private JsonNode data;
    private Map<String, Object> model;
    private String xml;
    private Document parsed;
    private DocumentTree tree;

    @Setup
    public void setUp() throws IOException {
        stages = new RenderStages(Path.of("fonts"), Path.of("templates"));
        template = stages.template(StageProfile.TEMPLATE);
        body = Files.readAllBytes(Path.of("templates", StageProfile.TEMPLATE, "example.json"));
        data = stages.json(body);
        model = stages.prepare(template, data);
        xml = stages.freeMarker(template, model);
        parsed = stages.parse(xml);
        tree = stages.tree(parsed);
    }

    @Benchmark
    public JsonNode s1Json() {
        return stages.json(body);
    }

    @Benchmark
    public JsonNode s2Schema() {
        stages.schema(template, data);
        return data;
    }

    @Benchmark
    public Map<String, Object> s3Preparation() {
        return stages.prepare(template, data);
    }

    @Benchmark
    public String s4FreeMarker() {
        return stages.freeMarker(template, model);
    }

    @Benchmark
    public Document s5XmlParse() {
        return stages.parse(xml);
    }

    @Benchmark
    public DocumentTree s6DocumentTree() {
        return stages.tree(parsed);
    }

    @Benchmark
    public DocumentTree s7PageFit() {
        stages.pageFit(tree, data);
        return tree;
    }

    @Benchmark
    public byte[] s8WriterPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        stages.write(tree, OutputFormat.PDF, out);
        return stages.bytes(out);
    }

    @Benchmark
    public byte[] s8WriterDocx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        stages.write(tree, OutputFormat.DOCX, out);
        return stages.bytes(out);
    }

    @Benchmark
    public byte[] s9WholePdf() {
        return stages.whole(template, body, OutputFormat.PDF).bytes();
    }

    @Benchmark
    public byte[] s9WholeDocx() {
        return stages.whole(template, body, OutputFormat.DOCX).bytes();
    }
}
