package vn.vanban.document.markup;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.vanban.document.DocumentSyntaxException;
import vn.vanban.document.DocumentTree;

/**
 * Reads the markup a template emits (the document vocabulary, described in the README) into a
 * {@link DocumentTree}. Everything Nghị định 30 fixes by rule rather than by wording happens here, once
 * for every template: article and clause numbers, list punctuation, "Như Điều N" and "Như trên",
 * number and date formats, capitals.
 */
public final class DocumentReader {

    public DocumentTree read(String markup) {
        return tree(SecureXmlParser.parse(markup));
    }

    /** Stage seam (the render-stage benchmark): the tree of markup already parsed. */
    DocumentTree tree(Document parsed) {
        Element root = parsed.getDocumentElement();
        if (!"document".equals(root.getTagName())) {
            throw new DocumentSyntaxException("the root element must be <document>, not <" + root.getTagName() + ">");
        }
        boolean landscape = "landscape".equals(root.getAttribute("orientation"));
        Reading reading = new Reading();
        for (Element child : Dom.children(root)) {
            Elements.document(child, reading);
        }
        return reading.tree(landscape);
    }
}
