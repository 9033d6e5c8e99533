package vn.vanban.bench;

import java.util.Optional;
import java.util.ServiceLoader;

/** The DOCX template engine to compare with, if the bench build put one on the class path. */
final class TemplateFillers {

    private TemplateFillers() {
    }

    static Optional<DocxTemplateFiller> find() {
        return ServiceLoader.load(DocxTemplateFiller.class).findFirst();
    }
}
