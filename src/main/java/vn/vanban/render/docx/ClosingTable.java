package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.document.Closing;
import vn.vanban.document.Signature;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.render.ooxml.Xml;

/**
 * Nơi nhận (ô 9b) on the left, the signature block (ô 7a, 7c, 7b) on the right, in one row that never
 * splits. Every paragraph keeps with the next and the paragraph before the table does too, which is
 * what makes both Word and LibreOffice move the last lines of the body over with the signature
 * rather than leave a page that holds nothing but "Nơi nhận" and a name.
 */
final class ClosingTable {

    static final String RECIPIENTS_LABEL = Closing.RECIPIENTS_LABEL;

    /** A Nơi nhận entry that wraps continues under its text, not under its dash. */
    private static final String RECIPIENT_DASH = "- ";

    private final DocxContext ctx;
    private final Xml x;

    ClosingTable(DocxContext ctx, Xml x) {
        this.ctx = ctx;
        this.x = x;
    }

    /**
     * The space the closing keeps above itself. As in the PDF, the first lines' own space before does
     * not add to it: it would push one column off the level of the other.
     */
    static double spaceBeforePt(DocxContext ctx) {
        return ctx.layout().closingSpaceBeforePt();
    }

    void write(Closing closing) {
        Nd30Layout layout = ctx.layout();
        Signature signature = closing.signature();
        boolean titled = signature != null && !signature.titleLines().isEmpty();
        // "Nơi nhận:" stands on the baseline of the signer's first title line.
        double drop = closing.hasRecipients() && titled
                ? ctx.baselineDropPt(TextRole.RECIPIENTS_LABEL, TextRole.SIGNATURE_TITLE) : 0;
        LayoutTable table = LayoutTable.open(ctx, x, layout.footerLeftMm(), layout.footerRightMm());
        table.startRow();
        table.startLeftCell();
        recipients(closing, spaceBeforePt(ctx) + Math.max(0, drop));
        table.nextCell(ctx.tiny());
        signature(signature, spaceBeforePt(ctx) + Math.max(0, -drop));
        table.endCellAndRow();
        table.close();
    }

    private void recipients(Closing closing, double beforePt) {
        if (!closing.hasRecipients()) {
            Paragraphs.empty(x, ctx.tiny().keepTogether());
            return;
        }
        Paragraphs.write(x, kept(TextRole.RECIPIENTS_LABEL).before(Units.twipsFromPt(beforePt)), RECIPIENTS_LABEL);
        int hang = Units.twipsFromPt(ctx.widthPt(RECIPIENT_DASH, TextRole.RECIPIENT));
        for (String line : closing.recipientLines()) {
            ParagraphFormat f = kept(TextRole.RECIPIENT);
            Paragraphs.write(x, line.startsWith(RECIPIENT_DASH) ? f.indent(hang, 0).hanging(hang) : f, line);
        }
    }

    /**
     * Quyền hạn and chức vụ, single-spaced, then the room for signature and seal as space above the name.
     */
    private void signature(Signature signature, double beforePt) {
        List<String> titles = signature == null ? List.of() : signature.titleLines();
        for (int i = 0; i < titles.size(); i++) {
            int before = i == 0 ? Units.twipsFromPt(beforePt) : 0;
            Paragraphs.write(x, kept(TextRole.SIGNATURE_TITLE).before(before), titles.get(i));
        }
        if (signature != null && signature.name() != null && !signature.name().isBlank()) {
            double space = ctx.style(TextRole.SIGNATURE_NAME).spaceBeforePt() + ctx.layout().signatureSpacePt();
            Paragraphs.write(x, kept(TextRole.SIGNATURE_NAME).before(Units.twipsFromPt(space)), signature.name());
        } else if (titles.isEmpty()) {
            Paragraphs.empty(x, ctx.tiny().keepTogether());
        }
    }

    private ParagraphFormat kept(TextRole role) {
        return ctx.format(role).keepTogether();
    }
}
