package vn.vanban.document.markup;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.vanban.document.Addressees;
import vn.vanban.document.Block;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentSyntaxException;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Header;
import vn.vanban.document.PageBreak;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Punctuation;
import vn.vanban.document.Run;
import vn.vanban.document.Signature;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.Align;
import vn.vanban.layout.TextRole;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.text.VietnameseDates;
import vn.vanban.text.VietnameseText;

/**
 * Reads the markup a template emits (the document vocabulary, described in the README) into a
 * {@link DocumentTree}. Everything Nghị định 30 fixes by rule rather than by wording happens here, once
 * for every template: article and clause numbers, list punctuation, "Như Điều N" and "Như trên",
 * number and date formats, capitals.
 */
public final class DocumentReader {

    private static final DocumentBuilderFactory FACTORY = newFactory();

    public DocumentTree read(String markup) {
        Element root = parse(markup).getDocumentElement();
        if (!"document".equals(root.getTagName())) {
            throw new DocumentSyntaxException("the root element must be <document>, not <" + root.getTagName() + ">");
        }
        return new Context().document(root);
    }

    private static org.w3c.dom.Document parse(String markup) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(markup)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new DocumentSyntaxException("template output is not well-formed: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory newFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** State of one read: article numbers are needed by Nơi nhận, which may come later. */
    private static final class Context {
        private final List<Block> blocks = new ArrayList<>();
        private int articleCount;
        private int executorsArticle;
        private Element recipients;
        private Element signature;
        private int closingIndex = -1;

        DocumentTree document(Element root) {
            boolean landscape = "landscape".equals(root.getAttribute("orientation"));
            Header header = null;
            for (Element child : children(root)) {
                switch (child.getTagName()) {
                    case "header" -> header = header(child);
                    case "recipients" -> {
                        recipients = child;
                        markClosing();
                    }
                    case "signature" -> {
                        signature = child;
                        markClosing();
                    }
                    default -> body(child, blocks, 0);
                }
            }
            if (closingIndex >= 0) {
                blocks.add(closingIndex, closing());
            }
            return new DocumentTree(landscape, header, blocks);
        }

        private void markClosing() {
            if (closingIndex < 0) {
                closingIndex = blocks.size();
            }
        }

        private Header header(Element e) {
            List<String> parent = List.of();
            List<String> issuer = List.of();
            String number = null;
            List<String> letterSubject = List.of();
            String placeDate = null;
            for (Element child : children(e)) {
                switch (child.getTagName()) {
                    case "parent" -> parent = upperLines(child);
                    case "issuer" -> issuer = upperLines(child);
                    case "number" -> number = DocumentNumbers.numberLine(intAttr(child, "value"),
                            child.getAttribute("symbol"));
                    case "letter-subject" -> letterSubject = lines(child);
                    case "place-date" -> placeDate = VietnameseDates.placeAndDate(attr(child, "place"),
                            dateAttr(child, "date"), intAttr(child, "year"));
                    default -> throw unknown(child, "header");
                }
            }
            return new Header(parent, issuer, number, letterSubject, placeDate);
        }

        private void body(Element e, List<Block> out, int depth) {
            switch (e.getTagName()) {
                case "title" -> out.add(new TitleBlock(VietnameseText.upper(attr(e, "type")), lines(e),
                        attr(e, "reference")));
                case "addressees" -> out.add(new Addressees(texts(e, "to")));
                case "authority" -> out.add(Paragraph.of(TextRole.AUTHORITY, VietnameseText.upper(text(e))));
                case "bases" -> bases(e, out);
                case "decides" -> out.add(Paragraph.of(TextRole.DECIDES,
                        e.hasChildNodes() ? VietnameseText.upper(text(e)) : "QUYẾT ĐỊNH:"));
                case "article" -> article(e, out);
                case "clause" -> clause(e, out, List.of(), 0);
                case "p" -> out.add(paragraph(e, TextRole.BODY));
                case "heading" -> out.add(paragraph(e, TextRole.HEADING));
                case "closing" -> out.add(paragraph(e, TextRole.CLOSING));
                case "numbered" -> numbered(e, out);
                case "list" -> list(e, out);
                case "table" -> out.add(table(e));
                case "page-break" -> out.add(new PageBreak());
                default -> throw unknown(e, "document");
            }
        }

        private void bases(Element e, List<Block> out) {
            List<Element> items = children(e);
            for (int i = 0; i < items.size(); i++) {
                Element basis = items.get(i);
                if (!"basis".equals(basis.getTagName())) {
                    throw unknown(basis, "bases");
                }
                List<Run> runs = inline(basis);
                out.add(Paragraph.of(TextRole.BASIS, punctuate(runs, i == items.size() - 1 ? "." : ";")));
            }
        }

        private void article(Element e, List<Block> out) {
            int number = ++articleCount;
            if (e.hasAttribute("executors")) {
                executorsArticle = number;
            }
            String lead = "Điều " + number + ".";
            String title = attr(e, "title");
            List<Element> children = children(e);
            if (title != null) {
                out.add(Paragraph.of(TextRole.HEADING, lead + " " + title));
            }
            boolean leadPending = title == null;
            int clauseNo = 0;
            for (Element child : children) {
                if (leadPending && "p".equals(child.getTagName())) {
                    List<Run> runs = new ArrayList<>();
                    runs.add(Run.bold(lead + " "));
                    runs.addAll(inline(child));
                    out.add(Paragraph.of(TextRole.BODY, runs));
                    leadPending = false;
                } else if ("clause".equals(child.getTagName())) {
                    clause(child, out, List.of(), clauseNo++);
                } else {
                    body(child, out, 1);
                }
            }
            if (leadPending) {
                out.add(new Paragraph(TextRole.BODY, List.of(Run.bold(lead)), null, null));
            }
        }

        /** Khoản "1.", "2." with nested "2.1."; a titled khoản is bold on its own line. */
        private void clause(Element e, List<Block> out, List<Integer> parents, int index) {
            List<Integer> path = new ArrayList<>(parents);
            path.add(index + 1);
            StringBuilder label = new StringBuilder();
            path.forEach(n -> label.append(n).append('.'));
            String title = attr(e, "title");
            boolean labelPending = title == null;
            if (title != null) {
                out.add(Paragraph.of(TextRole.HEADING, label + " " + title));
            }
            int sub = 0;
            int point = 0;
            for (Element child : children(e)) {
                switch (child.getTagName()) {
                    case "clause" -> clause(child, out, path, sub++);
                    case "point" -> {
                        List<Run> runs = new ArrayList<>();
                        runs.add(Run.plain(VietnameseOrdinals.pointLetter(point++) + ") "));
                        runs.addAll(inline(child));
                        out.add(Paragraph.of(TextRole.BODY, runs));
                    }
                    case "p" -> {
                        if (labelPending) {
                            List<Run> runs = new ArrayList<>();
                            runs.add(Run.plain(label + " "));
                            runs.addAll(inline(child));
                            out.add(Paragraph.of(TextRole.BODY, runs));
                            labelPending = false;
                        } else {
                            out.add(paragraph(child, TextRole.BODY));
                        }
                    }
                    default -> body(child, out, 2);
                }
            }
        }

        /** One running number across role groups: the seed skips a number, vanban never does. */
        private void numbered(Element e, List<Block> out) {
            boolean punctuate = !"false".equals(e.getAttribute("punctuate"));
            List<Element> children = children(e);
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
                    case "group" -> out.add(new Paragraph(TextRole.HEADING, inline(child), null, null));
                    case "item" -> {
                        List<Run> runs = new ArrayList<>();
                        runs.add(Run.plain(++n + ". "));
                        runs.addAll(punctuate ? punctuate(inline(child), i == lastItem ? "." : ";") : inline(child));
                        out.add(Paragraph.of(TextRole.LIST_ITEM, runs));
                    }
                    default -> throw unknown(child, "numbered");
                }
            }
        }

