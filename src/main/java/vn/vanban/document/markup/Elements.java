package vn.vanban.document.markup;

import static java.util.Map.entry;

import java.util.Map;
import org.w3c.dom.Element;
import vn.vanban.layout.TextRole;

/**
 * Which reader reads which element. Adding an element to the vocabulary is adding its reader and one
 * entry here. Header, Nơi nhận and signature belong to the document as a whole, so they are read only
 * as children of {@code <document>} and refused anywhere deeper.
 */
final class Elements {

    private static final Map<String, ElementReader> DOCUMENT = Map.of(
            "header", HeaderReader::read,
            "recipients", ClosingReader::recipients,
            "signature", ClosingReader::signature);

    private static final Map<String, ElementReader> BODY = Map.ofEntries(
            entry("title", PreambleReader::title),
            entry("addressees", PreambleReader::addressees),
            entry("authority", PreambleReader::authority),
            entry("bases", PreambleReader::bases),
            entry("decides", PreambleReader::decides),
            entry("article", ArticleReader::read),
            entry("clause", ClauseReader::read),
            entry("p", ParagraphReader.of(TextRole.BODY)),
            entry("heading", ParagraphReader.of(TextRole.HEADING)),
            entry("closing", ParagraphReader.of(TextRole.CLOSING)),
            entry("numbered", ListReader::numbered),
            entry("list", ListReader::list),
            entry("table", TableReader::read),
            entry("page-break", ParagraphReader::pageBreak));

    private Elements() {
    }

    static void document(Element e, Reading reading) {
        ElementReader reader = DOCUMENT.get(e.getTagName());
        if (reader != null) {
            reader.read(e, reading);
        } else {
            body(e, reading);
        }
    }

    static void body(Element e, Reading reading) {
        ElementReader reader = BODY.get(e.getTagName());
        if (reader == null) {
            // Nested elements are reported as "in <document>" too: the body vocabulary is the same at every depth.
            throw Dom.unknown(e, "document");
        }
        reader.read(e, reading);
    }
}
