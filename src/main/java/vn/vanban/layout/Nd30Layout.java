package vn.vanban.layout;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one source of layout truth: every number of Nghị định 30/2020/NĐ-CP, Phụ lục I that the DOCX
 * and PDF writers use. Values the decree leaves open (rule thickness, column widths, the room left
 * for signature and seal) are the defaults of the project's layout notes, chosen inside the rule.
 *
 * @param headerLeftMm       left column of the header table (issuing body, Số, V/v)
 * @param headerRightMm      right column (Quốc hiệu, Tiêu ngữ, place and date); it must hold the
 *                           13 pt Quốc hiệu (about 96 mm) on one line
 * @param footerLeftMm       left column of the closing table (Nơi nhận)
 * @param footerRightMm      right column (signature block)
 * @param issuerRuleFraction length of the rule under the issuing body, as a share of its text width
 *                           (the decree allows 1/3 to 1/2)
 * @param subjectRuleFraction length of the rule under the trích yếu, as a share of its text width
 * @param ruleWidthPt        thickness of every rule; the decree says only "solid"
 * @param signatureSpacePt   blank height between the signer's title and name, for signature and seal
 * @param lineHeightFactor   line height as a multiple of the font size at "single" spacing; Times New
 *                           Roman's own ascent, descent and gap add up to 1.15 em, which is what Word
 *                           and LibreOffice use, so the PDF uses it too
 * @param addresseeIndentMm  where "Kính gửi:" starts when there are several addressees (Mẫu 1.5)
 * @param letterSubjectGapPt space between the Số line and the V/v line of a công văn
 * @param titleSpaceBeforePt space above the tên loại
 * @param tableCellPaddingPt inner padding of ruled table cells
 * @param closingSpaceBeforePt space between the last paragraph and Nơi nhận / the signature
 * @param letterHeader       the header of a công văn: Mẫu 1.5 sets the Quốc hiệu in 12 pt (88 mm), which
 *                           leaves a left column wide enough for an issuing body such as "SỞ KHOA HỌC VÀ
 *                           CÔNG NGHỆ" (70 mm at 13 pt bold) on one line
 */
