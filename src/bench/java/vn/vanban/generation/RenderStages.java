package vn.vanban.generation;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.markup.MarkupStages;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.json.StrictJson;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.limits.RequestLimits;
import vn.vanban.render.OutputFormat;
import vn.vanban.render.Writers;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateDescriptor;
import vn.vanban.template.TemplateEngine;

/**
 * The render path of {@link DocumentService} cut into its stages, each callable alone over the output of
 * the one before, for the render-stage benchmark. Every stage is the production code itself, reached
 * through the services' stage seams; {@link #whole} is the production path in one call, to check that
 * the stages add up to it.
 */
public final class RenderStages {

    private final TemplateCatalog catalog;
    private final TemplateEngine engine;
    private final Writers writers;
    private final DocumentService service;
    private final MarkupStages markup = new MarkupStages();

    public RenderStages(Path fontsDir, Path templatesDir) {
        catalog = TemplateCatalog.load(templatesDir);
        engine = new TemplateEngine(templatesDir);
        writers = new Writers(Nd30Layout.standard(), DocumentFonts.load(fontsDir));
        service = new DocumentService(catalog, engine, writers, RequestLimits.defaults());
    }

    public TemplateDescriptor template(String id) {
        return catalog.get(id);
    }

    public JsonNode json(byte[] body) {
        return StrictJson.tree(body);
    }

    public void schema(TemplateDescriptor template, JsonNode data) {
        DocumentDataException.refuseForbiddenCharacters(data);
        service.schemaChecked(template, data);
    }

    public Map<String, Object> prepare(TemplateDescriptor template, JsonNode data) {
        return service.prepared(template, data);
    }

    public String freeMarker(TemplateDescriptor template, Map<String, Object> model) {
        return engine.render(template.id(), model);
    }

    public Document parse(String xml) {
        return markup.parse(xml);
    }

    public DocumentTree tree(Document parsed) {
        return markup.tree(parsed);
    }

    public void pageFit(DocumentTree document, JsonNode data) {
        service.pageFitChecked(document, data);
    }

    public void write(DocumentTree document, OutputFormat format, OutputStream out) {
        writers.of(format).write(document, out);
    }

    /** The written file as the answer's byte array, as {@link DocumentService#render} hands it on. */
    public byte[] bytes(ByteArrayOutputStream written) {
        return written.toByteArray();
    }

    public RenderedFile whole(TemplateDescriptor template, byte[] body, OutputFormat format) {
        return service.render(template, StrictJson.tree(body), format);
    }
}
