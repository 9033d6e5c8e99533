package vn.vanban.document;

import java.util.List;
import vn.vanban.layout.Align;
import vn.vanban.layout.TextRole;

/**
 * A paragraph of one role. {@code align} and {@code indented} override the role's defaults only where
 * a template asks for it (a centred note, a paragraph without first-line indent). {@code numbering}, when
 * present, says that the first run is the label of an article, a khoản or a numbered item.
 */
public record Paragraph(TextRole role, List<Run> runs, Align align, Boolean indented, Numbering numbering)
        implements Block {

    public Paragraph {
        runs = List.copyOf(runs);
    }

    public Paragraph(TextRole role, List<Run> runs, Align align, Boolean indented) {
        this(role, runs, align, indented, null);
    }

    /** {@code runs}, whose first run is the label {@code numbering} describes. */
    public static Paragraph numbered(TextRole role, List<Run> runs, Numbering numbering) {
        return new Paragraph(role, runs, null, null, numbering);
    }

    public static Paragraph of(TextRole role, List<Run> runs) {
        return new Paragraph(role, runs, null, null);
    }

    public static Paragraph of(TextRole role, String text) {
        return new Paragraph(role, List.of(Run.plain(text)), null, null);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }
}