public record Nd30Layout(PageSpec page, String fontFamily, Map<TextRole, TextStyle> styles, double headerLeftMm,
                         double headerRightMm, double footerLeftMm, double footerRightMm, double issuerRuleFraction,
                         double subjectRuleFraction, double ruleWidthPt, double signatureSpacePt,
                         double lineHeightFactor, double addresseeIndentMm, double letterSubjectGapPt,
                         double titleSpaceBeforePt, double tableCellPaddingPt,
                         double closingSpaceBeforePt, HeaderGeometry letterHeader) {

    /** Widths of the two header columns and the size of the Quốc hiệu that must fit the right one. */
    public record HeaderGeometry(double leftMm, double rightMm, double nationalTitleSizePt) {
    }

    public static final double BODY_SIZE = 14;
    public static final double INDENT_MM = 12.7;

    /** The defaults: A4, margins 20/20/30/15 mm, Times New Roman, the Mẫu sizes. */
    public static Nd30Layout standard() {
        Map<TextRole, TextStyle> s = new EnumMap<>(TextRole.class);
        s.put(TextRole.PARENT_BODY, TextStyle.centered(13, false, false));
        s.put(TextRole.ISSUER, TextStyle.centered(13, true, false));
        s.put(TextRole.NUMBER, TextStyle.centered(13, false, false).spaced(6, 0));
        s.put(TextRole.LETTER_SUBJECT, TextStyle.centered(12, false, false));
        s.put(TextRole.NATIONAL_TITLE, TextStyle.centered(13, true, false));
        s.put(TextRole.MOTTO, TextStyle.centered(14, true, false));
        s.put(TextRole.PLACE_DATE, TextStyle.centered(14, false, true).spaced(6, 0));
        s.put(TextRole.DOCUMENT_TYPE, TextStyle.centered(14, true, false));
        s.put(TextRole.DOCUMENT_SUBJECT, TextStyle.centered(14, true, false));
        s.put(TextRole.DOCUMENT_REFERENCE, TextStyle.centered(14, false, true));
        s.put(TextRole.AUTHORITY, TextStyle.centered(14, true, false).spaced(12, 6));
        s.put(TextRole.BASIS, new TextStyle(14, false, true, Align.JUSTIFY, INDENT_MM, 6, 0));
        s.put(TextRole.DECIDES, TextStyle.centered(14, true, false).spaced(12, 6));
        s.put(TextRole.BODY, new TextStyle(14, false, false, Align.JUSTIFY, INDENT_MM, 6, 0));
        s.put(TextRole.HEADING, new TextStyle(14, true, false, Align.JUSTIFY, INDENT_MM, 6, 0));
        s.put(TextRole.LIST_ITEM, new TextStyle(14, false, false, Align.JUSTIFY, INDENT_MM, 6, 0));
        s.put(TextRole.ADDRESSEE, new TextStyle(14, false, false, Align.CENTER, 0, 12, 6));
        s.put(TextRole.CLOSING, new TextStyle(14, false, false, Align.JUSTIFY, INDENT_MM, 6, 0));
        s.put(TextRole.RECIPIENTS_LABEL, new TextStyle(12, true, true, Align.LEFT, 0, 0, 0));
        s.put(TextRole.RECIPIENT, new TextStyle(11, false, false, Align.LEFT, 0, 0, 0));
        s.put(TextRole.SIGNATURE_TITLE, TextStyle.centered(14, true, false));
        s.put(TextRole.SIGNATURE_NAME, TextStyle.centered(14, true, false));
        s.put(TextRole.PAGE_NUMBER, TextStyle.centered(14, false, false));
        s.put(TextRole.TABLE_HEADER, TextStyle.centered(13, true, false));
        s.put(TextRole.TABLE_CELL, new TextStyle(13, false, false, Align.LEFT, 0, 0, 0));
        return new Nd30Layout(new PageSpec(210, 297, 20, 20, 30, 15, 10), "Times New Roman", Map.copyOf(s),
                65, 100, 62, 103, 0.4, 0.35, 0.5, 72, 1.15, 35, 6, 12, 3, 12,
                new HeaderGeometry(73, 92, 12));
    }

    /** Length of the rule under the issuing body, from its widest (wrapped) line. */
    public double issuerRulePt(double widestLinePt) {
        return widestLinePt * issuerRuleFraction;
    }

    /**
     * Length of the rule under the trích yếu: a share of its widest line, where a line that will wrap
     * counts as the full text width.
     */
    public double subjectRulePt(double widestLinePt, double textWidthPt) {
        return Math.min(widestLinePt, textWidthPt) * subjectRuleFraction;
    }

    /** The header geometry of a công văn (it has a V/v line) or of any other document. */
    public HeaderGeometry header(boolean letter) {
        return letter ? letterHeader
                : new HeaderGeometry(headerLeftMm, headerRightMm, style(TextRole.NATIONAL_TITLE).sizePt());
    }

    /** Nghị định 30 sets the place-and-date line in 13 to 14 pt: the smaller size where 14 pt would wrap. */
    public static final double PLACE_DATE_SMALLER_SIZE = 13;

    /**
     * The place-and-date style for {@code text} in a cell {@code cellWidthPt} wide: 13 pt when the line
     * fits one line at 13 pt but not at 14 pt, so that it reads in one line instead of leaving the year alone.
     */
    public TextStyle placeDate(String text, TextMeasure measure, double cellWidthPt) {
        TextStyle base = style(TextRole.PLACE_DATE);
        if (text == null || measure.widthPt(text, base.sizePt(), base.bold(), base.italic()) <= cellWidthPt) {
            return base;
        }
        return new TextStyle(Math.min(base.sizePt(), PLACE_DATE_SMALLER_SIZE), base.bold(), base.italic(), base.align(),
                base.firstLineIndentMm(), base.spaceBeforePt(), base.spaceAfterPt());
    }

    /** The Quốc hiệu style for the given header geometry. */
    public TextStyle nationalTitle(HeaderGeometry geometry) {
        TextStyle base = style(TextRole.NATIONAL_TITLE);
        return new TextStyle(geometry.nationalTitleSizePt(), base.bold(), base.italic(), base.align(),
                base.firstLineIndentMm(), base.spaceBeforePt(), base.spaceAfterPt());
    }

    public TextStyle style(TextRole role) {
        return styles.get(role);
    }

    public PageSpec page(boolean landscape) {
        return landscape ? page.landscape() : page;
    }
}
