package vn.vanban.document.markup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.vanban.document.DocumentSyntaxException;
import vn.vanban.document.Run;
import vn.vanban.text.VietnameseText;

/**
 * Element children, text and attributes as the readers need them. Attribute values are squeezed and
 * NFC-normalised here because templates copy them from user data; a blank value counts as absent.
 */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    /** For containers that hold one kind of child only (a list of items, a table of rows). */
    static void require(Element child, String tag, String where) {
        if (!tag.equals(child.getTagName())) {
            throw unknown(child, where);
        }
    }

    /** The non-empty texts of the children named {@code tag}; other children are ignored. */
    static List<String> texts(Element e, String tag) {
        List<String> out = new ArrayList<>();
        for (Element child : children(e)) {
            if (tag.equals(child.getTagName())) {
                String t = text(child);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The element's text on one line: a <br/> becomes a space. */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        InlineRuns.of(e).forEach(r -> sb.append(r.isLineBreak() ? " " : r.text()));
        return sb.toString().strip();
    }

    /** The element's text split at <br/> into lines. */
    static List<String> lines(Element e) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Run r : InlineRuns.of(e)) {
            if (r.isLineBreak()) {
                lines.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(r.text());
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString().strip());
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    static List<String> upperLines(Element e) {
        return lines(e).stream().map(VietnameseText::upper).toList();
    }

    static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : VietnameseText.nfc(VietnameseText.squeeze(v));
    }

    static Integer intAttr(Element e, String name) {
        return parsedAttr(e, name, Integer::valueOf, "a whole number");
    }

    static LocalDate dateAttr(Element e, String name) {
        return parsedAttr(e, name, LocalDate::parse, "a date (YYYY-MM-DD)");
    }

    private static <T> T parsedAttr(Element e, String name, Function<String, T> parser, String expected) {
        String v = attr(e, name);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (NumberFormatException | DateTimeParseException ex) {
            throw new DocumentSyntaxException("<" + e.getTagName() + " " + name + "> is not " + expected + ": " + v);
        }
    }

    static DocumentSyntaxException unknown(Element e, String where) {
        return new DocumentSyntaxException("<" + e.getTagName() + "> is not allowed in <" + where + ">");
    }
}
