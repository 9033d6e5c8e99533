package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.document.Addressees;
import vn.vanban.document.Paragraph;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.Align;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;

/** The blocks of the body that are plain paragraphs: text, the title block, "Kính gửi". */
final class TextBlocks {

    static final String ADDRESSEE_LABEL = "Kính gửi:";

    private final DocxContext ctx;
    private final Xml x;

    TextBlocks(DocxContext ctx, Xml x) {
        this.ctx = ctx;
        this.x = x;
    }

    /**
     * @param keepWithNext the closing block follows, which must not start a page on its own
     */
    void paragraph(Paragraph p, boolean keepWithNext) {
        TextStyle style = ctx.style(p.role());
        ParagraphFormat f = ParagraphFormat.of(style);
        if (p.align() != null) {
            f.align(p.align());
        }
        if (Boolean.FALSE.equals(p.indented())) {
            f.firstLine(0);
        } else if (Boolean.TRUE.equals(p.indented()) && style.firstLineIndentMm() == 0) {
            f.firstLine(Units.twipsFromMm(Nd30Layout.INDENT_MM));
        }
        if (keepWithNext || p.role() == TextRole.HEADING || p.role() == TextRole.DECIDES) {
            f.keepNext();
        }
        Paragraphs.write(x, f, p.runs());
    }

    /** Tên loại, trích yếu, "(Kèm theo …)", then a short rule; all kept with what follows. */
    void title(TitleBlock t) {
        int pendingBefore = Units.twipsFromPt(ctx.layout().titleSpaceBeforePt());
        if (t.type() != null) {
            titleLine(TextRole.DOCUMENT_TYPE, t.type(), pendingBefore);
            pendingBefore = 0;
        }
        for (String line : t.subjectLines()) {
            titleLine(TextRole.DOCUMENT_SUBJECT, line, pendingBefore);
            pendingBefore = 0;
        }
        if (t.reference() != null) {
            titleLine(TextRole.DOCUMENT_REFERENCE, t.reference(), pendingBefore);
        }
        double widest = t.subjectLines().isEmpty() && t.type() != null
                ? ctx.widthPt(t.type(), TextRole.DOCUMENT_TYPE)
                : ctx.widestPt(t.subjectLines(), TextRole.DOCUMENT_SUBJECT);
        if (widest > 0) {
            double length = ctx.layout().subjectRuleFraction() * widest;
            Paragraphs.empty(x, ctx.rule(length, ctx.textWidth()).keepNext());
        }
    }

    private void titleLine(TextRole role, String text, int minBefore) {
        ParagraphFormat f = ctx.format(role).keepNext();
        if (minBefore > 0) {
            f.before(Math.max(minBefore, Units.twipsFromPt(ctx.style(role).spaceBeforePt())));
        }
        Paragraphs.write(x, f, text);
    }

    /**
     * One addressee on the label's line, centred. Several: the label at the addressee indent, then one
     * dashed line each, the dashes straight under the end of the label, wrapped text under the text.
     */
    void addressees(Addressees a) {
        if (a.names().isEmpty()) {
            return;
        }
        if (a.single()) {
            Paragraphs.write(x, ctx.format(TextRole.ADDRESSEE).keepNext(), ADDRESSEE_LABEL + " " + a.names().get(0));
            return;
        }
        TextStyle style = ctx.style(TextRole.ADDRESSEE);
        int indent = Units.twipsFromMm(ctx.layout().addresseeIndentMm());
        Paragraphs.write(x, labelFormat(indent), ADDRESSEE_LABEL);
        int dashAt = indent + Units.twipsFromPt(ctx.widthPt(ADDRESSEE_LABEL, TextRole.ADDRESSEE));
        int dashWidth = Units.twipsFromPt(ctx.widthPt("- ", TextRole.ADDRESSEE));
        List<String> lines = a.dashedLines();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            ParagraphFormat f = ctx.format(TextRole.ADDRESSEE).align(Align.LEFT).before(0)
                    .after(last ? Units.twipsFromPt(style.spaceAfterPt()) : 0)
                    .indent(dashAt + dashWidth, 0).hanging(dashWidth);
            Paragraphs.write(x, last ? f : f.keepNext(), lines.get(i));
        }
    }

    private ParagraphFormat labelFormat(int indent) {
        return ctx.format(TextRole.ADDRESSEE).align(Align.LEFT).after(0).indent(indent, 0).firstLine(0).keepNext();
    }

    void pageBreak() {
        Paragraphs.pageBreak(x, ctx.tiny());
    }
}
