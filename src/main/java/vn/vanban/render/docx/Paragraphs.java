package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.document.Run;
import vn.vanban.render.ooxml.Xml;

/** Writes w:p elements and their runs; a run writes only the properties its paragraph's style lacks. */
final class Paragraphs {

    private Paragraphs() {
    }

    static void write(Xml x, ParagraphFormat f, List<Run> runs) {
        open(x, f);
        for (Run r : runs) {
            if (r.isLineBreak()) {
                x.raw("<w:r>");
                runProperties(x, f, false, false);
                x.raw("<w:br/></w:r>");
            } else {
                run(x, f, r.text(), r.bold(), r.italic());
            }
        }
        x.raw("</w:p>");
    }

    /** One run of plain text in the paragraph's style; null or empty gives an empty paragraph. */
    static void write(Xml x, ParagraphFormat f, String text) {
        open(x, f);
        if (text != null && !text.isEmpty()) {
            run(x, f, text, false, false);
        }
        x.raw("</w:p>");
    }

    static void empty(Xml x, ParagraphFormat f) {
        write(x, f, (String) null);
    }

    /** A paragraph that only ends the page; made tiny so the next page starts without a blank line. */
    static void pageBreak(Xml x, ParagraphFormat tiny) {
        open(x, tiny);
        x.raw("<w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    private static void open(Xml x, ParagraphFormat f) {
        x.raw("<w:p>");
        f.writeProperties(x);
    }

    /** A run's own bold and italic add to the paragraph's (an article's bold "Điều 1." in body text). */
    private static void run(Xml x, ParagraphFormat f, String text, boolean bold, boolean italic) {
        x.raw("<w:r>");
        runProperties(x, f, bold, italic);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                textElement(x, text, start, i);
                x.raw(c == '\n' ? "<w:br/>" : "<w:tab/>");
                start = i + 1;
            }
        }
        textElement(x, text, start, text.length());
        x.raw("</w:r>");
    }

    private static void runProperties(Xml x, ParagraphFormat f, boolean bold, boolean italic) {
        f.writeRunProperties(x, bold, italic);
    }

    private static void textElement(Xml x, String text, int from, int to) {
        if (from < to) {
            x.raw("<w:t xml:space=\"preserve\">").text(text, from, to).raw("</w:t>");
        }
    }
}
