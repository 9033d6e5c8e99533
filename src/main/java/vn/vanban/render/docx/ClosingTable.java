package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.document.Closing;
import vn.vanban.document.Signature;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;

/**
 * Nơi nhận (ô 9b) on the left, the signature block (ô 7a, 7c, 7b) on the right, in one row that never
 * splits. Every paragraph keeps with the next and the paragraph before the table does too, which is
 * what makes both Word and LibreOffice move the last lines of the body over with the signature
 * rather than leave a page that holds nothing but "Nơi nhận" and a name.
 */
final class ClosingTable {

    static final String RECIPIENTS_LABEL = "Nơi nhận:";

    private final DocxContext ctx;
    private final Xml x;

    ClosingTable(DocxContext ctx, Xml x) {
        this.ctx = ctx;
        this.x = x;
    }

    void write(Closing closing) {
        Nd30Layout layout = ctx.layout();
        LayoutTable table = LayoutTable.open(ctx, x, layout.footerLeftMm(), layout.footerRightMm());
        table.startRow();
        table.startLeftCell();
        recipients(closing);
        table.nextCell(ctx.tiny());
        signature(closing.signature());
        table.endCellAndRow();
        table.close();
    }

    private void recipients(Closing closing) {
        if (!closing.hasRecipients()) {
            Paragraphs.empty(x, ctx.tiny());
            return;
        }
        Paragraphs.write(x, kept(TextRole.RECIPIENTS_LABEL), RECIPIENTS_LABEL);
        for (String line : closing.recipientLines()) {
            Paragraphs.write(x, kept(TextRole.RECIPIENT), line);
        }
    }

    /** Quyền hạn and chức vụ, then the room for signature and seal as space above the name. */
    private void signature(Signature signature) {
        if (signature == null) {
            Paragraphs.empty(x, ctx.tiny());
            return;
        }
        List<String> titles = signature.titleLines();
        for (int i = 0; i < titles.size(); i++) {
            ParagraphFormat f = kept(TextRole.SIGNATURE_TITLE);
            // The style's space before is the gap above the block, not between its lines.
            Paragraphs.write(x, i == 0 ? f : f.before(0), titles.get(i));
        }
        double before = ctx.style(TextRole.SIGNATURE_NAME).spaceBeforePt() + ctx.layout().signatureSpacePt();
        Paragraphs.write(x, kept(TextRole.SIGNATURE_NAME).before(Units.twipsFromPt(before)), signature.name());
    }

    private ParagraphFormat kept(TextRole role) {
        return ctx.format(role).keepTogether();
    }
}
