package vn.vanban.generation;

import vn.vanban.problem.FieldProblem;
import vn.vanban.limits.RequestLimits;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.SchemaCheck;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.markup.DocumentReader;
import vn.vanban.render.Writers;
import vn.vanban.render.RowStreamWriter;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateDescriptor;
import vn.vanban.template.TemplateEngine;

/**
 * From parsed data to a finished file: check against the schema and the composition rules, prepare,
 * fill the template, read the document tree, write the format. Reading and bounding the bytes is the
 * caller's (the API's request bodies, the command line's file). Every failure of the data
 * comes out as a {@link DocumentDataException} listing all problems at once.
 */
public final class DocumentService {

    private final TemplateCatalog catalog;
    private final TemplateEngine engine;
    private final Writers writers;
    private final DataPreparer preparer;
    private final SchemaCheck schemaCheck = new SchemaCheck();
    private final CompositionRules rules = new CompositionRules();
    private final SignatureRules signatures = new SignatureRules();
    private final DocumentReader reader = new DocumentReader();
    private final PageFit pageFit;
    private final RequestLimits limits;

    public DocumentService(TemplateCatalog catalog, TemplateEngine engine, Writers writers,
                           RequestLimits limits) {
        this.catalog = catalog;
        this.engine = engine;
        this.writers = writers;
        this.preparer = new DataPreparer(limits);
        this.pageFit = new PageFit(writers);
        this.limits = limits;
    }

    public TemplateCatalog catalog() {
        return catalog;
    }

    public RenderedFile render(String templateId, JsonNode data, OutputFormat format) {
        return render(catalog.get(templateId), data, format);
    }

    public RenderedFile render(TemplateDescriptor template, JsonNode data, OutputFormat format) {
        DocumentTree document = document(template, data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writers.of(format).write(document, out);
        return new RenderedFile(out.toByteArray(), FileNames.of(fileTitle(template, document), format), format);
    }

    /**
     * One document per team from data that lists several ({@code "teams"}): each copy keeps one team,
     * is marked {@code perTeam} so the template words it as that team's own decision, and is a draft
     * without number or date (each decision gets its own number and date when it is registered). The whole
     * data is checked here, before any file is made, so that a bad team is a problem answer rather than a
     * broken ZIP; the files themselves are rendered one by one as the caller takes them.
     */
    public TeamDocuments renderEachTeam(String templateId, JsonNode data, OutputFormat format) {
        TemplateDescriptor template = catalog.get(templateId);
        if (!(data instanceof ObjectNode object) || !(data.get("teams") instanceof ArrayNode teams) || teams.isEmpty()) {
            throw invalid("/teams", "Cần danh sách \"teams\" có ít nhất một tổ để lập quyết định cho từng tổ");
        }
        if (teams.size() > limits.maxTeamsPerZip()) {
            throw new DocumentDataException(DocumentDataException.Kind.TOO_LARGE, "Quá nhiều tổ cho một tệp ZIP",
                    List.of(new FieldProblem("/teams", "Danh sách có " + teams.size() + " tổ, vượt quá giới hạn "
                            + limits.maxTeamsPerZip() + " tổ một lần (vanban.limits.max-teams-per-zip); hãy chia thành nhiều lần")));
        }
        model(template, data);
        ObjectNode common = object.deepCopy();
        common.remove("teams");
        common.put("perTeam", true);
        common.putNull("number");
        draftDate(common);
        List<Supplier<RenderedFile>> files = new ArrayList<>(teams.size());
        for (JsonNode team : teams) {
            files.add(() -> {
                ObjectNode one = common.deepCopy();
                one.putArray("teams").add(team);
                return render(template, one, format);
            });
        }
        return new TeamDocuments(template.title(), files);
    }

    /**
     * A draft has no date either: both are given at registration. The year stays, taken from the date
     * when the data gives none, for "ngày … tháng … năm 2025".
     */
    private static void draftDate(ObjectNode data) {
        JsonNode date = data.get("date");
        if (date != null && date.isString() && !data.has("year") && date.asString().matches("\\d{4}-.*")) {
            data.put("year", Integer.parseInt(date.asString().substring(0, 4)));
        }
        data.putNull("date");
    }

    private void checkSchema(TemplateDescriptor template, JsonNode data) {
        List<FieldProblem> violations = schemaCheck.violations(template, data);
        if (!violations.isEmpty()) {
            throw new DocumentDataException(DocumentDataException.Kind.INVALID,
                    "Dữ liệu không đúng cấu trúc của mẫu " + template.id(), violations);
        }
    }

    /** The data checked against the schema, the composition and signature rules, and prepared for the template. */
    private Map<String, Object> model(TemplateDescriptor template, JsonNode data) {
        // Data from the pages and the command line too, not only the API's bodies, which are checked as read.
        DocumentDataException.refuseForbiddenCharacters(data);
        checkSchema(template, data);
        return prepared(template, data);
    }

    /** Stage seam (the render-stage benchmark): data already schema-checked, prepared and checked by the rules. */
    Map<String, Object> prepared(TemplateDescriptor template, JsonNode data) {
        Map<String, Object> model = preparer.prepare(data);
        rules.check(model);
        signatures.check(template, model);
        return MemberListForms.addTo(model);
    }

    /** Stage seam (the render-stage benchmark): the schema check alone. */
    void schemaChecked(TemplateDescriptor template, JsonNode data) {
        checkSchema(template, data);
    }

    /** Stage seam (the render-stage benchmark): refuses a part taller than a page. */
    void pageFitChecked(DocumentTree document, JsonNode data) {
        pageFit.check(document, data);
    }

    /** The document tree of a template and its data, before any format is chosen. */
    public DocumentTree document(TemplateDescriptor template, JsonNode data) {
        Map<String, Object> model = model(template, data);
        DocumentTree document = reader.read(engine.render(template.id(), model));
        pageFit.check(document, data);
        return document;
    }

    /**
     * The document tree of a template over data made by code rather than sent by a client, so without
     * the schema and the composition rules, which are about what people type: a streamed list takes its
     * title, header row and column widths from here.
     */
    public DocumentTree document(String templateId, Map<String, Object> model) {
        return reader.read(engine.render(templateId, MemberListForms.addTo(model)));
    }

    /** The writer of {@code format}, which can take the rows of a table as a stream. */
    public RowStreamWriter rowStreamWriter(OutputFormat format) {
        return writers.of(format);
    }

    /** Renders every template's example in every format once, so that the first real request is warm. */
    public void warmUp() {
        for (TemplateDescriptor template : catalog.all()) {
            engine.warm(template.id());
            for (OutputFormat format : OutputFormat.DOCUMENTS) {
                render(template, template.example(), format);
            }
        }
    }

    private static DocumentDataException invalid(String pointer, String message) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.add(new FieldProblem(pointer, message));
        return new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ", problems);
    }

    private static String fileTitle(TemplateDescriptor template, DocumentTree document) {
        return FileNames.titleOf(document, template.title());
    }
}
