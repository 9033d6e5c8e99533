package vn.vanban.document.markup;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.Numbering;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.layout.TextRole;

/**
 * Khoản "1.", "2." with nested "2.1." and điểm a), b), … đ), e). A titled khoản is bold on its own
 * line; an untitled one puts its number before its first paragraph.
 */
final class ClauseReader {

    private ClauseReader() {
    }

    /** A khoản outside any article has no siblings to count: each one is "1.". */
    static void read(Element e, Reading reading) {
        read(e, reading, List.of(), 0);
    }

    static void read(Element e, Reading reading, List<Integer> parents, int index) {
        List<Integer> path = new ArrayList<>(parents);
        path.add(index + 1);
        StringBuilder label = new StringBuilder();
        path.forEach(n -> label.append(n).append('.'));
        String title = Dom.attr(e, "title");
        boolean labelPending = title == null;
        if (title != null) {
            reading.add(Paragraph.numbered(TextRole.HEADING, List.of(Run.plain(label + " "), Run.plain(title)),
                    new Numbering(Numbering.Kind.CLAUSE, index + 1)));
        }
        int sub = 0;
        int point = 0;
        for (Element child : Dom.children(e)) {
            switch (child.getTagName()) {
                case "clause" -> read(child, reading, path, sub++);
                case "point" -> reading.add(Paragraph.of(TextRole.BODY, InlineRuns.prefixed(
                        Run.plain(VietnameseOrdinals.pointLetter(point++) + ") "), InlineRuns.body(child))));
                case "p" -> {
                    if (labelPending) {
                        reading.add(Paragraph.numbered(TextRole.BODY,
                                InlineRuns.prefixed(Run.plain(label + " "), InlineRuns.body(child)),
                                new Numbering(Numbering.Kind.CLAUSE, index + 1)));
                        labelPending = false;
                    } else {
                        reading.add(ParagraphReader.paragraph(child, TextRole.BODY));
                    }
                }
                default -> Elements.body(child, reading);
            }
        }
    }
}
