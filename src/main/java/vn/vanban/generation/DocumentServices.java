package vn.vanban.generation;

import vn.vanban.limits.RequestLimits;
import java.nio.file.Path;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.Writers;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateEngine;

/** Assembles the rendering core, for the service and for the command line alike. */
public final class DocumentServices {

    private DocumentServices() {
    }

    public static DocumentService create(Path fontsDir, Path templatesDir, RequestLimits limits) {
        Nd30Layout layout = Nd30Layout.standard();
        DocumentFonts fonts = DocumentFonts.load(fontsDir);
        return new DocumentService(TemplateCatalog.load(templatesDir), new TemplateEngine(templatesDir),
                new Writers(layout, fonts), limits);
    }
}
