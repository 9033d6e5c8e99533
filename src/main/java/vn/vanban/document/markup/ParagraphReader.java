package vn.vanban.document.markup;

import org.w3c.dom.Element;
import vn.vanban.document.PageBreak;
import vn.vanban.document.Paragraph;
import vn.vanban.layout.Align;
import vn.vanban.layout.TextRole;

/**
 * Paragraphs whose role comes from their element ({@code <p>}, {@code <heading>}, {@code <closing>}),
 * and page breaks. Alignment and indent are left null unless the template overrides the role's
 * defaults, so the layout keeps one source for them.
 */
final class ParagraphReader {

    private ParagraphReader() {
    }

    static ElementReader of(TextRole role) {
        return (e, reading) -> reading.add(paragraph(e, role));
    }

    static Paragraph paragraph(Element e, TextRole role) {
        Align align = switch (e.getAttribute("align")) {
            case "center" -> Align.CENTER;
            case "left" -> Align.LEFT;
            case "right" -> Align.RIGHT;
            default -> null;
        };
        Boolean indented = e.hasAttribute("indent") ? !"false".equals(e.getAttribute("indent")) : null;
        return new Paragraph(role, InlineRuns.body(e), align, indented);
    }

    static void pageBreak(Element e, Reading reading) {
        reading.add(new PageBreak());
    }
}
