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
 * line; an untitled one puts its number before its first paragraph. A điểm is a paragraph, or, titled,
 * a bold line "a) Title" over paragraphs and lists of its own.
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
        Numbering numbering = new Numbering(Numbering.Kind.CLAUSE, path);
        String title = Dom.attr(e, "title");
        boolean labelPending = title == null;
        if (title != null) {
            reading.add(Paragraph.numbered(TextRole.HEADING, List.of(Run.plain(label + " "), Run.plain(title)),
                    numbering));
        }
        List<Element> children = Dom.children(e);
        boolean pointsNumbered = VietnameseOrdinals.sharedWithLatin(
                (int) children.stream().filter(c -> "point".equals(c.getTagName())).count());
        int sub = 0;
        int point = 0;
        for (Element child : children) {
            switch (child.getTagName()) {
                case "clause" -> read(child, reading, path, sub++);
                case "point" -> point(child, reading, point++, pointsNumbered);
                case "p" -> {
                    if (labelPending) {
                        reading.add(Paragraph.numbered(TextRole.BODY,
                                InlineRuns.prefixed(Run.plain(label + " "), InlineRuns.body(child)), numbering));
                        labelPending = false;
                    } else {
                        reading.add(ParagraphReader.paragraph(child, TextRole.BODY));
                    }
                }
                default -> Elements.body(child, reading);
            }
        }
    }

    /**
     * Điểm {@code index} (0 for a). Its letter is numbering only when every điểm of its khoản has a
     * letter a numbering engine can count ({@code numbered}); otherwise the label is plain text.
     */
    private static void point(Element e, Reading reading, int index, boolean numbered) {
        Run label = Run.plain(VietnameseOrdinals.pointLetter(index) + ") ");
        Numbering numbering = numbered ? new Numbering(Numbering.Kind.POINT, index + 1) : null;
        String title = Dom.attr(e, "title");
        if (title == null) {
            reading.add(new Paragraph(TextRole.BODY, InlineRuns.prefixed(label, InlineRuns.body(e)), null, null,
                    numbering));
            return;
        }
        reading.add(new Paragraph(TextRole.HEADING, List.of(label, Run.plain(title)), null, null, numbering));
        for (Element child : Dom.children(e)) {
            Elements.body(child, reading);
        }
    }
}
