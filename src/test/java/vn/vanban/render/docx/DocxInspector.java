package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens a .docx (or another Office Open XML package: the .xlsx of a list) produced in a test and answers questions about it by meaning: which paragraph holds a
 * text, what size and weight its runs have, what a property says. Parts are parsed namespace-aware
 * with the JDK only, so a part that is not well-formed XML fails the test that reads it.
 */
public final class DocxInspector {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final Map<String, String> NAMESPACES = Map.of(
            "w", W,
            "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "rel", "http://schemas.openxmlformats.org/package/2006/relationships",
            "ct", "http://schemas.openxmlformats.org/package/2006/content-types",
            "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "dc", "http://purl.org/dc/elements/1.1/",
            "x", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");

    private final Map<String, byte[]> parts;
    private final Map<String, Document> parsed = new HashMap<>();
    // The JDK's own XPath: docx4j puts an old Xalan on the class path that newInstance() would pick.
    private final XPath xpath = XPathFactory.newDefaultInstance().newXPath();

    /** Size in half-points and weight of a run, as Word reads them. */
    record RunFormat(int halfPoints, boolean bold, boolean italic) {
    }

    private DocxInspector(Map<String, byte[]> parts) {
        this.parts = parts;
        xpath.setNamespaceContext(new Prefixes());
    }

    public static DocxInspector read(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(parts.put(e.getName(), zip.readAllBytes())).as("duplicate part " + e.getName()).isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocxInspector(parts);
    }

    /** The raw bytes of one part. */
    static byte[] readPart(byte[] docx, String name) {
        return read(docx).parts.get(name);
    }

    public Set<String> partNames() {
        return parts.keySet();
    }

    Document part(String name) {
        return parsed.computeIfAbsent(name, this::parse);
    }

    public List<Element> elements(String part, String expression) {
        NodeList nodes = (NodeList) evaluate(part(part), expression, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    public String string(String part, String expression) {
        return (String) evaluate(part(part), expression, XPathConstants.STRING);
    }

    /**
     * The value of an XPath relative to {@code context}, e.g. "w:pPr/w:ind/@w:left", as Word reads it:
     * a paragraph or run property the element does not set comes from the paragraph's style (and the
     * styles it is based on), then from the document defaults.
     */
    public String string(Element context, String expression) {
        String direct = (String) evaluate(context, expression, XPathConstants.STRING);
        if (!direct.isEmpty() || !inherits(expression)) {
            return direct;
        }
        for (Element source : inheritedFrom(context)) {
            String value = (String) evaluate(source, expression, XPathConstants.STRING);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return direct;
    }

    /** The paragraph style of {@code paragraph}, "" for none. */
    String styleId(Element paragraph) {
        return (String) evaluate(paragraph, "string(w:pPr/w:pStyle/@w:val)", XPathConstants.STRING);
    }

    /** The text typed in a paragraph's runs, without the label Word's numbering prints. */
    String typedText(Element paragraph) {
        StringBuilder sb = new StringBuilder();
        NodeList texts = paragraph.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < texts.getLength(); i++) {
            sb.append(texts.item(i).getTextContent());
        }
        return sb.toString();
    }

    private static boolean inherits(String expression) {
        return expression.startsWith("w:pPr/") || expression.startsWith("w:rPr/");
    }

    /** Where a property missing on {@code context} comes from: its paragraph's styles, then the defaults. */
    private List<Element> inheritedFrom(Element context) {
        Element paragraph = context;
        while (paragraph != null && !("p".equals(paragraph.getLocalName()) && W.equals(paragraph.getNamespaceURI()))) {
            paragraph = paragraph.getParentNode() instanceof Element parent ? parent : null;
        }
        List<Element> sources = new ArrayList<>();
        if (paragraph == null || !parts.containsKey("word/styles.xml")) {
            return sources;
        }
        String id = styleId(paragraph);
        for (int depth = 0; !id.isEmpty() && depth < 10; depth++) {
            List<Element> style = elements("word/styles.xml", "/w:styles/w:style[@w:styleId='" + id + "']");
            if (style.isEmpty()) {
                break;
            }
            sources.add(style.get(0));
            id = (String) evaluate(style.get(0), "string(w:basedOn/@w:val)", XPathConstants.STRING);
        }
        sources.addAll(elements("word/styles.xml", "/w:styles/w:docDefaults/w:rPrDefault"));
        sources.addAll(elements("word/styles.xml", "/w:styles/w:docDefaults/w:pPrDefault"));
        return sources;
    }

    public int integer(Element context, String expression) {
        String value = string(context, expression);
        assertThat(value).as(expression).isNotEmpty();
        return Integer.parseInt(value);
    }

    public boolean has(Element context, String expression) {
        return !elementsAsRead(context, expression).isEmpty()
                || (Boolean) evaluate(context, "boolean(" + expression + ")", XPathConstants.BOOLEAN);
    }

    /** The elements an XPath finds on {@code context}, or where Word would inherit them from. */
    private List<Element> elementsAsRead(Element context, String expression) {
        List<Element> direct = elements(context, expression);
        if (!direct.isEmpty() || !inherits(expression)) {
            return direct;
        }
        for (Element source : inheritedFrom(context)) {
            List<Element> found = elements(source, expression);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return direct;
    }

    /** Every paragraph of word/document.xml, in tables too, in reading order. */
    List<Element> paragraphs() {
        return elements("word/document.xml", "//w:body//w:p");
    }

    /** The first paragraph whose text, trimmed, equals {@code text}; fails when there is none. */
    Element paragraph(String text) {
        String wanted = text.replace('\u00A0', ' ');
        return paragraphs().stream().filter(p -> text(p).strip().equals(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph reads \"" + text + "\" in\n" + documentText()));
    }

    Element paragraphStartingWith(String prefix) {
        return paragraphs().stream().filter(p -> text(p).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts \"" + prefix + "\" in\n" + documentText()));
    }

    /** The paragraph that follows {@code p} in the body, wherever it is. */
    Element paragraphAfter(Element p) {
        List<Element> all = paragraphs();
        return all.get(all.indexOf(p) + 1);
    }

    /** Format of the run holding the first character of {@code text} in paragraph {@code p}. */
    RunFormat runFormat(Element p, String text) {
        for (Element run : elements(p, "w:r[w:t]")) {
            if (string(run, "string(w:t)").contains(text)) {
                return new RunFormat(integer(run, "w:rPr/w:sz/@w:val"), on(run, "w:rPr/w:b"), on(run, "w:rPr/w:i"));
            }
        }
        throw new AssertionError("no run holds \"" + text + "\" in \"" + text(p) + "\"");
    }

    /** The format of a whole one-style paragraph; fails if its runs differ. */
    RunFormat format(Element p) {
        List<RunFormat> formats = new ArrayList<>();
        for (Element run : elements(p, "w:r[w:t]")) {
            formats.add(new RunFormat(integer(run, "w:rPr/w:sz/@w:val"), on(run, "w:rPr/w:b"), on(run, "w:rPr/w:i")));
        }
        assertThat(formats).as("runs of \"" + text(p) + "\"").isNotEmpty();
        assertThat(formats).as("runs of \"" + text(p) + "\"").allMatch(formats.get(0)::equals);
        return formats.get(0);
    }

    /**
     * The text of a paragraph as Word prints it: the label of its list, if any, then its runs, no-break
     * spaces read as spaces.
     */
    String text(Element paragraph) {
        String label = labels().get(paragraph);
        String typed = typedText(paragraph).replace('\u00A0', ' ');
        return label == null ? typed : label + " " + typed;
    }

    private Map<Element, String> labels;

    /** The level of Word's numbering that labels {@code paragraph}; fails if Word does not number it. */
    Element numberingLevel(Element paragraph) {
        NodeList ids = paragraph.getElementsByTagNameNS(W, "numId");
        assertThat(ids.getLength()).as("numbered: \"" + text(paragraph) + "\"").isEqualTo(1);
        String numId = ((Element) ids.item(0)).getAttributeNS(W, "val");
        return level(numId, numberingLevelIndex(paragraph));
    }

    /** The w:ilvl of a numbered paragraph (0 when it names none). */
    int numberingLevelIndex(Element paragraph) {
        NodeList levels = paragraph.getElementsByTagNameNS(W, "ilvl");
        return levels.getLength() == 0 ? 0 : Integer.parseInt(((Element) levels.item(0)).getAttributeNS(W, "val"));
    }

    private final Map<String, Element> levels = new HashMap<>();

    private Element level(String numId, int ilvl) {
        return levels.computeIfAbsent(numId + "/" + ilvl, k -> findLevel(numId, ilvl));
    }

    private Element findLevel(String numId, int ilvl) {
        String abstractId = string("word/numbering.xml",
                "/w:numbering/w:num[@w:numId='" + numId + "']/w:abstractNumId/@w:val");
        List<Element> found = elements("word/numbering.xml",
                "/w:numbering/w:abstractNum[@w:abstractNumId='" + abstractId + "']/w:lvl[@w:ilvl='" + ilvl + "']");
        assertThat(found).as("level " + ilvl + " of list " + numId).hasSize(1);
        return found.get(0);
    }

    /**
     * The label Word's numbering prints on each numbered paragraph, counted as Word counts: each list
     * keeps a number per level, a level's first paragraph takes the level's start, and a paragraph
     * restarts the levels below its own; the level text's %n prints level n in its format.
     */
    private Map<Element, String> labels() {
        if (labels == null) {
            labels = new HashMap<>();
            Map<String, Map<Integer, Integer>> counters = new HashMap<>();
            for (Element p : paragraphs()) {
                // DOM, not XPath: an XPath per paragraph is quadratic on a streamed list of 100,000 rows.
                NodeList ids = p.getElementsByTagNameNS(W, "numId");
                String numId = ids.getLength() == 0 ? "" : ((Element) ids.item(0)).getAttributeNS(W, "val");
                if (numId.isEmpty() || "0".equals(numId)) {
                    continue;
                }
                int ilvl = numberingLevelIndex(p);
                Map<Integer, Integer> used = counters.computeIfAbsent(numId, k -> new HashMap<>());
                Integer before = used.get(ilvl);
                used.put(ilvl, before == null ? start(numId, ilvl) : before + 1);
                used.keySet().removeIf(k -> k > ilvl);
                String label = string(level(numId, ilvl), "w:lvlText/@w:val");
                for (int k = ilvl; k >= 0; k--) {
                    int n = used.containsKey(k) ? used.get(k) : start(numId, k);
                    String format = string(level(numId, k), "w:numFmt/@w:val");
                    label = label.replace("%" + (k + 1), formatted(n, format));
                }
                labels.put(p, label);
            }
        }
        return labels;
    }

    private int start(String numId, int ilvl) {
        return Integer.parseInt(string(level(numId, ilvl), "w:start/@w:val"));
    }

    private static String formatted(int n, String numFmt) {
        return switch (numFmt) {
            case "decimal" -> String.valueOf(n);
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
            default -> throw new AssertionError("a list numbered " + numFmt);
        };
    }

    /** The text of word/document.xml, one paragraph a line. */
    String documentText() {
        StringBuilder sb = new StringBuilder();
        paragraphs().forEach(p -> sb.append(text(p)).append('\n'));
        return sb.toString();
    }

    /** The target of a relationship of word/document.xml, e.g. the header part behind an r:id. */
    String documentRelationshipTarget(String id) {
        return string("word/_rels/document.xml.rels", "/rel:Relationships/rel:Relationship[@Id='" + id + "']/@Target");
    }

    public List<Element> elements(Element context, String expression) {
        NodeList nodes = (NodeList) evaluate(context, expression, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** A WordprocessingML toggle: present and not switched off with w:val="0" or "false". */
    private boolean on(Element context, String expression) {
        List<Element> found = elementsAsRead(context, expression);
        if (found.isEmpty()) {
            return false;
        }
        String val = found.get(0).getAttributeNS(W, "val");
        return !("0".equals(val) || "false".equals(val));
    }

    private Object evaluate(Object context, String expression, javax.xml.namespace.QName type) {
        try {
            return xpath.evaluate(expression, context, type);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private Document parse(String name) {
        byte[] bytes = parts.get(name);
        assertThat(bytes).as("part " + name).isNotNull();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("part " + name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static final class Prefixes implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String uri) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String uri) {
            return null;
        }
    }
}
