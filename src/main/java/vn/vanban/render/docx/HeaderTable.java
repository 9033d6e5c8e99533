package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.document.Header;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;

/**
 * The header of page 1 (ô 1 to 4 and 5b of the decree's diagram). Row 1: parent and issuing body with
 * their rule on the left, Quốc hiệu and Tiêu ngữ with theirs on the right. Row 2: Số (and V/v) on the
 * left, place and date on the right. Two rows rather than one keep Số and the date on the same line
 * even when the issuing body wraps onto more lines than the Quốc hiệu block.
 */
final class HeaderTable {

    private final DocxContext ctx;
    private final Xml x;

    HeaderTable(DocxContext ctx, Xml x) {
        this.ctx = ctx;
        this.x = x;
    }

    void write(Header h) {
        Nd30Layout layout = ctx.layout();
        LayoutTable table = LayoutTable.open(ctx, x, layout.headerLeftMm(), layout.headerRightMm());
        table.startRow();
        table.startLeftCell();
        issuingBody(h, table.leftWidth());
        table.nextCell(ctx.tiny());
        nation(table.rightWidth());
        table.endCellAndRow();
        if (h.numberLine() != null || !h.letterSubjectLines().isEmpty() || h.placeDate() != null) {
            table.startRow();
            table.startLeftCell();
            numberAndSubject(h);
            table.nextCell(ctx.tiny());
            lineOrEmpty(TextRole.PLACE_DATE, h.placeDate());
            table.endCellAndRow();
        }
        table.close();
    }

    private void issuingBody(Header h, int width) {
        lines(TextRole.PARENT_BODY, h.parentLines());
        lines(TextRole.ISSUER, h.issuerLines());
        if (!h.issuerLines().isEmpty()) {
            double length = ctx.layout().issuerRuleFraction() * ctx.widestPt(h.issuerLines(), TextRole.ISSUER);
            Paragraphs.empty(x, ctx.rule(length, width));
        } else if (h.parentLines().isEmpty()) {
            Paragraphs.empty(x, ctx.tiny());
        }
    }

    private void nation(int width) {
        Paragraphs.write(x, ctx.format(TextRole.NATIONAL_TITLE), Header.NATIONAL_TITLE);
        Paragraphs.write(x, ctx.format(TextRole.MOTTO), Header.MOTTO);
        Paragraphs.empty(x, ctx.rule(ctx.widthPt(Header.MOTTO, TextRole.MOTTO), width));
    }

    private void numberAndSubject(Header h) {
        lineOrEmpty(TextRole.NUMBER, h.numberLine());
        List<String> subject = h.letterSubjectLines();
        for (int i = 0; i < subject.size(); i++) {
            ParagraphFormat f = ctx.format(TextRole.LETTER_SUBJECT);
            if (i == 0) {
                f.before(Units.twipsFromPt(ctx.layout().letterSubjectGapPt()));
            }
            Paragraphs.write(x, f, subject.get(i));
        }
    }

    private void lines(TextRole role, List<String> lines) {
        for (String line : lines) {
            Paragraphs.write(x, ctx.format(role), line);
        }
    }

    /** A missing Số or date still leaves its line, so the other column's line stays level. */
    private void lineOrEmpty(TextRole role, String text) {
        Paragraphs.write(x, ctx.format(role), text);
    }
}
