package vn.vanban.document;

import java.util.List;
import vn.vanban.layout.Align;
import vn.vanban.layout.TextRole;

/**
 * A paragraph of one role. {@code align} and {@code indented} override the role's defaults only where
 * a template asks for it (a centred note, a paragraph without first-line indent).
 */
public record Paragraph(TextRole role, List<Run> runs, Align align, Boolean indented) implements Block {

    public Paragraph {
        runs = List.copyOf(runs);
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
