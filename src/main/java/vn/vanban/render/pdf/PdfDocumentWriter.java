package vn.vanban.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import java.io.OutputStream;
import java.util.Iterator;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban.document.Block;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Header;
import vn.vanban.document.TitleBlock;
import vn.vanban.render.OversizedBlock;
import vn.vanban.document.TableRow;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.layout.TextRole;
import vn.vanban.render.RowStreamWriter;

/**
 * Writes a {@link DocumentTree} as PDF with OpenPDF, laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I. Every
 * size and distance comes from {@link Nd30Layout}; the faces are the shared, already loaded
 * {@link DocumentFonts}, embedded as subsets.
 *
 * <p>Thread-safe: the instance holds only the immutable layout and fonts; each call builds its own
 * OpenPDF document.
 */
public final class PdfDocumentWriter implements RowStreamWriter {

    private static final String LANGUAGE = "vi-VN";
    private static final String CREATOR = "vanban";

    private final Nd30Layout layout;
    private final Typography type;

    public PdfDocumentWriter(Nd30Layout layout, DocumentFonts fonts) {
        this.layout = layout;
        this.type = new Typography(layout, fonts);
    }

    /**
     * Writes the PDF to {@code out}, which is left open. Pages go out as they fill: a table of any length
     * costs the heap one page of rows.
     */
    @Override
    public void write(DocumentTree document, Iterator<TableRow> moreRows, OutputStream out) {
        PageSpec page = layout.page(document.landscape());
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(
                new Rectangle(Typography.pt(page.widthMm()), Typography.pt(page.heightMm())),
                Typography.pt(page.leftMm()), Typography.pt(page.rightMm()),
                Typography.pt(page.topMm()), Typography.pt(page.bottomMm()));
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            // Deflate at level 1: the default level 6 cost a third of the writer's CPU for 6 % fewer bytes
            // (BENCHMARKS.md, "The PDF writer's own cost"). The fonts' streams are set alike in DocumentFonts.
            writer.setCompressionLevel(PdfStream.BEST_SPEED);
            // Table cells justify with the writer's ratio: word spacing only, as Word does.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            writer.setPageEvent(new PageNumbers(type, type.style(TextRole.PAGE_NUMBER),
                    Typography.pt(page.headerDistanceMm())));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
            String title = title(document);
            if (title != null) {
                pdf.addTitle(title);
            }
            pdf.addCreator(CREATOR);
            if (!document.issuer().isEmpty()) {
                pdf.addAuthor(document.issuer());
            }
            pdf.open();
            BodyFlow body = new BodyFlow(type, pdf, writer);
            body.write(document, moreRows);
            if (!body.wroteAnything()) {
                writer.setPageEmpty(false);
            }
            pdf.close();
        } catch (DocumentException | ExceptionConverter e) {
            throw new PdfWriteException("Không tạo được tệp PDF (could not write the PDF): " + e.getMessage(), e);
        }
    }

    /**
     * The first header, title or closing that no page can hold: they are set as rows that never split
     * (the decree keeps each in one piece), so the data must be refused before anything is written.
     */
    public Optional<OversizedBlock> oversizedBlock(DocumentTree document) {
        PageSpec page = layout.page(document.landscape());
        float body = Typography.pt(page.heightMm() - page.topMm() - page.bottomMm());
        FixedBlocks fixed = new FixedBlocks(type, Typography.pt(page.widthMm() - page.leftMm() - page.rightMm()));
        Header header = document.header();
        if (header != null && height(fixed.header(header)) > body) {
            List<String> lines = new ArrayList<>(header.parentLines());
            lines.addAll(header.issuerLines());
            lines.add(header.numberLine());
            lines.addAll(header.letterSubjectLines());
            lines.add(header.placeDate());
            return Optional.of(new OversizedBlock(OversizedBlock.Part.HEADER, join(lines)));
        }
        for (Block block : document.blocks()) {
            if (block instanceof TitleBlock t && height(fixed.title(t).table()) + layout.titleSpaceBeforePt() > body) {
                List<String> lines = new ArrayList<>(t.subjectLines());
                lines.add(0, t.type());
                lines.add(t.reference());
                return Optional.of(new OversizedBlock(OversizedBlock.Part.TITLE, join(lines)));
            }
            if (block instanceof Closing c && height(fixed.closing(c)) + fixed.closingSpaceBefore() > body) {
                List<String> lines = new ArrayList<>(c.recipientLines());
                if (c.signature() != null) {
                    lines.addAll(c.signature().titleLines());
                    lines.add(c.signature().name());
                }
                return Optional.of(new OversizedBlock(OversizedBlock.Part.CLOSING, join(lines)));
            }
        }
        return Optional.empty();
    }

    private static float height(com.lowagie.text.pdf.PdfPTable table) {
        return table.calculateHeights(true);
    }

    private static String join(List<String> lines) {
        return String.join(" ", lines.stream().filter(l -> l != null && !l.isBlank()).toList());
    }

    /** The document's name for the viewer's title bar: the V/v of a letter, or "QUYẾT ĐỊNH Về việc …". */
    private static String title(DocumentTree document) {
        String title = document.title();
        return title.isEmpty() ? null : title;
    }
}