        private void list(Element e, List<Block> out) {
            String marker = e.hasAttribute("marker") ? e.getAttribute("marker") : "-";
            boolean punctuate = "true".equals(e.getAttribute("punctuate"));
            List<Element> items = children(e);
            for (int i = 0; i < items.size(); i++) {
                Element item = items.get(i);
                if (!"item".equals(item.getTagName())) {
                    throw unknown(item, "list");
                }
                List<Run> runs = new ArrayList<>();
                runs.add(Run.plain(marker + " "));
                runs.addAll(punctuate ? punctuate(inline(item), i == items.size() - 1 ? "." : ";") : inline(item));
                out.add(Paragraph.of(TextRole.LIST_ITEM, runs));
            }
        }

        private Table table(Element e) {
            List<Double> weights = new ArrayList<>();
            for (String w : e.getAttribute("widths").split(",")) {
                if (!w.isBlank()) {
                    weights.add(Double.parseDouble(w.strip()));
                }
            }
            List<TableRow> rows = new ArrayList<>();
            for (Element row : children(e)) {
                if (!"row".equals(row.getTagName())) {
                    throw unknown(row, "table");
                }
                TableRow.Kind kind = switch (row.getAttribute("kind")) {
                    case "header" -> TableRow.Kind.HEADER;
                    case "total" -> TableRow.Kind.TOTAL;
                    default -> TableRow.Kind.BODY;
                };
                List<TableCell> cells = new ArrayList<>();
                for (Element cell : children(row)) {
                    Align align = switch (cell.getAttribute("align")) {
                        case "center" -> Align.CENTER;
                        case "right" -> Align.RIGHT;
                        default -> kind == TableRow.Kind.HEADER ? Align.CENTER : Align.LEFT;
                    };
                    List<Run> runs = inline(cell);
                    if ("true".equals(cell.getAttribute("bold")) || kind != TableRow.Kind.BODY) {
                        runs = runs.stream().map(r -> new Run(r.text(), true, r.italic())).toList();
                    }
                    cells.add(new TableCell(runs, align, "true".equals(cell.getAttribute("merge-up"))));
                }
                if (weights.isEmpty()) {
                    cells.forEach(c -> weights.add(1.0));
                }
                if (cells.size() != weights.size()) {
                    throw new DocumentSyntaxException("a table row has " + cells.size() + " cells but the table has "
                            + weights.size() + " columns");
                }
                rows.add(new TableRow(kind, cells));
            }
            return new Table(weights, rows);
        }

