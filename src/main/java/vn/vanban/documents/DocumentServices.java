package vn.vanban.documents;

import java.nio.file.Path;
import java.util.Map;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.docx.DocxWriter;
import vn.vanban.render.pdf.PdfWriter;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateEngine;

/** Assembles the rendering core, for the service and for the command line alike. */
public final class DocumentServices {

    private DocumentServices() {
    }

    public static DocumentService create(Path fontsDir, Path templatesDir, RenderingLimits limits) {
        Nd30Layout layout = Nd30Layout.standard();
        DocumentFonts fonts = DocumentFonts.load(fontsDir);
        PdfWriter pdf = new PdfWriter(layout, fonts);
        DocxWriter docx = new DocxWriter(layout, fonts);
        return new DocumentService(TemplateCatalog.load(templatesDir), new TemplateEngine(templatesDir),
                Map.of(OutputFormat.PDF, pdf, OutputFormat.DOCX, docx), limits);
    }
}
