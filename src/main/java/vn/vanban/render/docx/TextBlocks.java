package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.document.Addressees;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.Align;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;
import vn.vanban.render.ooxml.Xml;

/** The blocks of the body that are plain paragraphs: text, the title block, "Kính gửi". */
final class TextBlocks {

    static final String ADDRESSEE_LABEL = Addressees.LABEL;

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
        ParagraphFormat f = ctx.format(DocxStyles.of(p.role(), p.numbering()), ctx.style(p.role()));
        if (p.align() != null) {
            f.align(p.align());
        }
        if (Boolean.FALSE.equals(p.indented())) {
            f.firstLine(0);
        }
        if (keepWithNext || p.role() == TextRole.HEADING || p.role() == TextRole.DECIDES) {
            f.keepNext();
        }
        List<Run> runs = p.runs();
        if (p.numbering() != null && !runs.isEmpty()) {
            // Word prints the label from the list, so it is not typed as well.
            f.numbered(ctx.numbering().numId(p.numbering(), f.firstLine()), p.numbering().level());
            runs = runs.subList(1, runs.size());
        }
        Paragraphs.write(x, f, runs);
    }

    /**
     * Tên loại, trích yếu, "(Kèm theo …)", then a short rule; all kept with what follows. The title
     * is set off by its space on both sides: what follows gets at least that much above it, counting
     * the space before that it writes itself ({@code nextSpaceBeforePt}).
     */
    void title(TitleBlock t, double nextSpaceBeforePt) {
        int pendingBefore = Units.twipsFromPt(ctx.layout().titleSpaceBeforePt());
        TextRole last = null;
        if (t.type() != null) {
            titleLine(TextRole.DOCUMENT_TYPE, t.type(), pendingBefore);
            pendingBefore = 0;
            last = TextRole.DOCUMENT_TYPE;
        }
        for (String line : t.subjectLines()) {
            titleLine(TextRole.DOCUMENT_SUBJECT, line, pendingBefore);
            pendingBefore = 0;
            last = TextRole.DOCUMENT_SUBJECT;
        }
        if (t.reference() != null) {
            titleLine(TextRole.DOCUMENT_REFERENCE, t.reference(), pendingBefore);
            last = TextRole.DOCUMENT_REFERENCE;
        }
        double widest = t.subjectLines().isEmpty() && t.type() != null
                ? ctx.widthPt(t.type(), TextRole.DOCUMENT_TYPE)
                : ctx.widestPt(t.subjectLines(), TextRole.DOCUMENT_SUBJECT);
        if (widest > 0) {
            ParagraphFormat rule = ctx.rule(ctx.layout().subjectRulePt(widest, Units.ptFromTwips(ctx.textWidth())), ctx.textWidth(), last);
            double missing = Math.max(0, ctx.layout().titleSpaceBeforePt() - nextSpaceBeforePt);
            Paragraphs.empty(x, rule.after(rule.after() + Units.twipsFromPt(missing)).keepNext());
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
     * dashed line each, the dashes under the colon (Mẫu 1.5).
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
        int dashes = indent + Units.twipsFromPt(ctx.widthPt(ADDRESSEE_LABEL, TextRole.ADDRESSEE));
        // A long entry wraps under its text, not under its dash.
        int hang = Units.twipsFromPt(ctx.widthPt(Addressees.DASH, TextRole.ADDRESSEE));
        List<String> lines = a.dashedLines();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            ParagraphFormat f = ctx.format(TextRole.ADDRESSEE).align(Align.LEFT).before(0)
                    .after(last ? Units.twipsFromPt(style.spaceAfterPt()) : 0).indent(dashes + hang, 0).hanging(hang);
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
