package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.document.Header;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.render.ooxml.Xml;

/**
 * The header of page 1 (ô 1 to 4 and 5b of the decree's diagram). Row 1: parent and issuing body with
 * their rule on the left, Quốc hiệu and Tiêu ngữ with theirs on the right. Row 2: Số (and V/v) on the
 * left, place and date on the right. Two rows rather than one keep Số and the date on one baseline even
 * when the issuing body wraps onto more lines than the Quốc hiệu block, as the PDF writer does.
 */
final class HeaderTable {

    private final DocxContext ctx;
    private final Xml x;

    HeaderTable(DocxContext ctx, Xml x) {
        this.ctx = ctx;
        this.x = x;
    }

    /**
     * A công văn (it has a V/v line) takes the letter geometry of Mẫu 1.5: a 12 pt Quốc hiệu in a
     * narrower right column, so that a long issuing body fits the left one.
     */
    void write(Header h) {
        Nd30Layout.HeaderGeometry geometry = ctx.layout().header(!h.letterSubjectLines().isEmpty());
        LayoutTable table = LayoutTable.open(ctx, x, geometry.leftMm(), geometry.rightMm());
        table.startRow();
        table.startLeftCell();
        issuingBody(h, table.leftWidth());
        table.nextCell(ctx.tiny());
        nation(ctx.format(DocxStyles.of(TextRole.NATIONAL_TITLE), ctx.layout().nationalTitle(geometry)),
                table.rightWidth());
        table.endCellAndRow();
        if (present(h.numberLine()) || !h.letterSubjectLines().isEmpty() || present(h.placeDate())) {
            table.startRow();
            table.startLeftCell();
            numberAndSubject(h);
            table.nextCell(ctx.tiny());
            placeDate(h);
            table.endCellAndRow();
        }
        table.close();
    }

    private void issuingBody(Header h, int width) {
        for (String line : h.parentLines()) {
            Paragraphs.write(x, ctx.format(TextRole.PARENT_BODY), line);
        }
        for (String line : h.issuerLines()) {
            Paragraphs.write(x, ctx.format(TextRole.ISSUER), line);
        }
        if (!h.issuerLines().isEmpty()) {
            double widest = ctx.widestWrappedPt(h.issuerLines(), TextRole.ISSUER, width);
            Paragraphs.empty(x, ctx.rule(ctx.layout().issuerRulePt(widest), width, TextRole.ISSUER));
        } else if (h.parentLines().isEmpty()) {
            Paragraphs.empty(x, ctx.tiny());
        }
    }

    private void nation(ParagraphFormat nationalTitle, int width) {
        Paragraphs.write(x, nationalTitle, Header.NATIONAL_TITLE);
        Paragraphs.write(x, ctx.format(TextRole.MOTTO), Header.MOTTO);
        Paragraphs.empty(x, ctx.rule(ctx.widthPt(Header.MOTTO, TextRole.MOTTO), width, TextRole.MOTTO));
    }

    /** Số, dropped to the date's baseline when the two sizes differ; then the V/v lines of a công văn. */
    private void numberAndSubject(Header h) {
        boolean number = present(h.numberLine());
        if (number) {
            ParagraphFormat f = ctx.format(TextRole.NUMBER);
            Paragraphs.write(x, present(h.placeDate()) ? f.before(levelled(TextRole.NUMBER, TextRole.PLACE_DATE)) : f,
                    h.numberLine());
        }
        List<String> subject = h.letterSubjectLines();
        for (int i = 0; i < subject.size(); i++) {
            ParagraphFormat f = ctx.format(TextRole.LETTER_SUBJECT);
            if (i == 0 && number) {
                f.before(Units.twipsFromPt(ctx.layout().letterSubjectGapPt()));
            }
            Paragraphs.write(x, f, subject.get(i));
        }
        if (!number && subject.isEmpty()) {
            Paragraphs.empty(x, ctx.tiny());
        }
    }

    private void placeDate(Header h) {
        if (!present(h.placeDate())) {
            Paragraphs.empty(x, ctx.tiny());
            return;
        }
        ParagraphFormat f = ctx.format(TextRole.PLACE_DATE);
        Paragraphs.write(x, present(h.numberLine()) ? f.before(levelled(TextRole.PLACE_DATE, TextRole.NUMBER)) : f,
                h.placeDate());
    }

    /** Space before a line of {@code role} that puts its baseline level with a line of {@code other}. */
    private int levelled(TextRole role, TextRole other) {
        double before = ctx.style(role).spaceBeforePt();
        double otherBefore = ctx.style(other).spaceBeforePt();
        return Units.twipsFromPt(Math.max(before, otherBefore + ctx.baselineDropPt(role, other)));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
