package vn.vanban.document.markup;

import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.Numbering;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.layout.TextRole;

/** Numbered lists with role groups, and dashed lists. */
final class ListReader {

    private ListReader() {
    }

    /** One running number across role groups: the seed skips a number, vanban never does. */
    static void numbered(Element e, Reading reading) {
        boolean punctuate = !"false".equals(e.getAttribute("punctuate"));
        List<Element> children = Dom.children(e);
        // Groups may follow the last item, so "last" is the last <item>, not the last child.
        int lastItem = -1;
        for (int i = 0; i < children.size(); i++) {
            if ("item".equals(children.get(i).getTagName())) {
                lastItem = i;
            }
        }
        int n = 0;
        for (int i = 0; i < children.size(); i++) {
            Element child = children.get(i);
            switch (child.getTagName()) {
                case "group" -> reading.add(new Paragraph(TextRole.HEADING, InlineRuns.of(child), null, null));
                case "item" -> {
                    Paragraph item = item(Run.plain(++n + ". "), child, punctuate, i == lastItem);
                    reading.add(Paragraph.numbered(item.role(), item.runs(),
                            new Numbering(Numbering.Kind.LIST_ITEM, n)));
                }
                default -> throw Dom.unknown(child, "numbered");
            }
        }
    }

    /** Unlike numbered lists, dashed ones keep the typed punctuation unless asked. */
    static void list(Element e, Reading reading) {
        String marker = e.hasAttribute("marker") ? e.getAttribute("marker") : "-";
        boolean punctuate = "true".equals(e.getAttribute("punctuate"));
        List<Element> items = Dom.children(e);
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            Dom.require(item, "item", "list");
            reading.add(item(Run.plain(marker + " "), item, punctuate, i == items.size() - 1));
        }
    }

    private static Paragraph item(Run label, Element item, boolean punctuate, boolean last) {
        List<Run> runs = InlineRuns.body(item);
        return Paragraph.of(TextRole.LIST_ITEM, InlineRuns.prefixed(label,
                punctuate ? InlineRuns.withListEnding(runs, last) : runs));
    }
}
