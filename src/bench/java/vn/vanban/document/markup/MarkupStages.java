package vn.vanban.document.markup;

import org.w3c.dom.Document;
import vn.vanban.document.DocumentTree;

/** The two halves of reading template output, for the render-stage benchmark: parsing, then the tree. */
public final class MarkupStages {

    private final DocumentReader reader = new DocumentReader();

    public Document parse(String markup) {
        return SecureXmlParser.parse(markup);
    }

    public DocumentTree tree(Document parsed) {
        return reader.tree(parsed);
    }
}
