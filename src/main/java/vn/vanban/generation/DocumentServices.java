package vn.vanban.generation;

import vn.vanban.limits.RequestLimits;
import vn.vanban.render.OutputFormat;
import java.nio.file.Path;
import java.util.Map;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.docx.DocxDocumentWriter;
import vn.vanban.render.pdf.PdfDocumentWriter;
import vn.vanban.render.xlsx.XlsxWriter;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateEngine;

/** Assembles the rendering core, for the service and for the command line alike. */
public final class DocumentServices {

    private DocumentServices() {
    }

    public static DocumentService create(Path fontsDir, Path templatesDir, RequestLimits limits) {
        Nd30Layout layout = Nd30Layout.standard();
        DocumentFonts fonts = DocumentFonts.load(fontsDir);
        PdfDocumentWriter pdf = new PdfDocumentWriter(layout, fonts);
        DocxDocumentWriter docx = new DocxDocumentWriter(layout, fonts);
        return new DocumentService(TemplateCatalog.load(templatesDir), new TemplateEngine(templatesDir),
                Map.of(OutputFormat.PDF, pdf, OutputFormat.DOCX, docx, OutputFormat.XLSX, new XlsxWriter(layout, fonts)), limits);
    }
}