        private Closing closing() {
            List<String> lines = new ArrayList<>();
            if (recipients != null) {
                List<String> entries = new ArrayList<>();
                String ref = recipients.getAttribute("ref");
                if ("executors".equals(ref)) {
                    int article = executorsArticle > 0 ? executorsArticle : articleCount;
                    if (article > 0) {
                        entries.add("Như Điều " + article);
                    }
                } else if ("addressees".equals(ref)) {
                    entries.add("Như trên");
                }
                for (String to : texts(recipients, "to")) {
                    String plain = VietnameseText.stripEndPunctuation(to).toLowerCase(Locale.ROOT);
                    if (!plain.equals("như trên") && !plain.matches("như điều \\d+")) {
                        entries.add(to);
                    }
                }
                entries.forEach(entry -> lines.add("- " + Punctuation.withEnding(entry, ";")));
                String archive = attr(recipients, "archive");
                lines.add("- Lưu: " + Punctuation.withEnding(archive == null ? "VT" : archive, "."));
            }
            return new Closing(lines, signature == null ? null : signature(signature));
        }

        private Signature signature(Element e) {
            List<String> lines = new ArrayList<>();
            List<String> explicit = texts(e, "line");
            if (!explicit.isEmpty()) {
                explicit.forEach(l -> lines.add(VietnameseText.upper(l)));
            } else {
                String authority = attr(e, "authority");
                String onBehalfOf = attr(e, "on-behalf-of");
                String title = attr(e, "title");
                if (authority != null && onBehalfOf != null) {
                    lines.add(VietnameseText.upper(authority + " " + onBehalfOf));
                    if (title != null) {
                        lines.add(VietnameseText.upper(title));
                    }
                } else if (authority != null && title != null) {
                    lines.add(VietnameseText.upper(authority + " " + title));
                } else if (title != null) {
                    lines.add(VietnameseText.upper(title));
                }
            }
            return new Signature(lines, attr(e, "name"));
        }

