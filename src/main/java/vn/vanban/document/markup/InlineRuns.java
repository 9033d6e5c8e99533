package vn.vanban.document.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.vanban.document.Punctuation;
import vn.vanban.document.Run;
import vn.vanban.text.Phrases;
import vn.vanban.text.VietnameseText;

/** Runs of an element: text (with **bold** marks from user data), <b>, <i> and <br/>. */
final class InlineRuns {

    // Compiled once: String.split with it compiles a pattern on every text node.
    private static final Pattern BOLD_MARK = Pattern.compile("\\*\\*");

    private InlineRuns() {
    }

    static List<Run> of(Element e) {
        List<Run> runs = new ArrayList<>();
        collect(e, false, false, runs);
        return tidy(runs);
    }

    /**
     * Runs of a body paragraph (căn cứ, article, khoản, list item, a letter's text): place names are bound
     * as in the headings ({@link Phrases#bindPlaces}), so neither writer leaves "ấp Giao / Hòa A".
     */
    static List<Run> body(Element e) {
        return of(e).stream().map(r -> r.isLineBreak() ? r : new Run(Phrases.bindPlaces(r.text()), r.bold(), r.italic()))
                .toList();
    }

    /** A generated number, letter or marker before the element's own runs; it is never merged with them. */
    static List<Run> prefixed(Run first, List<Run> rest) {
        List<Run> runs = new ArrayList<>();
        runs.add(first);
        runs.addAll(rest);
        return runs;
    }

    /** Items of a list end ";" and the last one ".", whatever the data typed. */
    static List<Run> withListEnding(List<Run> runs, boolean last) {
        if (runs.isEmpty()) {
            return runs;
        }
        List<Run> out = new ArrayList<>(runs);
        Run end = out.get(out.size() - 1);
        String text = Punctuation.withEnding(end.text(), last ? "." : ";");
        out.set(out.size() - 1, new Run(text, end.bold(), end.italic()));
        return out;
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
                    default -> throw Dom.unknown((Element) n, "text");
                }
            }
        }
    }

    /** "**" toggles bold, the convention the data uses for deadlines printed in bold. */
    private static void emphasis(String text, boolean bold, boolean italic, List<Run> out) {
        String[] parts = text.contains("**") ? BOLD_MARK.split(text, -1) : new String[] {text};
        // An odd number of marks is taken as typed text rather than a bold left open to the end.
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

    /**
     * Each run of template white space (tab, new line, space) as one space. A loop rather than a regex:
     * it runs on every text node, and the regex was the largest part of reading the tree.
     */
    static String foldSpace(String text) {
        StringBuilder folded = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isTemplateSpace(c)) {
                if (folded != null) {
                    folded.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isTemplateSpace(text.charAt(end))) {
                end++;
            }
            if (folded == null && (c != ' ' || end > i + 1)) {
                folded = new StringBuilder(n).append(text, 0, i);
            }
            if (folded != null) {
                folded.append(' ');
            }
            i = end - 1;
        }
        return folded == null ? text : folded.toString();
    }

    private static boolean isTemplateSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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
            String text = foldSpace(r.text());
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
}
