package vn.vanban.document.markup;

import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.Numbering;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.layout.TextRole;

/**
 * Điều n., numbered in reading order. A titled article prints "Điều n. Title" as a heading; an untitled
 * one runs "Điều n." in bold into its first paragraph.
 */
final class ArticleReader {

    private ArticleReader() {
    }

    static void read(Element e, Reading reading) {
        int number = reading.nextArticle(e.hasAttribute("executors"));
        String lead = "Điều " + number + ".";
        String title = Dom.attr(e, "title");
        Numbering numbering = new Numbering(Numbering.Kind.ARTICLE, number);
        if (title != null) {
            reading.add(Paragraph.numbered(TextRole.HEADING, List.of(Run.plain(lead + " "), Run.plain(title)), numbering));
        }
        boolean leadPending = title == null;
        int clauseNo = 0;
        for (Element child : Dom.children(e)) {
            if (leadPending && "p".equals(child.getTagName())) {
                reading.add(Paragraph.numbered(TextRole.BODY,
                        InlineRuns.prefixed(Run.bold(lead + " "), InlineRuns.body(child)), numbering));
                leadPending = false;
            } else if ("clause".equals(child.getTagName())) {
                ClauseReader.read(child, reading, List.of(), clauseNo++);
            } else {
                Elements.body(child, reading);
            }
        }
        if (leadPending) {
            reading.add(Paragraph.numbered(TextRole.BODY, List.of(Run.bold(lead)), numbering));
        }
    }
}