        private Paragraph paragraph(Element e, TextRole role) {
            Align align = switch (e.getAttribute("align")) {
                case "center" -> Align.CENTER;
                case "left" -> Align.LEFT;
                case "right" -> Align.RIGHT;
                default -> null;
            };
            Boolean indented = e.hasAttribute("indent") ? !"false".equals(e.getAttribute("indent")) : null;
            return new Paragraph(role, inline(e), align, indented);
        }
    }

    // ---- inline text -------------------------------------------------------------------------

    /** Runs of an element: text (with **bold** marks from user data), <b>, <i> and <br/>. */
    static List<Run> inline(Element e) {
        List<Run> runs = new ArrayList<>();
        collect(e, false, false, runs);
        return tidy(runs);
    }

    private static void collect(Node node, boolean bold, boolean italic, List<Run> out) {
        NodeList nodes = node.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                emphasis(VietnameseText.nfc(n.getNodeValue()), bold, italic, out);
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                switch (((Element) n).getTagName()) {
                    case "b" -> collect(n, true, italic, out);
                    case "i" -> collect(n, bold, true, out);
                    case "br" -> out.add(Run.LINE_BREAK);
                    default -> throw unknown((Element) n, "text");
                }
            }
        }
    }

    /** "**" toggles bold, the convention the data uses for deadlines printed in bold. */
    private static void emphasis(String text, boolean bold, boolean italic, List<Run> out) {
        String[] parts = text.split("\\*\\*", -1);
        if (parts.length % 2 == 0) {
            out.add(new Run(text, bold, italic));
            return;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                out.add(new Run(parts[i], bold || i % 2 == 1, italic));
            }
        }
    }

    /** Folds template white space and merges neighbours of the same style. */
    private static List<Run> tidy(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.isLineBreak()) {
                if (!out.isEmpty()) {
                    Run last = out.get(out.size() - 1);
                    out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.bold(), last.italic()));
                }
                out.add(r);
                continue;
            }
            String text = r.text().replaceAll("[\\t\\n\\r ]+", " ");
            boolean atLineStart = out.isEmpty() || out.get(out.size() - 1).isLineBreak();
            if (atLineStart) {
                text = text.stripLeading();
            } else if (text.startsWith(" ") && out.get(out.size() - 1).text().endsWith(" ")) {
                text = text.substring(1);
            }
            if (text.isEmpty()) {
                continue;
            }
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.isLineBreak() && last.bold() == r.bold() && last.italic() == r.italic()) {
                out.set(out.size() - 1, new Run(last.text() + text, r.bold(), r.italic()));
            } else {
                out.add(new Run(text, r.bold(), r.italic()));
            }
        }
        if (!out.isEmpty()) {
            Run last = out.get(out.size() - 1);
            if (last.isLineBreak()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.bold(), last.italic()));
            }
        }
        out.removeIf(r -> r.text().isEmpty());
        return out;
    }

    /** Replaces the ending punctuation of the last run. */
    static List<Run> punctuate(List<Run> runs, String ending) {
        if (runs.isEmpty()) {
            return runs;
        }
        List<Run> out = new ArrayList<>(runs);
        Run last = out.get(out.size() - 1);
        out.set(out.size() - 1, new Run(Punctuation.withEnding(last.text(), ending), last.bold(), last.italic()));
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    private static List<String> texts(Element e, String tag) {
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

    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        inline(e).forEach(r -> sb.append(r.isLineBreak() ? " " : r.text()));
        return sb.toString().strip();
    }

    /** The element's text split at <br/> into lines. */
    private static List<String> lines(Element e) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Run r : inline(e)) {
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

    private static List<String> upperLines(Element e) {
        return lines(e).stream().map(VietnameseText::upper).toList();
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : VietnameseText.nfc(VietnameseText.squeeze(v));
    }

    private static Integer intAttr(Element e, String name) {
        String v = attr(e, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException ex) {
            throw new DocumentSyntaxException("<" + e.getTagName() + " " + name + "> is not a whole number: " + v);
        }
    }

    private static LocalDate dateAttr(Element e, String name) {
        String v = attr(e, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException ex) {
            throw new DocumentSyntaxException("<" + e.getTagName() + " " + name + "> is not a date (YYYY-MM-DD): " + v);
        }
    }

    private static DocumentSyntaxException unknown(Element e, String where) {
        return new DocumentSyntaxException("<" + e.getTagName() + "> is not allowed in <" + where + ">");
    }
}
