package vn.vanban.render.docx;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.document.Header;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;
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
            // At 13 pt where 14 pt would not fit the cell (Nd30Layout.placeDate), as the PDF writer sets it.
            TextStyle date = ctx.layout().placeDate(h.placeDate(), ctx.measure(), table.rightWidth() / 20.0);
            numberAndSubject(h, date);
            table.nextCell(ctx.tiny());
            placeDate(h, date);
            table.endCellAndRow();
        }
        table.close();
    }

    private void issuingBody(Header h, int width) {
        for (String line : h.parentLines()) {
            Paragraphs.write(x, ctx.format(TextRole.PARENT_BODY), line);
        }
        // The breaks are chosen here, between phrases, and each line written whole, so Word does not pick its own.
        List<String> issuer = new ArrayList<>();
        h.issuerLines().forEach(line -> issuer.addAll(ctx.balance(line, TextRole.ISSUER, width)));
        for (String line : issuer) {
            Paragraphs.write(x, ctx.format(TextRole.ISSUER), line);
        }
        if (!issuer.isEmpty()) {
            double widest = ctx.widestPt(issuer, TextRole.ISSUER);
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
    private void numberAndSubject(Header h, TextStyle date) {
        boolean number = present(h.numberLine());
        if (number) {
            ParagraphFormat f = ctx.format(TextRole.NUMBER);
            Paragraphs.write(x, present(h.placeDate()) ? f.before(levelled(ctx.style(TextRole.NUMBER), date)) : f,
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

    private void placeDate(Header h, TextStyle date) {
        if (!present(h.placeDate())) {
            Paragraphs.empty(x, ctx.tiny());
            return;
        }
        ParagraphFormat f = ctx.format(DocxStyles.of(TextRole.PLACE_DATE), date);
        Paragraphs.write(x, present(h.numberLine()) ? f.before(levelled(date, ctx.style(TextRole.NUMBER))) : f,
                h.placeDate());
    }

    /** Space before a line in {@code style} that puts its baseline level with a line in {@code other}. */
    private int levelled(TextStyle style, TextStyle other) {
        double drop = ctx.heights().ascentPt(other) - ctx.heights().ascentPt(style);
        return Units.twipsFromPt(Math.max(style.spaceBeforePt(), other.spaceBeforePt() + drop));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
