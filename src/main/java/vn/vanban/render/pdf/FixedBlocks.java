package vn.vanban.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.document.Closing;
import vn.vanban.document.Header;
import vn.vanban.document.Signature;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;

/** Builds the parts of a document whose places the decree fixes: the header, the title and the closing. */
final class FixedBlocks {

    static final String RECIPIENTS_LABEL = Closing.RECIPIENTS_LABEL;

    /** A Nơi nhận entry that wraps continues under its text, not under its dash. */
    private static final String RECIPIENT_DASH = "- ";

    private final Typography type;
    private final Nd30Layout layout;
    private final float textWidth;

    FixedBlocks(Typography type, float textWidth) {
        this.type = type;
        this.layout = type.layout();
        this.textWidth = textWidth;
    }

    /**
     * Issuing body over Số on the left, Quốc hiệu over the date on the right. The upper parts start
     * level at the top; Số and the date share one baseline however many lines the issuing body takes,
     * as in the two-row tables of the Mẫu.
     */
    PdfPTable header(Header header) {
        Nd30Layout.HeaderGeometry geometry = layout.header(!header.letterSubjectLines().isEmpty());
        StackRow row = StackRow.fit(geometry.leftMm(), geometry.rightMm(), textWidth);
        TextStyle number = type.style(TextRole.NUMBER);
        TextStyle placeDate = layout.placeDate(header.placeDate(), type.measure(), row.rightWidth());

        LineStack leftTop = new LineStack(type, row.leftWidth());
        TextStyle parent = type.style(TextRole.PARENT_BODY);
        header.parentLines().forEach(l -> leftTop.text(l, parent, 0));
        TextStyle issuer = type.style(TextRole.ISSUER);
        List<String> issuerLines = new ArrayList<>();
        header.issuerLines().forEach(l -> issuerLines.addAll(type.balance(l, issuer, row.leftWidth())));
        leftTop.lines(issuerLines, issuer, 0);
        if (!issuerLines.isEmpty()) {
            float widest = 0;
            for (String line : issuerLines) {
                widest = Math.max(widest, type.width(line, issuer));
            }
            leftTop.rule((float) layout.issuerRulePt(widest));
        }

        LineStack leftBottom = new LineStack(type, row.leftWidth());
        if (present(header.numberLine())) {
            leftBottom.text(header.numberLine(), number, 0);
        }
        TextStyle letterSubject = type.style(TextRole.LETTER_SUBJECT);
        if (!header.letterSubjectLines().isEmpty()) {
            leftBottom.gap(leftBottom.isEmpty() ? 0 : (float) layout.letterSubjectGapPt());
            header.letterSubjectLines().forEach(l -> leftBottom.text(l, letterSubject, 0));
        }

        LineStack rightTop = new LineStack(type, row.rightWidth());
        TextStyle motto = type.style(TextRole.MOTTO);
        // The Quốc hiệu is never broken: the right column is chosen wide enough to hold it.
        rightTop.lines(List.of(Header.NATIONAL_TITLE), layout.nationalTitle(geometry), 0);
        rightTop.lines(List.of(Header.MOTTO), motto, 0);
        rightTop.rule(type.width(Header.MOTTO, motto));

        LineStack rightBottom = new LineStack(type, row.rightWidth());
        if (present(header.placeDate())) {
            rightBottom.text(header.placeDate(), placeDate, 0);
        }

        float leftStart = start(leftTop, leftBottom, leftBottom.isEmpty() || !present(header.numberLine())
                ? letterSubject : number);
        float rightStart = start(rightTop, rightBottom, placeDate);
        if (present(header.numberLine()) && !rightBottom.isEmpty()) {
            float baseline = Math.max(leftStart + leftBottom.firstBaseline(), rightStart + rightBottom.firstBaseline());
            leftStart = baseline - leftBottom.firstBaseline();
            rightStart = baseline - rightBottom.firstBaseline();
        }
        LineStack left = new LineStack(type, row.leftWidth()).place(leftTop, 0).place(leftBottom, leftStart);
        LineStack right = new LineStack(type, row.rightWidth()).place(rightTop, 0).place(rightBottom, rightStart);
        return row.table(left, right);
    }

    /** Where the lower part of a header column starts: under the upper part and its role's space. */
    private static float start(LineStack top, LineStack bottom, TextStyle bottomStyle) {
        if (top.isEmpty() || bottom.isEmpty()) {
            return top.height();
        }
        return top.height() + (float) bottomStyle.spaceBeforePt();
    }

    /**
     * The title block, and the space it owes below its rule: one descent, the rule's clearance from the
     * capitals and accents under it, merged with the next block's space before as the DOCX's space after.
     */
    record Title(PdfPTable table, float spaceBelow) {
    }

    /** Tên loại, trích yếu, the optional "(Kèm theo …)" line and the short rule, centred. */
    Title title(TitleBlock title) {
        LineStack stack = new LineStack(type, textWidth);
        TextStyle typeStyle = type.style(TextRole.DOCUMENT_TYPE);
        TextStyle subject = type.style(TextRole.DOCUMENT_SUBJECT);
        if (present(title.type())) {
            stack.text(title.type(), typeStyle, 0);
        }
        float widest = 0;
        for (String line : title.subjectLines()) {
            stack.text(line, subject, 0);
            widest = Math.max(widest, type.width(line, subject));
        }
        if (present(title.reference())) {
            stack.text(title.reference(), type.style(TextRole.DOCUMENT_REFERENCE), 0);
        }
        if (widest == 0 && present(title.type())) {
            widest = type.width(title.type(), typeStyle);
        }
        float below = 0;
        if (widest > 0) {
            below = stack.ruleClearance();
            stack.rule((float) layout.subjectRulePt(widest, textWidth), false);
        }
        return new Title(StackRow.single(stack), below);
    }

    /**
     * Nơi nhận on the left, the signature block on the right, the label on the baseline of the signer's
     * first title line.
     */
    PdfPTable closing(Closing closing) {
        StackRow row = StackRow.fit(layout.footerLeftMm(), layout.footerRightMm(), textWidth);
        LineStack recipients = new LineStack(type, row.leftWidth());
        if (closing.hasRecipients()) {
            TextStyle entry = type.style(TextRole.RECIPIENT);
            float hang = type.width(RECIPIENT_DASH, entry);
            recipients.text(RECIPIENTS_LABEL, type.style(TextRole.RECIPIENTS_LABEL), 0);
            closing.recipientLines().forEach(l -> recipients.text(l, entry, l.startsWith(RECIPIENT_DASH) ? hang : 0));
        }
        LineStack signature = new LineStack(type, row.rightWidth());
        Signature s = closing.signature();
        if (s != null) {
            TextStyle title = type.style(TextRole.SIGNATURE_TITLE);
            s.titleLines().forEach(l -> signature.text(l, title, 0));
            if (present(s.name())) {
                signature.gap((float) layout.signatureSpacePt());
                signature.text(s.name(), type.style(TextRole.SIGNATURE_NAME), 0);
            }
        }
        float shift = signature.firstBaseline() - recipients.firstBaseline();
        if (recipients.isEmpty() || signature.isEmpty() || shift == 0) {
            return row.table(recipients, signature);
        }
        LineStack left = new LineStack(type, row.leftWidth()).place(recipients, Math.max(0, shift));
        LineStack right = new LineStack(type, row.rightWidth()).place(signature, Math.max(0, -shift));
        return row.table(left, right);
    }

    /** The space the closing asks for above itself. */
    float closingSpaceBefore() {
        return (float) layout.closingSpaceBeforePt();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
